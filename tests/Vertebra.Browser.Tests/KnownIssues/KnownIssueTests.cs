using System.Text.RegularExpressions;
using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.KnownIssues;

/// <summary>
/// Regressions: site problems these browser tests found (the claim highlight's stray breaks, previous/next
/// links that did not lead back, editor tables wider than a phone), fixed and guarded from then on.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class KnownIssueTests(SiteFixture site, ITestOutputHelper output)
{
    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task CheckedText_ShowsTheVisitorsWordsWithoutAddedBreaks(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "known-checked-text", async tab =>
        {
            var form = new ClaimForm(tab.Page);
            await form.CheckAsync(ClaimForm.Advert);
            await Expect(form.Highlights.First).ToBeVisibleAsync();
            var shown = await tab.Page.Locator(".checked-text").InnerTextAsync();
            Assert.Equal(ClaimForm.Advert, FootnoteNumbers().Replace(shown, "").Trim());
        });

    [ChromiumTheory]
    [MemberData(nameof(Viewports))]
    public Task EveryArticle_NextThenPrevious_ReturnsToIt(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "known-prev-next", async tab =>
        {
            var page = tab.Page;
            var slugs = new List<string>();
            for (var n = 1; ; n++)
            {
                await tab.GoAsync($"/articles?page={n}");
                var hrefs = await page.Locator("main .cards a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
                slugs.AddRange(hrefs);
                if (await page.Locator("nav.pager a[rel=next]").CountAsync() == 0)
                {
                    break;
                }
            }

            var broken = new List<string>();
            foreach (var href in slugs)
            {
                await tab.GoAsync(href);
                var nextLink = page.Locator("nav.prev-next a[rel=next]");
                var next = await nextLink.CountAsync() > 0 ? await nextLink.GetAttributeAsync("href") : null;
                if (next is null)
                {
                    continue;
                }

                await tab.GoAsync(next);
                var back = page.Locator("nav.prev-next a[rel=prev]");
                var backHref = await back.CountAsync() > 0 ? await back.GetAttributeAsync("href") : null;
                if (backHref != href)
                {
                    broken.Add($"{href} -> next {next} -> previous {backHref ?? "(none)"}");
                }
            }

            Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
        });

    /// <summary>
    /// The editor's tables (dashboard, history) were wider than a phone screen, so the page scrolled sideways and a
    /// tap on "compare with" landed on the next cell. Fixed in site.css (<c>.dashboard { overflow-wrap: anywhere }</c>).
    /// </summary>
    [ChromiumTheory]
    [MemberData(nameof(EditorTablePages))]
    public Task EditorTable_FitsAPhoneScreenWithoutSidewaysScrolling(string pageName) =>
        TabRunner.RunAsync(site, output, Viewport.Phone.Name, $"known-phone-width-{pageName}", async tab =>
        {
            await SitePages.English.Named(pageName).OpenAsync(tab);
            var width = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= tab.Viewport.Width, $"{tab.PathAndQuery} is {width} px wide on a {tab.Viewport.Width} px phone screen.");
        });

    public static TheoryData<string> EditorTablePages => new("editor-dashboard", "editor-history");

    public static TheoryData<string> Viewports => new(Viewport.Desktop.Name);

    [GeneratedRegex("[0-9]")]
    private static partial Regex FootnoteNumbers();
}
