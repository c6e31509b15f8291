using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>A visitor completes "Check my symptoms" and reads the advice: one emergency path, one routine path.</summary>
internal static class GuideJourney
{
    /// <summary>New numbness around the bottom (saddle numbness): a warning sign of cauda equina syndrome.</summary>
    public static IReadOnlyDictionary<string, string> EmergencyAnswers { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["saddle_numbness"] = "true",
    };

    /// <summary>Ordinary back pain for a few days, no warning signs.</summary>
    public static IReadOnlyDictionary<string, string> RoutineAnswers { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bladder_or_bowel_change"] = "false",
        ["saddle_numbness"] = "false",
        ["weakness"] = "none",
        ["major_trauma"] = "false",
        ["fever"] = "false",
        ["cancer_history"] = "false",
        ["iv_drug_use_or_immunosuppressed"] = "false",
        ["minor_trauma_with_osteoporosis"] = "false",
        ["weight_loss"] = "false",
        ["night_pain"] = "false",
        ["gait_or_hand_clumsiness"] = "false",
        ["sexual_dysfunction_new"] = "false",
        ["leg_pain"] = "none",
        ["numbness"] = "false",
        ["age"] = "35",
        ["onset_days"] = "4",
        ["pain_score"] = "4",
        ["back_pain"] = "true",
        ["neck_pain"] = "false",
        ["arm_pain"] = "false",
        ["long_term_steroids"] = "false",
        ["diagnosis"] = "none",
        ["conservative_care_weeks"] = "0",
        ["pregnant"] = "false",
        ["sex"] = "female",
        ["requested_treatment"] = "none",
    };

    public static async Task EmergencyAsync(BrowserTab tab)
    {
        var page = tab.Page;
        var guide = new GuideForm(page);
        await guide.StartAsync();
        await Expect(guide.Heading).ToHaveTextAsync("Check my symptoms");
        await Expect(guide.Questions.First).ToBeVisibleAsync();

        await guide.CompleteAsync(EmergencyAnswers);

        await Expect(guide.Heading).ToHaveTextAsync("Your guidance");
        await Expect(guide.Advice).ToHaveTextAsync(GuideForm.EmergencyAdvice);
        await Expect(page.Locator("section.result")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\btriage-emergency\b"));
        await Expect(page.Locator("section[aria-labelledby=massage-title]")).ToContainTextAsync("Do not have massage");

        var readMore = guide.ReadMoreLinks.Filter(new() { HasText = "cauda equina" });
        await ArticlePage.FollowAsync(page, readMore.First);
        Assert.Equal("/articles/cauda-equina-syndrome-warning-signs", tab.PathAndQuery);
        await Expect(new ArticlePage(page).Title).ToContainTextAsync("Cauda equina syndrome");
        tab.AssertNoBrokenResources();
    }

    public static async Task RoutineAsync(BrowserTab tab)
    {
        var page = tab.Page;
        var guide = new GuideForm(page);
        await guide.StartAsync();

        var steps = await guide.CompleteAsync(RoutineAnswers);

        Assert.True(steps >= 2, $"A routine path asks more than the warning signs; it took {steps} step(s).");
        await Expect(guide.Heading).ToHaveTextAsync("Your guidance");
        await Expect(guide.Advice).ToHaveTextAsync(GuideForm.SelfCareAdvice);
        await Expect(page.Locator("aside[aria-label='Unanswered warning signs']")).ToHaveCountAsync(0);
        await Expect(page.Locator("ul.advice li").First).ToBeVisibleAsync();

        // "Back" returns to the last step with its questions asked again.
        await page.GetByRole(AriaRole.Button, new() { Name = "Back: change my last answers" }).ClickAsync();
        await Expect(guide.Heading).ToHaveTextAsync("Check my symptoms");
        await Expect(guide.Questions.First).ToBeVisibleAsync();
        tab.AssertNoBrokenResources();
    }

    /// <summary>The emergency path with the keyboard alone: skip link, Tab between questions, arrow keys to answer, Enter to send.</summary>
    public static async Task EmergencyByKeyboardAsync(BrowserTab tab)
    {
        var page = tab.Page;
        var guide = new GuideForm(page);
        await guide.StartAsync();

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("a.skip")).ToBeFocusedAsync();
        await Expect(page.Locator("a.skip")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);

        // The first Tab after the skip link lands in the first question (on its checked "Not sure" option).
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("input[name='q.bladder_or_bowel_change']:checked")).ToBeFocusedAsync();

        await KeyboardOnly.TabToAsync(page, "input[name='q.saddle_numbness']");
        await KeyboardOnly.ArrowToAsync(page, "input[name='q.saddle_numbness'][value='true']");

        await KeyboardOnly.TabToAsync(page, "button[name=action][value=next]");
        await KeyboardOnly.AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");

        await Expect(guide.Advice).ToHaveTextAsync(GuideForm.EmergencyAdvice);
        await KeyboardOnly.TabToAsync(page, "a[href='/articles/cauda-equina-syndrome-warning-signs']");
        await KeyboardOnly.AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Expect(new ArticlePage(page).Title).ToContainTextAsync("Cauda equina syndrome");
        Assert.Equal("/articles/cauda-equina-syndrome-warning-signs", tab.PathAndQuery);
        tab.AssertNoBrokenResources();
    }
}
