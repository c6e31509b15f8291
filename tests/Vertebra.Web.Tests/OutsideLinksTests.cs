using Vertebra.Content.Import;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Content.Sources;
using Vertebra.Storage;
using Vertebra.Tests.Shared;

namespace Vertebra.Web.Tests;

/// <summary>
/// Every outside link on an article or condition page goes to a trusted publisher's own site over https, and
/// never to a guideline that has been replaced: a copy, a staging site or a blog cannot come back unnoticed.
/// </summary>
public sealed class OutsideLinksTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly SourceRegistry Registry = SourceRegistryFile.ReadFolder(RepositoryPaths.Content);

    internal static IEnumerable<string> Problems(string page, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!;
            // Site-relative links ("/articles/x") and tel: or mailto: links are not outside links.
            var outside = href.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
                || href.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
                || href.StartsWith("//", StringComparison.Ordinal);
            if (!outside || (Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Host is "localhost"))
            {
                continue;
            }

            if (TrustedPublishers.Problem(href) is { } problem)
            {
                yield return $"{page}: {problem}";
            }

            if (Registry.All.FirstOrDefault(s => s.Url == href && s.SupersededBy is not null) is { } old)
            {
                yield return $"{page}: links to {old.Id}, replaced by {old.SupersededBy}";
            }
        }
    }

    [Fact]
    public async Task EveryArticleAndConditionPage_LinksOutOnlyToTrustedPublishersOverHttps()
    {
        var store = site.Services.GetRequiredService<IContentStore>();
        var pages = (await store.ListAllArticlesAsync()).Where(a => a.Status is Content.Model.ArticleStatus.Published or Content.Model.ArticleStatus.DueForReview)
            .Select(a => Content.Model.ArticleLanguages.PathOf(a))
            .Concat((await store.ListConditionsAsync()).Select(c => "/conditions/" + c.Id))
            .ToList();
        Assert.True(pages.Count >= 19 + 28, $"only {pages.Count} pages");

        var problems = new List<string>();
        var outside = 0;
        foreach (var page in pages)
        {
            var html = await site.Client.GetStringAsync(page);
            outside += new HtmlParser().ParseDocument(html).QuerySelectorAll("a[href^='http']").Length;
            problems.AddRange(Problems(page, html));
        }

        Assert.True(outside >= pages.Count, $"expected every page to cite sources, found {outside} outside links on {pages.Count} pages");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("<a href=\"https://www.windsorhousegrouppractice.co.uk/conditions/sciatica/\">NHS</a>")]
    [InlineData("<a href=\"http://www.nhs.uk/conditions/sciatica/\">NHS</a>")]
    [InlineData("<a href=\"https://blog.fht.org.uk/x\">NICE</a>")]
    public void Problems_CopyHttpOrBlogLink_IsReported(string anchor)
    {
        Assert.NotEmpty(Problems("/test", $"<html><body>{anchor}</body></html>"));
    }

    [Fact]
    public void Problems_PublisherLinkAndPhoneLink_AreFine()
    {
        Assert.Empty(Problems("/test", "<a href=\"https://www.nhs.uk/conditions/sciatica/\">NHS</a> <a href=\"tel:01144960101\">call</a> <a href=\"/articles/x\">x</a>"));
    }
}
