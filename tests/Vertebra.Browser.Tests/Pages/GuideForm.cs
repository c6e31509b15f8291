using Microsoft.Playwright;

namespace Vertebra.Browser.Tests.Pages;

/// <summary>The symptom guide (/guide): a no-JavaScript form that asks a few questions per step, then shows a result.</summary>
/// <remarks>The Chinese edition is the same form at <c>/zh/guide</c>: pass that path.</remarks>
internal sealed class GuideForm(IPage page, string path = "/guide")
{
    public const string EmergencyAdvice = "Go to an emergency department now";
    public const string SelfCareAdvice = "You can look after this yourself";
    public const string SeeADoctorToday = "See a doctor today";
    public const int MaxSteps = 15;
    public const string NotSure = "unsure";

    public ILocator Heading => page.Locator("main h1");

    /// <summary>The advice heading of the result ("Go to an emergency department now", ...).</summary>
    public ILocator Advice => page.Locator("#todo-title");

    public ILocator Questions => page.Locator("fieldset.question");

    public ILocator NextButton => page.Locator("button[name=action][value=next]");

    public ILocator ReadMoreLinks => page.Locator("section[aria-labelledby=read-title] a");

    public Task StartAsync() => page.GotoAsync(path);

    public async Task<bool> ShowsResultAsync() => await Advice.CountAsync().ConfigureAwait(false) > 0;

    /// <summary>The facts asked on the step now shown, in order.</summary>
    public async Task<IReadOnlyList<string>> ShownFactsAsync()
    {
        var shown = await page.Locator("input[name=shown]").GetAttributeAsync("value").ConfigureAwait(false) ?? "";
        return shown.Split(',', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Chooses an answer: a radio option by its value, or a number typed into the box.</summary>
    public async Task AnswerAsync(string fact, string value)
    {
        var field = $"q.{fact}";
        var number = page.Locator($"input[type=number][name='{field}']");
        if (await number.CountAsync().ConfigureAwait(false) > 0)
        {
            await number.FillAsync(value).ConfigureAwait(false);
        }
        else
        {
            await page.Locator($"input[type=radio][name='{field}'][value='{value}']").CheckAsync().ConfigureAwait(false);
        }
    }

    public ILocator CallLink => page.Locator("a.call-link");

    public ILocator StepCounter => page.Locator("p.step");

    /// <summary>
    /// Answers each step from <paramref name="answers"/> (a question not listed is answered "Not sure", as a person
    /// would click it) and presses Next until the result shows. Returns the number of steps taken.
    /// </summary>
    public async Task<int> CompleteAsync(IReadOnlyDictionary<string, string> answers)
    {
        for (var step = 0; step < MaxSteps; step++)
        {
            if (await ShowsResultAsync().ConfigureAwait(false))
            {
                return step;
            }

            var shown = await ShownFactsAsync().ConfigureAwait(false);
            Assert.NotEmpty(shown);
            foreach (var fact in shown)
            {
                if (answers.TryGetValue(fact, out var value))
                {
                    await AnswerAsync(fact, value).ConfigureAwait(false);
                }
                else if (await page.Locator($"input[type=radio][name='q.{fact}']").CountAsync().ConfigureAwait(false) > 0)
                {
                    await AnswerAsync(fact, NotSure).ConfigureAwait(false);
                }
            }

            await NextButton.ClickAsync().ConfigureAwait(false);
            await page.WaitForLoadStateAsync(LoadState.Load).ConfigureAwait(false);
        }

        Assert.Fail($"The guide showed no result after {MaxSteps} steps.");
        return MaxSteps;
    }
}
