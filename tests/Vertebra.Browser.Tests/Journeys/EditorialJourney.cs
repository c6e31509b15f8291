using System.Globalization;
using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>
/// The editorial workflow across three people, each in their own browser: an editor adds a false claim and sends
/// the article for review; the reviewer sees it waiting, signs off, and is stopped from publishing by the claim;
/// the editor removes the claim and resubmits; the reviewer signs off the new text and publishes; a visitor then
/// sees the new text with the reviewer's name and review dates, and the editor sees the change in history and diff.
/// </summary>
internal static class EditorialJourney
{
    /// <summary>A claim the checker knows: a herniated disc cannot be pushed back by hand.</summary>
    public const string Claim = "This clinic pushes the disc back into place.";

    public const string Fix = "Our spine team can help you plan a safe return to your usual activities.";

    /// <summary>Each viewport edits its own article, so the two runs never meet.</summary>
    public static string SlugFor(Viewport viewport) => viewport.IsMobile ? "cervical-spondylosis" : "back-pain-at-work";

    public static async Task RunAsync(SiteFixture site, BrowserTab editorTab)
    {
        var slug = SlugFor(editorTab.Viewport);
        var editorPage = editorTab.Page;

        // The editor adds a sentence with a false claim and sends the article for review.
        await EditorLogin.SignInAsync(editorTab, EditorAccounts.Editor);
        var editor = new ArticleEditor(editorTab, slug);
        await editor.OpenAsync();
        var title = (await editorPage.Locator("#ed-title").InputValueAsync()).Trim();
        await Expect(editor.ClaimCheck).ToContainTextAsync("No open claim findings.");
        await editor.AppendAndSendAsync(Claim, "Add a line about what the clinic does", "submit");
        await Expect(editor.Message).ToHaveTextAsync("Saved and sent for review.");
        await Expect(editor.Facts).ToContainTextAsync("in review");
        await Expect(editor.Findings).ToHaveCountAsync(1);
        await Expect(editor.Findings.First).ToContainTextAsync("pushes the disc back");
        await Expect(editorPage.Locator("#review-title")).ToHaveCountAsync(0);

        // Until it is published, visitors still see the text as it was.
        await using var visitor = await site.OpenAsync(editorTab.Viewport);
        await visitor.GoAsync($"/articles/{slug}");
        await Expect(visitor.Page.Locator("article .body")).Not.ToContainTextAsync("pushes the disc back");

        // The reviewer finds it waiting for sign-off, signs off, and cannot publish because of the claim.
        await using var reviewerTab = await site.OpenAsync(editorTab.Viewport);
        await EditorLogin.SignInAsync(reviewerTab, EditorAccounts.Reviewer);
        var waitingLink = reviewerTab.Page.Locator($"section[aria-labelledby=waiting] a[href='/editor/articles/{slug}']");
        await Expect(waitingLink).ToHaveTextAsync(title);
        await ArticlePage.FollowAsync(reviewerTab.Page, waitingLink);
        Assert.Equal($"/editor/articles/{slug}", reviewerTab.PathAndQuery);
        var review = new ArticleEditor(reviewerTab, slug);
        await Expect(review.Findings.First).ToContainTextAsync("pushes the disc back");
        await review.SignOffAsync();
        await Expect(review.Message).ToHaveTextAsync("Signed off.");
        await Expect(review.Facts).ToContainTextAsync($"{EditorAccounts.Reviewer.DisplayName} on ");
        await review.PublishAsync();
        await Expect(review.Problems).ToContainTextAsync("Claim not resolved");
        await Expect(review.Problems).ToContainTextAsync("pushes the disc back");
        await Expect(review.Message).ToHaveCountAsync(0);

        // The editor removes the claim and sends the article for review again.
        await editor.OpenAsync();
        await editor.ReplaceAndSendAsync(Claim, Fix, "Remove the claim about pushing the disc back", "submit");
        await Expect(editor.Message).ToHaveTextAsync("Saved and sent for review.");
        await Expect(editor.ClaimCheck).ToContainTextAsync("No open claim findings.");

        // The old sign-off does not cover the new text: the reviewer signs off again, then publishes.
        await review.OpenAsync();
        await Expect(review.ClaimCheck).ToContainTextAsync("No open claim findings.");
        await review.PublishAsync();
        await Expect(review.Problems).ToContainTextAsync("changed after it was signed off");
        await review.SignOffAsync();
        await Expect(review.Message).ToHaveTextAsync("Signed off.");
        await review.PublishAsync();
        await Expect(review.Message).ToHaveTextAsync("Published.");
        await Expect(review.Facts).ToContainTextAsync("published");

        // A visitor sees the new text, the reviewer's name and the review dates.
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        await visitor.GoAsync($"/articles/{slug}");
        var body = visitor.Page.Locator("article .body");
        await Expect(body).ToContainTextAsync(Fix);
        await Expect(body).Not.ToContainTextAsync("pushes the disc back");
        await Expect(ReviewFact(visitor.Page, "Medical review")).ToHaveTextAsync(EditorAccounts.Reviewer.DisplayName);
        await Expect(ReviewFact(visitor.Page, "Last reviewed")).ToHaveTextAsync(LongDate(today));
        await Expect(ReviewFact(visitor.Page, "Next review due")).ToHaveTextAsync(LongDate(today.AddDays(365)));
        visitor.AssertNoBrokenResources();

        // The editor sees both revisions in the history, and the change in the diff.
        await editor.OpenAsync();
        await ArticlePage.FollowAsync(editorPage, editorPage.GetByRole(AriaRole.Link, new() { Name = "History and changes" }));
        Assert.Equal($"/editor/articles/{slug}/history", editorTab.PathAndQuery);
        var rows = editorPage.Locator("main table tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync(EditorAccounts.Editor.DisplayName);
        await Expect(rows.First).ToContainTextAsync("Remove the claim about pushing the disc back");
        await Expect(rows.Nth(1)).ToContainTextAsync("Add a line about what the clinic does");
        await ArticlePage.FollowAsync(editorPage, rows.First.GetByRole(AriaRole.Link));
        Assert.StartsWith($"/editor/articles/{slug}/diff?from=", editorTab.PathAndQuery, StringComparison.Ordinal);
        await Expect(editorPage.Locator("pre.diff span.removed").Filter(new() { HasText = Claim })).ToHaveCountAsync(1);
        await Expect(editorPage.Locator("pre.diff span.added").Filter(new() { HasText = Fix })).ToHaveCountAsync(1);
        editorTab.AssertNoBrokenResources();
        reviewerTab.AssertNoBrokenResources();
    }

    private static ILocator ReviewFact(IPage page, string term) => page.Locator($"article dl.review dt:text-is('{term}') + dd");

    private static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
