using System.Net;
using Vertebra.Storage.Editorial;

namespace Vertebra.Web.Tests;

/// <summary>Draft → review → sign-off → publish, with the publish gate, revisions and safe rendering.</summary>
public sealed class EditorialWorkflowTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Slug = "back-pain-at-work";
    private static string EditUrl => $"/editor/articles/{Slug}";

    private static Dictionary<string, string> Fields(string body, string action) => new()
    {
        ["title"] = "Back pain at work",
        ["summary"] = "How to look after your back at work.",
        ["body"] = body,
        ["topics"] = "back-and-leg-pain",
        ["conditions"] = "",
        ["references"] = "NICE NG59 | https://www.nice.org.uk/guidance/ng59/chapter/Recommendations",
        ["note"] = "test edit",
        ["action"] = action,
    };

    [Fact]
    public async Task Workflow_EditSignOffPublish_PublicPageShowsNewTextReviewerAndDates()
    {
        using var editor = await EditorSession.SignInAsync(site, "wf-editor", EditorRole.Editor);
        using var saved = await editor.PostFormAsync(EditUrl, Fields("Take a short walk every hour.\n\nThis clinic pushes the disc back into place in one visit.", "submit"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editPage = await editor.Client.GetStringAsync(EditUrl);
        Assert.Contains("reposition_disc", editPage, StringComparison.Ordinal);

        using var reviewer = await EditorSession.SignInAsync(site, "wf-reviewer", EditorRole.Reviewer);
        using var early = await reviewer.PostFormAsync(EditUrl, [], EditUrl + "?handler=Publish");
        Assert.Contains("must sign this article off", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var signed = await reviewer.PostFormAsync(EditUrl, [], EditUrl + "?handler=SignOff");
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        using var blocked = await reviewer.PostFormAsync(EditUrl, [], EditUrl + "?handler=Publish");
        Assert.Contains("Claim not resolved", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var fixedText = await editor.PostFormAsync(EditUrl, Fields("Take a short walk every hour.\n\nNo treatment can put a disc back in place.", "submit"));
        using var stale = await reviewer.PostFormAsync(EditUrl, [], EditUrl + "?handler=Publish");
        Assert.Contains("changed after it was signed off", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var signedAgain = await reviewer.PostFormAsync(EditUrl, [], EditUrl + "?handler=SignOff");
        using var published = await reviewer.PostFormAsync(EditUrl, [], EditUrl + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var page = await site.Client.GetStringAsync($"/articles/{Slug}");
        Assert.Contains("Take a short walk every hour.", page, StringComparison.Ordinal);
        Assert.Contains("Dr wf-reviewer", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Not yet clinically reviewed", page, StringComparison.Ordinal);

        var history = await editor.Client.GetStringAsync($"/editor/articles/{Slug}/history");
        Assert.Contains("test edit", history, StringComparison.Ordinal);
        Assert.Contains("compare with", history, StringComparison.Ordinal);

        using var admin = await EditorSession.SignInAsync(site, "wf-admin", EditorRole.Admin);
        var audit = await admin.Client.GetStringAsync("/editor/audit");
        Assert.Contains("signed off", audit, StringComparison.Ordinal);
        Assert.Contains("published", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workflow_ReviewerDismissesFindingWithReason_ThenPublishes()
    {
        const string slug = "scoliosis";
        var url = $"/editor/articles/{slug}";
        using var editor = await EditorSession.SignInAsync(site, "dm-editor", EditorRole.Editor);
        var fields = Fields("A brace is a radical cure. Curves often stay the same.", "submit");
        fields["title"] = "Scoliosis";
        fields["topics"] = "spine-conditions";
        using var _ = await editor.PostFormAsync(url, fields);
        using var reviewer = await EditorSession.SignInAsync(site, "dm-reviewer", EditorRole.Reviewer);
        var page = await reviewer.Client.GetStringAsync(url);

        // "a radical cure" is a claim finding: the reviewer must see it with its dismiss form, or this test proves nothing.
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        var category = doc.QuerySelector("input[name='category']")?.GetAttribute("value");
        var text = doc.QuerySelector("input[name='text']")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(category), "the claim finding in the text was not shown to the reviewer");
        Assert.False(string.IsNullOrEmpty(text));
        using var signed = await reviewer.PostFormAsync(url, [], url + "?handler=SignOff");
        using var blocked = await reviewer.PostFormAsync(url, [], url + "?handler=Publish");
        Assert.Contains("Claim not resolved", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var tooShort = await reviewer.PostFormAsync(url, new() { ["category"] = category!, ["text"] = text!, ["reason"] = "ok" }, url + "?handler=Dismiss");
        Assert.Contains("Write a reason", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var dismissed = await reviewer.PostFormAsync(url, new() { ["category"] = category!, ["text"] = text!, ["reason"] = "The sentence reports what adverts say." }, url + "?handler=Dismiss");
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);

        using var published = await reviewer.PostFormAsync(url, [], url + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
    }

    [Fact]
    public async Task UnsafeMarkup_InArticleText_NeverReachesPreviewOrPublicPage()
    {
        const string slug = "sciatica";
        var url = $"/editor/articles/{slug}";
        const string body = "Hello.\n\n<script>alert('x')</script>\n\n[click](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n\n<a href=\"https://example.org\" onclick=\"alert(1)\">link</a>";
        using var editor = await EditorSession.SignInAsync(site, "xss-editor", EditorRole.Editor);
        var fields = Fields(body, "preview");
        fields["title"] = "Sciatica";
        using var preview = await editor.PostFormAsync(url, fields);
        var previewHtml = await preview.Content.ReadAsStringAsync();
        var start = previewHtml.IndexOf("id=\"ed-preview\"", StringComparison.Ordinal);
        var previewPart = previewHtml[(previewHtml.IndexOf('>', start) + 1)..previewHtml.IndexOf("</section>", start, StringComparison.Ordinal)];
        AssertSafe(previewPart);

        fields["action"] = "submit";
        using var _ = await editor.PostFormAsync(url, fields);
        using var reviewer = await EditorSession.SignInAsync(site, "xss-reviewer", EditorRole.Reviewer);
        using var s = await reviewer.PostFormAsync(url, [], url + "?handler=SignOff");
        using var p = await reviewer.PostFormAsync(url, [], url + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, p.StatusCode);
        var page = await site.Client.GetStringAsync($"/articles/{slug}");
        Assert.Contains("Hello.", page, StringComparison.Ordinal);
        var bodyStart = page.IndexOf("class=\"body\"", StringComparison.Ordinal);
        AssertSafe(page[(page.IndexOf('>', bodyStart) + 1)..page.IndexOf("</article>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task NewArticle_MissingSource_IsNotSavedAndSaysWhy()
    {
        using var editor = await EditorSession.SignInAsync(site, "new-editor", EditorRole.Editor);
        var fields = Fields("Text.", "save");
        fields["references"] = "";
        fields["title"] = "A brand new page";
        using var response = await editor.PostFormAsync("/editor/articles/new", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Add at least one source", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Escaped text is fine; what must never appear is live markup: script elements, event handlers, script links.</summary>
    private static void AssertSafe(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<div>" + html + "</div>");
        var root = document.Body!;
        Assert.Empty(root.QuerySelectorAll("script, img"));
        foreach (var element in root.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(element.Attributes, a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        }
    }
}
