using System.Text.RegularExpressions;
using Vertebra.Content.Rendering;

namespace Vertebra.Content.Tests;

public sealed class ArticleHtmlRendererTests
{
    private readonly ArticleHtmlRenderer _renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Text <script src=\"https://evil.example/x.js\"></script> more")]
    [InlineData("<SCRIPT>alert(1)</SCRIPT>")]
    [InlineData("```html\n<script>alert(1)</script>\n```")]
    [InlineData("<div>\n<script>alert(1)</script>\n</div>")]
    public void Render_ScriptTags_NeverSurvive(string markdown)
    {
        var html = _renderer.Render(markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click]( javascript:alert(1) )")]
    [InlineData("[click](java&#x73;cript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![img](javascript:alert(1))")]
    [InlineData("[ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[vb](vbscript:msgbox(1))")]
    public void Render_DangerousLinkSchemes_NeverBecomeLinks(string markdown)
    {
        var html = _renderer.Render(markdown);
        Assert.DoesNotMatch(new Regex(@"(href|src)\s*=\s*[""']?\s*(javascript|vbscript|data):", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("href=\"java", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("![x](https://example.org/a.png\" onerror=\"alert(1))")]
    [InlineData("![x](https://example.org/a.png){onerror=alert(1)}")]
    [InlineData("<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>")]
    [InlineData("<svg onload=alert(1)>")]
    public void Render_EventHandlerAttributes_NeverSurvive(string markdown)
    {
        var html = _renderer.Render(markdown);
        Assert.DoesNotMatch(new Regex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase), html);
    }

    [Theory]
    [InlineData("<b>bold</b>", "<b>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<form action=\"https://evil.example\"><input name=\"x\"></form>", "<form")]
    [InlineData("<style>body{display:none}</style>", "<style")]
    [InlineData("Hello <span style=\"color:red\">red</span>", "<span")]
    [InlineData("<!-- comment -->", "<!--")]
    public void Render_RawHtml_IsShownAsTextNotMarkup(string markdown, string tag)
    {
        var html = _renderer.Render(markdown);
        Assert.DoesNotContain(tag, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_LevelOneHeading_IsDemotedToLevelTwo()
    {
        var html = _renderer.Render("# Title\n\nText.\n\n## Section\n\n### Sub");
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.Matches("<h2[^>]*>Title</h2>", html);
        Assert.Matches("<h2[^>]*>Section</h2>", html);
        Assert.Matches("<h3[^>]*>Sub</h3>", html);
    }

    [Fact]
    public void Render_SetextLevelOneHeading_IsDemotedToo()
    {
        var html = _renderer.Render("Title\n=====\n\nText.");
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.Matches("<h2[^>]*>Title</h2>", html);
    }

    [Theory]
    [InlineData("[NHS](https://www.nhs.uk/conditions/sciatica/)", "https://www.nhs.uk/conditions/sciatica/")]
    [InlineData("<https://www.nhs.uk/>", "https://www.nhs.uk/")]
    [InlineData("[Email](mailto:spine@example.org)", "mailto:spine@example.org")]
    [InlineData("[Old](http://example.org/)", "http://example.org/")]
    public void Render_SafeLinks_AreKept(string markdown, string href)
    {
        var html = _renderer.Render(markdown);
        Assert.Contains($"href=\"{href}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CommonMarkdown_BecomesTheExpectedHtml()
    {
        var html = _renderer.Render("Some **bold** and *italic* text.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>italic</em>", html, StringComparison.Ordinal);
        Assert.Contains("<li>one</li>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HeadingIds_AreKeptForInPageLinks()
    {
        var html = _renderer.Render("## When to get help");
        Assert.Contains("id=\"when-to-get-help\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IsSafeToShareBetweenThreads()
    {
        var expected = _renderer.Render("# A\n\n[x](https://example.org)");
        Parallel.For(0, 200, _ => Assert.Equal(expected, _renderer.Render("# A\n\n[x](https://example.org)")));
    }
}
