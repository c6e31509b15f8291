using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace Vertebra.Web.Tests;

/// <summary>Walks every page reachable from the home page, as a person (or a search engine) would.</summary>
public sealed partial class SiteCrawlTests(SiteFixture site, ITestOutputHelper output) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Crawl_FromHomePage_EveryInternalLinkWorksAndEveryPageIsWellFormed()
    {
        var pages = await CrawlAsync();
        output.WriteLine($"Crawled {pages.Count} pages.");
        Assert.True(pages.Count >= 40, $"expected the whole site, crawled only {pages.Count} pages");
        var problems = pages.SelectMany(p => p.Value.Problems.Select(problem => $"{p.Key}: {problem}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Crawl_EveryPage_NeverSaysADiscCanBePushedBack()
    {
        var pages = await CrawlAsync();
        var offending = pages.Where(p => AffirmsPushingBack(p.Value.Text)).Select(p => p.Key).ToList();
        Assert.True(offending.Count == 0, "pages that seem to say a disc can be put back: " + string.Join(", ", offending));
    }

    [Fact]
    public async Task Crawl_ArticleAndConditionPages_CarrySchemaOrgJsonLd()
    {
        var pages = await CrawlAsync();
        var articles = pages.Where(p => p.Key.StartsWith("/articles/", StringComparison.Ordinal) && !p.Key.EndsWith("/report", StringComparison.Ordinal)).ToList();
        var conditions = pages.Where(p => p.Key.StartsWith("/conditions/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(articles);
        Assert.Equal(28, conditions.Count);
        foreach (var (url, page) in articles)
        {
            var ld = Assert.Single(page.JsonLd);
            Assert.Equal("MedicalWebPage", ld.GetProperty("@type").GetString());
            Assert.True(ld.TryGetProperty("lastReviewed", out _), url);
            Assert.True(ld.TryGetProperty("reviewedBy", out _), url);
        }

        foreach (var (url, page) in conditions)
        {
            var ld = Assert.Single(page.JsonLd);
            Assert.Equal("MedicalCondition", ld.GetProperty("@type").GetString());
            Assert.Matches("^[A-Z][0-9]{2}", ld.GetProperty("code").GetProperty("codeValue").GetString());
        }
    }

    [Fact]
    public async Task Crawl_ChineseEdition_EveryInternalLinkWorksAndEveryPageIsWellFormedAndChinese()
    {
        var pages = await CrawlAsync("/zh/");
        output.WriteLine($"Crawled {pages.Count} Chinese pages.");
        Assert.True(pages.Count >= 40, $"expected the whole Chinese edition, crawled only {pages.Count} pages");
        var problems = pages.SelectMany(p => p.Value.Problems.Select(problem => $"{p.Key}: {problem}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var wrong = pages.Where(p => p.Value.Language != "zh-Hans").Select(p => $"{p.Key}: lang={p.Value.Language}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        var disclaimer = pages.Where(p => Regex.Matches(p.Value.Text, "本站内容为一般健康信息，不能代替诊断").Count != 1).Select(p => p.Key).ToList();
        Assert.True(disclaimer.Count == 0, "Chinese pages without the disclaimer exactly once: " + string.Join(", ", disclaimer));
    }

    [Theory]
    [InlineData("/", "en")]
    [InlineData("/zh/", "zh-Hans")]
    public async Task Crawl_BothEditions_JsonLdNamesThePagesLanguage(string start, string language)
    {
        var pages = await CrawlAsync(start);
        var withLd = pages.Where(p => p.Value.JsonLd.Count > 0).ToList();
        Assert.Contains(withLd, p => p.Key.Contains("/conditions/", StringComparison.Ordinal));
        Assert.Contains(withLd, p => p.Key.Contains("/articles/", StringComparison.Ordinal));
        foreach (var (url, page) in withLd)
        {
            foreach (var ld in page.JsonLd)
            {
                Assert.True(ld.TryGetProperty("inLanguage", out var inLanguage), url + " has JSON-LD without inLanguage");
                Assert.Equal(language, inLanguage.GetString());
            }
        }
    }

    /// <summary>Pages a visitor reaches by typing rather than by a link: searches (with a typo, a lay name), an answer, a missing page.</summary>
    private static readonly string[] TypedPages =
    [
        "/search?q=sciatca",
        "/search?q=slipped+disk+masage",
        "/search?q=slipped+disc",
        "/search?q=sciatica",
        "/search?q=zebra",
        "/ask?q=can+massage+push+my+slipped+disc+back",
        "/no-such-page",
    ];

    private const string Disclaimer = "General information, not a diagnosis";

    [Fact]
    public async Task Crawl_EveryPage_HasTheDisclaimerExactlyOnce()
    {
        var pages = await CrawlAsync();
        foreach (var url in TypedPages)
        {
            pages[url] = await FetchAsync(url);
        }

        var wrong = pages
            .Select(p => (Url: p.Key, Count: Regex.Matches(p.Value.Text, Regex.Escape(Disclaimer)).Count))
            .Where(p => p.Count != 1)
            .Select(p => $"{p.Url}: {p.Count} times")
            .ToList();
        output.WriteLine($"Checked {pages.Count} pages.");
        Assert.True(wrong.Count == 0, "pages without the disclaimer exactly once:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task Crawl_NoPage_ShowsBothDidYouMeanAndShowingResultsFor()
    {
        var pages = await CrawlAsync();
        foreach (var url in TypedPages)
        {
            pages[url] = await FetchAsync(url);
        }

        var both = pages
            .Where(p => p.Value.Text.Contains("Did you mean", StringComparison.OrdinalIgnoreCase)
                && p.Value.Text.Contains("Showing results for", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Key)
            .ToList();
        Assert.True(both.Count == 0, "pages saying both: " + string.Join(", ", both));
        Assert.Contains("Showing results for sciatica (you typed sciatca)", pages["/search?q=sciatca"].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sciatca")]
    [InlineData("sciatica")]
    [InlineData("slipped disc")]
    [InlineData("massage")]
    public async Task Search_ListsEachArticleAtMostOnceAtTheTopLevel(string query)
    {
        var html = await site.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString(query));
        var document = new HtmlParser().ParseDocument(html);
        var top = document.QuerySelectorAll("ol.hits > li > a.hit-title").Select(a => a.GetAttribute("href")!).ToList();
        output.WriteLine(string.Join("\n", top));
        Assert.NotEmpty(top);
        var articles = top.Where(h => h.StartsWith("/articles/", StringComparison.Ordinal)).ToList();
        Assert.Contains(articles, h => h.StartsWith("/articles/", StringComparison.Ordinal));
        Assert.All(articles, h => Assert.DoesNotContain('#', h));
        Assert.Equal(articles.Count, articles.Distinct(StringComparer.Ordinal).Count());

        // The count says what the list shows: "7 results" when all are listed, "The best 20 of 25 results" when not.
        var heading = document.QuerySelector("#results-title")!.TextContent;
        var best = Regex.Match(heading, "^The best ([0-9]+) of ([0-9]+) results");
        if (best.Success)
        {
            Assert.Equal(top.Count, int.Parse(best.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(int.Parse(best.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > top.Count, heading);
        }
        else
        {
            Assert.StartsWith($"{top.Count} result", heading, StringComparison.Ordinal);
        }
    }

    /// <summary>One page, whatever its status (the missing page is a 404 with a full page).</summary>
    private async Task<CrawledPage> FetchAsync(string url)
    {
        using var response = await site.Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return new CrawledPage { Text = new HtmlParser().ParseDocument(html).Body?.TextContent ?? "" };
    }

    internal static bool AffirmsPushingBack(string text)
    {
        foreach (var sentence in SentenceSplit().Split(text))
        {
            if (PushBack().IsMatch(sentence) && !Denial().IsMatch(sentence))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every page of one edition reachable from <paramref name="start"/>: "/" for English, "/zh/" for Chinese.</summary>
    private async Task<Dictionary<string, CrawledPage>> CrawlAsync(string start = "/")
    {
        var chinese = start.StartsWith("/zh", StringComparison.Ordinal);
        var parser = new HtmlParser();
        var seen = new Dictionary<string, CrawledPage>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0 && seen.Count < 2000)
        {
            var url = queue.Dequeue();
            if (seen.ContainsKey(url))
            {
                continue;
            }

            var page = new CrawledPage();
            seen[url] = page;
            using var response = await site.Client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                page.Problems.Add($"status {(int)response.StatusCode}");
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            var document = parser.ParseDocument(html);
            page.Text = document.Body?.TextContent ?? "";
            page.Language = document.DocumentElement.GetAttribute("lang") ?? "";
            var h1s = document.QuerySelectorAll("h1").Length;
            if (h1s != 1)
            {
                page.Problems.Add($"{h1s} h1 elements");
            }

            if (string.IsNullOrWhiteSpace(document.Title))
            {
                page.Problems.Add("no title");
            }

            if (document.QuerySelector("main") is null || document.QuerySelector("header") is null || document.QuerySelector("footer") is null)
            {
                page.Problems.Add("missing a landmark (header, main or footer)");
            }

            foreach (var input in document.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
            {
                if (input.Id is null || document.QuerySelector($"label[for='{input.Id}']") is null)
                {
                    page.Problems.Add("a form field without a label");
                }
            }

            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    page.JsonLd.Add(JsonDocument.Parse(script.TextContent).RootElement.Clone());
                }
                catch (JsonException ex)
                {
                    page.Problems.Add("JSON-LD does not parse: " + ex.Message);
                }
            }

            foreach (var link in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
                {
                    var path = link.Split('#')[0];
                    var inEdition = (path == "/zh" || path.StartsWith("/zh/", StringComparison.Ordinal)) == chinese;
                    if (path.Length > 0 && inEdition && !seen.ContainsKey(path))
                    {
                        queue.Enqueue(path);
                    }
                }
            }
        }

        return seen;
    }

    internal sealed class CrawledPage
    {
        public List<string> Problems { get; } = [];
        public List<JsonElement> JsonLd { get; } = [];
        public string Text { get; set; } = "";
        public string Language { get; set; } = "";
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceSplit();

    [GeneratedRegex(@"\b(push|pushes|pushed|pushing|press|presses|pressed|pressing|pop|pops|popped|popping|put|puts|putting|click|clicks|clicked|snap|snaps|move|moves|moved)\s+(the |a |your |it |them |herniated |slipped |bulging )*(disc|disk|discs|disks|it|them)?\s*(back)\b(?!\s+pain)", RegexOptions.IgnoreCase)]
    private static partial Regex PushBack();

    [GeneratedRegex(@"\b(cannot|can't|can not|could not|couldn't|no |not|never|won't|will not|impossible|unable|myth|false|wrong|claim|claims|pseudoscience|nothing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denial();
}
