using System.Text.RegularExpressions;
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
        ["thoracic_pain"] = "false",
        ["chest_or_abdominal_pain"] = "false",
        ["recent_spinal_procedure"] = "false",
        ["inflammatory_pattern"] = "false",
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
        await Expect(guide.CallLink).ToHaveAttributeAsync("href", "tel:999");
        await Expect(guide.CallLink).ToBeVisibleAsync();
        await Expect(page.GetByText("This answer is not final")).ToHaveCountAsync(0);
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
        await Expect(page.Locator("section.unsure")).ToHaveCountAsync(0);
        await Expect(page.Locator("ul.advice li").First).ToBeVisibleAsync();
        await Expect(page.Locator("ul.sources a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://"));

        // "Change my answers" goes back to the last page with the answers kept.
        await page.GetByRole(AriaRole.Button, new() { Name = "Change my answers" }).ClickAsync();
        await Expect(guide.Heading).ToHaveTextAsync("Check my symptoms");
        await Expect(guide.StepCounter).ToHaveTextAsync("Step 6 of 6");
        await Expect(guide.Questions.First).ToBeVisibleAsync();
        tab.AssertNoBrokenResources();
    }

    /// <summary>Every warning-sign question answered "Not sure": the guide never reassures, and names the signs.</summary>
    public static async Task AllWarningSignsNotSureAsync(BrowserTab tab)
    {
        var page = tab.Page;
        var guide = new GuideForm(page);
        await guide.StartAsync();
        await Expect(guide.StepCounter).ToHaveTextAsync("Step 1 of 6");
        await Expect(page.Locator("input[type=radio]:checked")).ToHaveCountAsync(0);

        var answers = RoutineAnswers.Where(a => !NotSureFacts.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value);
        await guide.CompleteAsync(answers);

        await Expect(guide.Heading).ToHaveTextAsync("Your guidance");
        await Expect(guide.Advice).ToHaveTextAsync(GuideForm.SeeADoctorToday);
        await Expect(guide.Advice).Not.ToHaveTextAsync(GuideForm.SelfCareAdvice);
        await Expect(page.Locator("section.unsure")).ToContainTextAsync("new numbness or tingling around your bottom");
        tab.AssertNoBrokenResources();
    }

    /// <summary>The warning-sign questions, answered "Not sure" in <see cref="AllWarningSignsNotSureAsync"/>.</summary>
    public static IReadOnlySet<string> NotSureFacts { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "thoracic_pain", "leg_pain", "chest_or_abdominal_pain", "bladder_or_bowel_change", "saddle_numbness", "weakness", "numbness",
        "gait_or_hand_clumsiness", "sexual_dysfunction_new", "major_trauma", "recent_spinal_procedure", "fever", "cancer_history",
        "weight_loss", "night_pain", "iv_drug_use_or_immunosuppressed", "minor_trauma_with_osteoporosis",
    };

    /// <summary>
    /// The emergency path with the keyboard alone: skip link, Tab into the questions, arrow keys to answer, Enter to
    /// send; the answer ends on the call link.
    /// </summary>
    public static async Task EmergencyByKeyboardAsync(BrowserTab tab)
    {
        var page = tab.Page;
        var guide = new GuideForm(page);
        await guide.StartAsync();

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("a.skip")).ToBeFocusedAsync();
        await Expect(page.Locator("a.skip")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("#main$")); // waits: the address changes just after the key press

        await KeyboardOnly.TabToAsync(page, "input[name='q.chest_or_abdominal_pain']");
        await KeyboardOnly.ArrowToAsync(page, "input[name='q.chest_or_abdominal_pain'][value='true']");

        await KeyboardOnly.TabToAsync(page, "button[name=action][value=next]");
        await KeyboardOnly.AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");

        await Expect(guide.Advice).ToHaveTextAsync(GuideForm.EmergencyAdvice);
        await Expect(guide.CallLink).ToBeFocusedAsync();
        await KeyboardOnly.AssertFocusVisibleAsync(page);
        await Expect(guide.CallLink).ToHaveAttributeAsync("href", "tel:999");
        await Expect(guide.CallLink).ToBeInViewportAsync();
        tab.AssertNoBrokenResources();
    }
}
