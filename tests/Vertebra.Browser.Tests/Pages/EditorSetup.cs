using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Journeys;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Pages;

/// <summary>
/// Brings the editor's pages into their fullest state for the audit and the screenshots, on one article the
/// journeys never touch: signed in as the reviewer, a draft with an open claim finding, and two revisions to compare.
/// Each step is done only once per run, so repeated audits do not pile up revisions.
/// </summary>
internal static class EditorSetup
{
    public const string AuditSlug = "endoscopic-discectomy";

    public static async Task OpenDashboardAsync(BrowserTab tab)
    {
        await EditorLogin.SignInAsync(tab, EditorAccounts.Reviewer);
        await Expect(tab.Page.Locator("#waiting")).ToBeVisibleAsync();
    }

    /// <summary>The edit page with a claim finding (and its dismiss form) and the reviewer's sign-off and publish buttons.</summary>
    public static async Task OpenEditPageAsync(BrowserTab tab)
    {
        await EditorLogin.SignInAsync(tab, EditorAccounts.Reviewer);
        var editor = new ArticleEditor(tab, AuditSlug);
        await editor.OpenAsync();
        if (await editor.Findings.CountAsync() == 0)
        {
            await editor.AppendAndSendAsync(EditorialJourney.Claim, "Draft for the accessibility audit", "save");
            await Expect(editor.Message).ToHaveTextAsync("Saved as a draft.");
        }

        await Expect(editor.Findings.First).ToBeVisibleAsync();
        await Expect(tab.Page.Locator("#review-title")).ToBeVisibleAsync();
    }

    /// <summary>The history page with at least two revisions, so it has a "compare" link.</summary>
    public static async Task OpenHistoryAsync(BrowserTab tab)
    {
        await OpenEditPageAsync(tab);
        var history = $"/editor/articles/{AuditSlug}/history";
        await tab.GoAsync(history);
        var compare = tab.Page.Locator("main table a[href*='/diff?']");
        if (await compare.CountAsync() == 0)
        {
            var editor = new ArticleEditor(tab, AuditSlug);
            await editor.OpenAsync();
            await editor.AppendAndSendAsync(EditorialJourney.Fix, "Second draft for the accessibility audit", "save");
            await Expect(editor.Message).ToHaveTextAsync("Saved as a draft.");
            await tab.GoAsync(history);
        }

        await Expect(compare.First).ToBeVisibleAsync();
    }

    /// <summary>The diff between the two latest revisions.</summary>
    public static async Task OpenDiffAsync(BrowserTab tab)
    {
        await OpenHistoryAsync(tab);
        await ArticlePage.FollowAsync(tab.Page, tab.Page.Locator("main table a[href*='/diff?']").First);
        await Expect(tab.Page.Locator("pre.diff span.added").First).ToBeVisibleAsync();
    }
}
