using Vertebra.Browser.Tests.Infrastructure;
using Vertebra.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Vertebra.Browser.Tests.Accessibility;

/// <summary>axe-core on every Chinese page type (/zh/...): no serious or critical accessibility violation.</summary>
[Collection(ChineseSiteCollection.Name)]
public sealed class ChineseAccessibilityTests(ChineseSiteFixture site, ITestOutputHelper output)
{
    private static readonly TabOptions AuditOptions = new(BypassContentSecurityPolicy: true);

    [AxeTheory]
    [MemberData(nameof(Pages))]
    public Task ChinesePageType_HasNoSeriousOrCriticalAxeViolations(string page, string viewport) =>
        TabRunner.RunAsync(site, output, viewport, $"axe-{page}", async tab =>
        {
            await ChineseSitePages.Chinese.Named(page).OpenAsync(tab);
            var report = await AxeAudit.RunAsync(tab, page);
            output.WriteLine(report.Describe());
            Assert.True(report.SeriousOrCritical.Count == 0, report.Describe());
        }, AuditOptions);

    public static TheoryData<string, string> Pages => ChineseSitePages.Chinese.AllWithViewports();
}
