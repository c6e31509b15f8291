using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;

namespace Vertebra.Browser.Tests.Pages;

/// <summary>The editor's page for one article (/editor/articles/{slug}): the form, the claim check and, for reviewers, sign-off and publish.</summary>
internal sealed class ArticleEditor(BrowserTab tab, string slug)
{
    private IPage Page => tab.Page;

    public string Path => $"/editor/articles/{slug}";

    public ILocator Body => Page.Locator("#ed-body");

    public ILocator Note => Page.Locator("#ed-note");

    /// <summary>The green "Saved..." / "Signed off." / "Published." line after an action.</summary>
    public ILocator Message => Page.Locator("main p.done[role=status]");

    /// <summary>The box listing why an action was refused.</summary>
    public ILocator Problems => Page.Locator("main div.note[role=alert]");

    public ILocator ClaimCheck => Page.Locator("section[aria-labelledby=claims-title]");

    public ILocator Findings => Page.Locator("section[aria-labelledby=claims-title] ul.findings > li");

    public ILocator Facts => Page.Locator("dl.facts");

    public Task OpenAsync() => tab.GoAsync(Path);

    /// <summary>Appends a paragraph to the article text, notes the change and presses a button (save or submit).</summary>
    public async Task AppendAndSendAsync(string paragraph, string note, string action)
    {
        var body = await Body.InputValueAsync().ConfigureAwait(false);
        await Body.FillAsync(body.TrimEnd() + "\n\n" + paragraph + "\n").ConfigureAwait(false);
        await Note.FillAsync(note).ConfigureAwait(false);
        await PressAsync(Page.Locator($"#editor-form button[name=action][value={action}]")).ConfigureAwait(false);
    }

    /// <summary>Replaces one sentence of the article text, notes the change and presses a button (save or submit).</summary>
    public async Task ReplaceAndSendAsync(string oldText, string newText, string note, string action)
    {
        var body = await Body.InputValueAsync().ConfigureAwait(false);
        Assert.Contains(oldText, body, StringComparison.Ordinal);
        await Body.FillAsync(body.Replace(oldText, newText, StringComparison.Ordinal)).ConfigureAwait(false);
        await Note.FillAsync(note).ConfigureAwait(false);
        await PressAsync(Page.Locator($"#editor-form button[name=action][value={action}]")).ConfigureAwait(false);
    }

    public Task SignOffAsync() => PressAsync(Page.Locator($"form[action='{Path}?handler=SignOff'] button"));

    public Task PublishAsync() => PressAsync(Page.Locator($"form[action='{Path}?handler=Publish'] button"));

    private async Task PressAsync(ILocator button)
    {
        await button.ClickAsync().ConfigureAwait(false);
        await Page.WaitForLoadStateAsync(LoadState.Load).ConfigureAwait(false);
    }
}
