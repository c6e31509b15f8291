using System.Collections;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.TestHost;
using Vertebra.Settings;
using Vertebra.Tests.Shared;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Tests;

/// <summary>The symptom guide driven through real form posts, as a browser without JavaScript would.</summary>
public sealed class GuidePageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    /// <summary>An adult with a few days of ordinary back pain who answers every warning sign "no".</summary>
    internal static readonly Dictionary<string, string> Calm = new(StringComparer.Ordinal)
    {
        ["back_pain"] = "true", ["thoracic_pain"] = "false", ["neck_pain"] = "false", ["leg_pain"] = "none", ["arm_pain"] = "false",
        ["chest_or_abdominal_pain"] = "false", ["age"] = "35", ["sex"] = "female", ["bladder_or_bowel_change"] = "false",
        ["saddle_numbness"] = "false", ["weakness"] = "none", ["numbness"] = "false", ["gait_or_hand_clumsiness"] = "false",
        ["sexual_dysfunction_new"] = "false", ["onset_days"] = "5", ["pain_score"] = "3", ["major_trauma"] = "false",
        ["recent_spinal_procedure"] = "false", ["fever"] = "false", ["cancer_history"] = "false", ["weight_loss"] = "false",
        ["night_pain"] = "false", ["iv_drug_use_or_immunosuppressed"] = "false", ["minor_trauma_with_osteoporosis"] = "false",
        ["long_term_steroids"] = "false", ["inflammatory_pattern"] = "false", ["pregnant"] = "false",
        ["diagnosis"] = "nonspecific_back_pain", ["conservative_care_weeks"] = "0", ["requested_treatment"] = "none",
    };

    [Fact]
    public async Task Guide_FirstPage_AsksWherePainIs_ShowsStep1Of6_AndPreselectsNothing()
    {
        var html = await site.Client.GetStringAsync("/guide");
        Assert.Contains("Step 1 of 6", html, StringComparison.Ordinal);
        Assert.Contains("Where you feel it", html, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(html);
        var shown = document.QuerySelector("input[name=shown]")!.GetAttribute("value")!.Split(',');
        Assert.Equal("back_pain", shown[0]);
        Assert.Contains("chest_or_abdominal_pain", shown);
        Assert.Empty(document.QuerySelectorAll("input[type=radio][checked]"));
    }

    [Fact]
    public async Task Guide_SaddleNumbness_EndsOnEmergencyResult_WithCallLinkAndNoNotFinalFlag()
    {
        var walker = await GuideWalker.StartAsync(site.Client);
        var result = await walker.AnswerUntilResultAsync(With(Calm, ("saddle_numbness", "true")));
        Assert.Contains("Go to an emergency department now", result, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:999\"", result, StringComparison.Ordinal);
        Assert.Contains("Call 999", result, StringComparison.Ordinal);
        Assert.Contains("nearest emergency department", result, StringComparison.Ordinal);
        Assert.Contains("What to tell them", result, StringComparison.Ordinal);
        Assert.Contains("Your answers", result, StringComparison.Ordinal);
        Assert.DoesNotContain("not final", result, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("not complete", result, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/articles/cauda-equina-syndrome-warning-signs", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_MildRecentBackPain_EndsOnSelfCare_WithTitledSourceLinksAndNoRawIds()
    {
        var walker = await GuideWalker.StartAsync(site.Client);
        var result = await walker.AnswerUntilResultAsync(Calm);
        Assert.Contains("You can look after this yourself", result, StringComparison.Ordinal);
        Assert.Contains("What to do, and what to watch for", result, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"sources-title\">Sources</h2>", result, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(result);
        var sourceLinks = document.QuerySelectorAll("ul.sources a").ToList();
        Assert.NotEmpty(sourceLinks);
        Assert.All(sourceLinks, a => Assert.StartsWith("https://", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.All(sourceLinks, a => Assert.DoesNotContain("http", a.TextContent, StringComparison.Ordinal));
        var text = document.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("urn:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
        Assert.DoesNotContain("contraindicated", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Not yet clinically reviewed", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_EveryWarningSignNotSure_NeverReassures_AndNamesTheSigns()
    {
        var walker = await GuideWalker.StartAsync(site.Client);
        var answers = Calm.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var fact in new[] { "thoracic_pain", "leg_pain", "chest_or_abdominal_pain", "bladder_or_bowel_change", "saddle_numbness", "weakness", "numbness", "gait_or_hand_clumsiness", "sexual_dysfunction_new", "major_trauma", "recent_spinal_procedure", "fever", "cancer_history", "weight_loss", "night_pain", "iv_drug_use_or_immunosuppressed", "minor_trauma_with_osteoporosis" })
        {
            answers[fact] = "unsure";
        }

        var result = await walker.AnswerUntilResultAsync(answers);
        Assert.DoesNotContain("You can look after this yourself", result, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"todo-title\">See a doctor today</h2>", result, StringComparison.Ordinal);
        Assert.Contains("Warning signs you were not sure about", result, StringComparison.Ordinal);
        Assert.Contains("new numbness or tingling around your bottom", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_UnansweredWarningSign_IsAskedAgainWithAMessageNamingIt()
    {
        var walker = await GuideWalker.StartAsync(site.Client);
        var answers = new Dictionary<string, string>(Calm, StringComparer.Ordinal);
        answers.Remove("chest_or_abdominal_pain");
        await walker.SubmitAsync(answers, "next");
        Assert.Contains("Step 1 of 6", walker.Html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", walker.Html, StringComparison.Ordinal);
        Assert.Contains("chest or tummy pain", walker.Html, StringComparison.Ordinal);
        Assert.Contains("q.chest_or_abdominal_pain", walker.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_ShowMyAnswerNow_FirstAsksEveryEmergencySignNotYetAnswered()
    {
        var walker = await GuideWalker.StartAsync(site.Client);
        await walker.SubmitAsync(Calm, "next");
        await walker.SubmitAsync(Calm, "finish");
        Assert.DoesNotContain("Your guidance", walker.Html, StringComparison.Ordinal);
        Assert.Contains("Warning signs you have not answered", walker.Html, StringComparison.Ordinal);
        Assert.Contains("new numbness around your bottom or genitals", walker.Html, StringComparison.Ordinal);
        Assert.Contains("q.saddle_numbness", walker.Html, StringComparison.Ordinal);
        await walker.SubmitAsync(Calm, "next");
        Assert.Contains("<h1>Your guidance</h1>", walker.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_AsksSexBeforePregnancy_AndSkipsPregnancyForMen()
    {
        var walker = await GuideWalker.StartAsync(site.Client);
        var askedOrder = new List<string>();
        var male = With(Calm, ("sex", "male"));
        for (var i = 0; i < 10 && !walker.Html.Contains("<h1>Your guidance</h1>", StringComparison.Ordinal); i++)
        {
            askedOrder.AddRange(walker.ShownFacts());
            await walker.SubmitAsync(male, "next");
        }

        Assert.Contains("sex", askedOrder);
        Assert.DoesNotContain("pregnant", askedOrder);

        walker = await GuideWalker.StartAsync(site.Client);
        askedOrder.Clear();
        for (var i = 0; i < 10 && !walker.Html.Contains("<h1>Your guidance</h1>", StringComparison.Ordinal); i++)
        {
            askedOrder.AddRange(walker.ShownFacts());
            await walker.SubmitAsync(Calm, "next");
        }

        Assert.True(askedOrder.IndexOf("sex") < askedOrder.IndexOf("pregnant"), string.Join(",", askedOrder));
        Assert.Equal("back_pain", askedOrder[0]);
    }

    [Fact]
    public async Task Guide_ImpossibleAge_AsksAgainWithAClearMessage()
    {
        var walker = await GuideWalker.StartAsync(site.Client);
        await walker.SubmitAsync(Calm, "next");
        Assert.Contains("q.age", walker.Html, StringComparison.Ordinal);
        await walker.SubmitAsync(With(Calm, ("age", "500")), "next");
        Assert.Contains("role=\"alert\"", walker.Html, StringComparison.Ordinal);
        Assert.Contains("from 0 to 120", walker.Html, StringComparison.Ordinal);
        Assert.Contains("q.age", walker.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_DownloadMyAnswers_GivesAPlainTextSummary_AndStoresNothing()
    {
        var walker = await GuideWalker.StartAsync(site.Client);
        await walker.AnswerUntilResultAsync(With(Calm, ("saddle_numbness", "true")));
        var text = await walker.SubmitForTextAsync("download");
        Assert.Contains("Go to an emergency department now", text, StringComparison.Ordinal);
        Assert.Contains("New numbness or tingling around your bottom", text, StringComparison.Ordinal);
        Assert.Contains("Do you have pain in your lower back? Yes", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_ConfiguredEmergencyNumber_IsTheCallLink()
    {
        var data = Path.Combine(Path.GetTempPath(), "vertebra-number-" + Guid.NewGuid().ToString("N"));
        await using var app = await SiteFixture.StartAsync(new VertebraWebOptions { DataDirectory = data, ContentDirectory = RepositoryPaths.Content, EmergencyNumber = "112" });
        using var client = app.GetTestClient();
        var walker = await GuideWalker.StartAsync(client);
        var result = await walker.AnswerUntilResultAsync(With(Calm, ("chest_or_abdominal_pain", "true")));
        Assert.Contains("href=\"tel:112\"", result, StringComparison.Ordinal);
        Assert.Contains("Call 112", result, StringComparison.Ordinal);
        Assert.DoesNotContain("tel:999", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlePage_RendersItsWarningSignsFromTheEnginesData()
    {
        var html = await site.Client.GetStringAsync("/articles/sciatica");
        Assert.DoesNotContain("{warning-signs", html, StringComparison.Ordinal);
        Assert.Contains("Call 999 or go to the nearest emergency department now if you have:", html, StringComparison.Ordinal);
        Assert.Contains("new pain, tingling, numbness or weakness in both legs", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "999")]
    [InlineData("112", "112")]
    [InlineData("+44 999", "+44 999")]
    public void EmergencyNumberSetting_ReadsAValidNumber(string? value, string expected) =>
        Assert.Equal(expected, new VertebraOptions { EmergencyNumber = value }.CheckedEmergencyNumber);

    [Fact]
    public void EmergencyNumberSetting_RejectsSomethingThatIsNotANumber()
    {
        var ex = Assert.Throws<VertebraSettingException>(() => new VertebraOptions { EmergencyNumber = "call us" }.CheckedEmergencyNumber);
        Assert.Contains(VertebraOptions.Variable(nameof(VertebraOptions.EmergencyNumber)), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmergencyNumberSetting_FromTheEnvironment_StopsStartUpWhenItIsNotANumber()
    {
        var settings = VertebraOptions.Bind([], new Hashtable { [VertebraOptions.Variable(nameof(VertebraOptions.EmergencyNumber))] = "call us" }).Value;

        var ex = Assert.Throws<VertebraSettingException>(() => VertebraWebOptions.From(settings));
        Assert.Contains("2 to 15 digits", ex.Message, StringComparison.Ordinal);
    }

    internal static Dictionary<string, string> With(Dictionary<string, string> answers, params (string Fact, string Value)[] changes)
    {
        var copy = new Dictionary<string, string>(answers, StringComparer.Ordinal);
        foreach (var (fact, value) in changes)
        {
            copy[fact] = value;
        }

        return copy;
    }

    /// <summary>Walks the guide as a browser without JavaScript would; <c>path</c> and <c>resultHeading</c> for the Chinese edition.</summary>
    internal sealed class GuideWalker
    {
        private readonly HttpClient _client;
        private readonly string _cookie;
        private readonly string _path;
        private readonly string _resultHeading;

        private GuideWalker(HttpClient client, string cookie, string html, string path, string resultHeading)
        {
            _client = client;
            _cookie = cookie;
            Html = html;
            _path = path;
            _resultHeading = resultHeading;
        }

        public string Html { get; private set; }

        public static async Task<GuideWalker> StartAsync(HttpClient client, string path = "/guide", string resultHeading = "<h1>Your guidance</h1>")
        {
            using var response = await client.GetAsync(path);
            var cookie = response.Headers.TryGetValues("Set-Cookie", out var values) ? string.Join("; ", values.Select(v => v.Split(';')[0])) : string.Empty;
            return new GuideWalker(client, cookie, await response.Content.ReadAsStringAsync(), path, resultHeading);
        }

        public IReadOnlyList<string> ShownFacts() =>
            (new HtmlParser().ParseDocument(Html).QuerySelector("input[name=shown]")?.GetAttribute("value") ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries);

        public async Task<string> AnswerUntilResultAsync(IReadOnlyDictionary<string, string> answers)
        {
            for (var step = 0; step < 12 && !Html.Contains(_resultHeading, StringComparison.Ordinal); step++)
            {
                await SubmitAsync(answers, "next");
            }

            Assert.Contains(_resultHeading, Html, StringComparison.Ordinal);
            return Html;
        }

        /// <summary>Fills the shown questions with the given answers (others left unanswered) and presses a button.</summary>
        public async Task SubmitAsync(IReadOnlyDictionary<string, string> answers, string action)
        {
            using var response = await PostAsync(answers, action);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Html = await response.Content.ReadAsStringAsync();
        }

        public async Task<string> SubmitForTextAsync(string action)
        {
            using var response = await PostAsync(new Dictionary<string, string>(), action);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            return await response.Content.ReadAsStringAsync();
        }

        private async Task<HttpResponseMessage> PostAsync(IReadOnlyDictionary<string, string> answers, string action)
        {
            var document = new HtmlParser().ParseDocument(Html);
            var form = document.QuerySelectorAll("form").OfType<IHtmlFormElement>().Last();
            var fields = new List<KeyValuePair<string, string>>();
            foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
            {
                fields.Add(new(input.Name!, input.Value));
            }

            foreach (var name in form.QuerySelectorAll("input[name^='q.']").OfType<IHtmlInputElement>().Select(i => i.Name!).Distinct())
            {
                if (answers.TryGetValue(name[2..], out var value))
                {
                    fields.Add(new(name, value));
                }
            }

            fields.Add(new("action", action));
            using var request = new HttpRequestMessage(HttpMethod.Post, _path) { Content = new FormUrlEncodedContent(fields) };
            if (_cookie.Length > 0)
            {
                request.Headers.Add("Cookie", _cookie);
            }

            return await _client.SendAsync(request);
        }
    }
}
