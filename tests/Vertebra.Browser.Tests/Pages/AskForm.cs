using Microsoft.Playwright;

namespace Vertebra.Browser.Tests.Pages;

/// <summary>The question page (/ask): a question in the visitor's own words, the best answer with its source, and articles to read next.</summary>
internal sealed class AskForm(IPage page)
{
    /// <summary>A question in everyday words: "slipped disc" for a herniated disc, and a hope massage could fix it.</summary>
    public const string LayQuestion = "can massage push my slipped disc back?";

    public ILocator QuestionBox => page.GetByLabel("Your question, in your own words");

    public ILocator AskButton => page.Locator("main form").GetByRole(AriaRole.Button, new() { Name = "Ask" });

    public ILocator Interpretations => page.Locator("main p.interpretation");

    public ILocator AnswerTitle => page.Locator("#answer-title");

    /// <summary>The best answer's source link: "read the whole article" for ours, "read it on their site" for others.</summary>
    public ILocator SourceLink => page.Locator("section.answer p.attribution a");

    /// <summary>The answers listed after the best one.</summary>
    public ILocator OtherAnswers => page.Locator("section[aria-labelledby=more-answers-title] li");

    public ILocator ReadNextLinks => page.Locator("section[aria-labelledby=read-next-title] a");

    public async Task AskAsync(string question)
    {
        await QuestionBox.FillAsync(question).ConfigureAwait(false);
        await AskButton.ClickAsync().ConfigureAwait(false);
        await page.WaitForLoadStateAsync(LoadState.Load).ConfigureAwait(false);
    }
}
