using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Vertebra.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Vertebra.Browser.Tests.Journeys;

/// <summary>
/// A visitor goes from the main menu to the conditions list, picks a condition, reads what it is, its warning signs,
/// symptoms, treatments and sources, and reaches its clinic, where the phone number is a link that calls it.
/// </summary>
internal static class ConditionsJourney
{
    public static async Task RunAsync(BrowserTab tab)
    {
        var page = tab.Page;
        await tab.GoAsync("/");
        await new Pages.SiteMenu(page).FollowAsync("Conditions");
        Assert.Equal("/conditions", tab.PathAndQuery);
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Conditions we treat");

        var condition = page.Locator("main ul.conditions a[href='/conditions/lumbar-disc-herniation']");
        var conditionName = (await condition.InnerTextAsync()).Trim();
        await condition.ClickAsync();
        Assert.Equal("/conditions/lumbar-disc-herniation", tab.PathAndQuery);
        await Expect(page.Locator("main h1")).ToHaveTextAsync(conditionName);

        var main = page.Locator("main");
        foreach (var section in new[] { "What it is", "When to get help", "Symptoms", "Treatments", "Sources" })
        {
            await Expect(main.GetByRole(AriaRole.Heading, new() { Name = section, Exact = true })).ToBeVisibleAsync();
        }

        await Expect(page.Locator("main .warning-signs li").First).ToContainTextAsync("emergency department");
        await Expect(page.Locator("main .references a[href^='https://www.nhs.uk/']").First).ToBeVisibleAsync();
        await Expect(page.Locator("main dl.review")).ToContainTextAsync("Next review due");
        // One call link for emergencies in the urgent box, and the clinic's own phone once.
        await Expect(page.Locator("main .urgent-box a[href='tel:999']")).ToHaveCountAsync(1);
        await Expect(page.Locator("main a[href^='tel:']:not([href='tel:999'])")).ToHaveCountAsync(1);

        var clinicLink = page.Locator("dl.facts a[href^='/clinics#']");
        var clinicName = (await clinicLink.InnerTextAsync()).Trim();
        var clinicId = (await clinicLink.GetAttributeAsync("href"))!.Split('#')[1];
        await clinicLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/clinics#" + Regex.Escape(clinicId) + "$")); // waits for the navigation

        var heading = page.Locator($"section[id='{clinicId}'] h2");
        await Expect(heading).ToHaveTextAsync(clinicName);
        await Expect(heading).ToBeInViewportAsync();
        await Expect(page.Locator($"section[id='{clinicId}'] a[href='/conditions/lumbar-disc-herniation']")).ToBeVisibleAsync();
        var clinic = page.Locator($"section[id='{clinicId}']");
        var phone = clinic.Locator("a[href^='tel:']");
        await Expect(phone).ToBeVisibleAsync();
        Assert.Matches("^tel:[0-9+]{7,}$", await phone.GetAttributeAsync("href"));
        await Expect(clinic.GetByRole(AriaRole.Heading, new() { Name = "How to be referred" })).ToBeVisibleAsync();
        await Expect(clinic.GetByRole(AriaRole.Heading, new() { Name = "After an operation" })).ToBeVisibleAsync();
        await Expect(page.Locator("main .example-data").First).ToContainTextAsync("examples");
        tab.AssertNoBrokenResources();
    }
}
