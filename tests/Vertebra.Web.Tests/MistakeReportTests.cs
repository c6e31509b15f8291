using Microsoft.AspNetCore.TestHost;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Storage.Editorial;
using Vertebra.Tests.Shared;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Tests;

/// <summary>"Is something wrong or unclear on this page?": the reader's side and the editors' dashboard.</summary>
public sealed class MistakeReportTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly HtmlParser Parser = new();

    private static Dictionary<string, string> Report(string text, string kind = "wrong") => new() { ["Kind"] = kind, ["Text"] = text };

    [Fact]
    public async Task EveryArticlePage_OffersTheReportForm()
    {
        foreach (var slug in new[] { "sciatica", "scoliosis", "endoscopic-discectomy" })
        {
            var page = Parser.ParseDocument(await site.Client.GetStringAsync("/articles/" + slug));
            var section = page.QuerySelector("section.report-mistake")!;
            Assert.Contains("Is something wrong or unclear on this page?", section.TextContent, StringComparison.Ordinal);
            Assert.Equal($"/articles/{slug}/report", section.QuerySelector("a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task ReportForm_AsksForNoPersonalDataAndCarriesAnAntiForgeryToken()
    {
        using var response = await site.Client.GetAsync("/articles/sciatica/report");
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        var form = page.QuerySelector("form[method='post']")!;

        Assert.True(response.Headers.CacheControl?.NoStore, "a page with a form token must never be stored");
        Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        var fields = form.QuerySelectorAll("input, textarea, select")
            .Where(f => f.GetAttribute("type") is not ("hidden" or "radio"))
            .Select(f => f.GetAttribute("name"))
            .ToList();
        Assert.Equal(["Text"], fields);
        Assert.Empty(form.QuerySelectorAll("input[type='email'], input[type='tel']"));
    }

    [Fact]
    public async Task ValidReport_LandsOnTheEditorDashboardWithTheArticleAndVersion()
    {
        using var sent = await FormPoster.PostFormAsync(site.Client, "/articles/scoliosis/report", Report("The brace section does not say how many hours a day."));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("sent=True", sent.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);

        using var editor = await EditorSession.SignInAsync(site, "reports-editor", EditorRole.Editor);
        var dashboard = Parser.ParseDocument(await editor.Client.GetStringAsync("/editor"));
        var row = dashboard.QuerySelectorAll("table.reports tr").Single(r => r.TextContent.Contains("how many hours a day", StringComparison.Ordinal));
        Assert.Contains(row.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/articles/scoliosis");
        Assert.Contains("bundled text", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Something is wrong", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportOnAnEditedArticle_KeepsTheRevisionTheReaderSaw()
    {
        var store = site.Services.GetRequiredService<IEditorialStore>();
        var revision = await store.SaveRevisionAsync("cervical-spondylosis", "Cervical spondylosis", "text", "Dr Test", DateTimeOffset.UnixEpoch, "test", EditorialStates.Published);
        await store.SignOffAsync("cervical-spondylosis", revision, "Dr Test", new DateOnly(2026, 12, 1), new AuditEntry(DateTimeOffset.UnixEpoch, "Dr Test", "signed off", "cervical-spondylosis", "test"));

        var form = Parser.ParseDocument(await site.Client.GetStringAsync("/articles/cervical-spondylosis/report"));
        Assert.Equal(revision.ToString(System.Globalization.CultureInfo.InvariantCulture), form.QuerySelector("input[name='Revision']")?.GetAttribute("value"));

        var fields = Report("The word spondylosis is not explained.", "unclear");
        fields["Revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var sent = await FormPoster.PostFormAsync(site.Client, "/articles/cervical-spondylosis/report", fields);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var report = (await store.ListOpenMistakeReportsAsync(100)).Single(r => r.Text == "The word spondylosis is not explained.");
        Assert.Equal(revision, report.Revision);
        Assert.Equal(MistakeReport.Unclear, report.Kind);
    }

    [Fact]
    public async Task ReportWithoutAntiForgeryToken_IsRefusedAndNotKept()
    {
        using var response = await FormPoster.PostFormAsync(site.Client, "/articles/sciatica/report", Report("Forged report text here."), includeToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var store = site.Services.GetRequiredService<IEditorialStore>();
        Assert.DoesNotContain(await store.ListOpenMistakeReportsAsync(100), r => r.Text.Contains("Forged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EmptyReport_ShowsAPlainErrorAndKeepsNothing()
    {
        using var response = await FormPoster.PostFormAsync(site.Client, "/articles/sciatica/report", Report(""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Please tell us in a few words", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditorClosesAReport_ItLeavesTheDashboardAndTheAuditLogSaysWho()
    {
        using var sent = await FormPoster.PostFormAsync(site.Client, "/articles/sciatica/report", Report("A report to be dealt with."));
        var store = site.Services.GetRequiredService<IEditorialStore>();
        var report = (await store.ListOpenMistakeReportsAsync(100)).Single(r => r.Text == "A report to be dealt with.");

        using var editor = await EditorSession.SignInAsync(site, "closing-editor", EditorRole.Editor);
        using var closed = await editor.PostFormAsync("/editor", new() { ["id"] = report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/editor?handler=CloseReport");

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.DoesNotContain(await store.ListOpenMistakeReportsAsync(100), r => r.Id == report.Id);
        Assert.Contains(await store.ListAuditAsync(50), a => a.Action == "close-mistake-report" && a.Actor == "Dr closing-editor");
    }

    [Fact]
    public async Task ManyReportsFromOneAddress_AreRateLimited()
    {
        var data = Path.Combine(Path.GetTempPath(), "vertebra-report-limit-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var app = await SiteFixture.StartAsync(new VertebraWebOptions
            {
                DataDirectory = data,
                ContentDirectory = RepositoryPaths.Content,
                MistakeReportsPerAddress = 2,
            });
            var server = app.GetTestServer();
            using var client = new HttpClient(new CookieHandler(server.CreateHandler())) { BaseAddress = server.BaseAddress };

            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 3; i++)
            {
                using var response = await FormPoster.PostFormAsync(client, "/articles/sciatica/report", Report($"Report number {i} of three."));
                statuses.Add(response.StatusCode);
            }

            Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
            using var form = await client.GetAsync("/articles/sciatica/report");
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
            var kept = await app.Services.GetRequiredService<IEditorialStore>().ListOpenMistakeReportsAsync(10);
            Assert.Equal(2, kept.Count);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
