using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Vertebra.Browser.Tests.Accessibility;

/// <summary>axe-core on every page type: no serious or critical accessibility violation. Each page's findings go to the test output.</summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site, ITestOutputHelper output)
{
    // axe-core is injected as an inline script, which the site's Content-Security-Policy would (rightly) block.
    private static readonly TabOptions AuditOptions = new(BypassContentSecurityPolicy: true);

    [AxeTheory]
    [MemberData(nameof(Pages))]
    public Task PageType_HasNoSeriousOrCriticalAxeViolations(string page, string viewport) =>
        TabRunner.RunAsync(site, output, viewport, $"axe-{page}", async tab =>
        {
            await SitePages.English.Named(page).OpenAsync(tab);
            var report = await AxeAudit.RunAsync(tab, page);
            output.WriteLine(report.Describe());
            Assert.True(report.SeriousOrCritical.Count == 0, report.Describe());
        }, AuditOptions);

    /// <summary>Guards the audit itself: a page with known faults must be reported, so "zero violations" means something.</summary>
    [AxeTheory]
    [MemberData(nameof(DesktopOnly))]
    public Task AxeAudit_OnAPageWithKnownFaults_ReportsThem(string viewport) =>
        TabRunner.RunAsync(site, output, viewport, "axe-self-test", async tab =>
        {
            await tab.GoAsync("/");
            await tab.Page.SetContentAsync("""
                <!DOCTYPE html><html><head><title>Faulty</title></head>
                <body><main><img src="/site.css"><p style="color:#eee;background:#fff">Hard to read</p><input type="text"></main></body></html>
                """);
            var report = await AxeAudit.RunAsync(tab, "self-test");
            output.WriteLine(report.Describe());
            var ids = report.Violations.Select(v => v.Id).ToList();
            Assert.Contains("image-alt", ids);
            Assert.Contains("color-contrast", ids);
            Assert.Contains("label", ids);
            Assert.NotEmpty(report.SeriousOrCritical);
        }, AuditOptions);

    public static TheoryData<string> DesktopOnly => new(Viewport.Desktop.Name);

    public static TheoryData<string, string> Pages => SitePages.English.AllWithViewports();
}
