using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Vertebra.Web.Tests;

/// <summary>The symptom guide driven through real form posts, as a browser without JavaScript would.</summary>
public sealed class GuidePageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Guide_FirstStep_AsksTheWarningSignQuestionsExplicitly()
    {
        var html = await site.Client.GetStringAsync("/guide");
        Assert.Contains("Just to be safe", html, StringComparison.Ordinal);
        Assert.Contains("q.saddle_numbness", html, StringComparison.Ordinal);
        Assert.Contains("q.bladder_or_bowel_change", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_SaddleNumbness_EndsOnEmergencyResult()
    {
        var walker = await GuideWalker.StartAsync(site.Client);
        var result = await walker.AnswerUntilResultAsync(new Dictionary<string, string>
        {
            ["saddle_numbness"] = "true",
            ["back_pain"] = "true",
        });
        Assert.Contains("Go to an emergency department now", result, StringComparison.Ordinal);
        Assert.Contains("Why we said this", result, StringComparison.Ordinal);
        Assert.Contains("/articles/cauda-equina-syndrome-warning-signs", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_MildRecentBackPain_EndsOnSelfCareResultWithSafetyNet()
    {
        var walker = await GuideWalker.StartAsync(site.Client);
        var result = await walker.AnswerUntilResultAsync(new Dictionary<string, string>
        {
            ["back_pain"] = "true",
            ["leg_pain"] = "none",
            ["weakness"] = "none",
            ["age"] = "35",
            ["onset_days"] = "5",
            ["pain_score"] = "3",
            ["diagnosis"] = "nonspecific_back_pain",
        });
        Assert.Contains("You can look after this yourself", result, StringComparison.Ordinal);
        Assert.Contains("What to do, and what to watch for", result, StringComparison.Ordinal);
        Assert.DoesNotContain("This answer is not complete", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_Back_ReturnsToTheWarningSignQuestions()
    {
        var walker = await GuideWalker.StartAsync(site.Client);
        await walker.SubmitAsync(new Dictionary<string, string>(), "next");
        Assert.DoesNotContain("Just to be safe", walker.Html, StringComparison.Ordinal);
        await walker.SubmitAsync(new Dictionary<string, string>(), "back");
        Assert.Contains("Just to be safe", walker.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_ImpossibleAge_AsksAgainWithAClearMessage()
    {
        var walker = await GuideWalker.StartAsync(site.Client);
        await walker.SubmitAsync(new Dictionary<string, string>(), "next");
        for (var i = 0; i < 10 && !walker.Html.Contains("q.age", StringComparison.Ordinal); i++)
        {
            await walker.SubmitAsync(new Dictionary<string, string>(), "next");
        }

        Assert.Contains("q.age", walker.Html, StringComparison.Ordinal);
        await walker.SubmitAsync(new Dictionary<string, string> { ["age"] = "500" }, "next");
        Assert.Contains("role=\"alert\"", walker.Html, StringComparison.Ordinal);
        Assert.Contains("q.age", walker.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guide_Unanswered_WarningSigns_MakeTheResultProvisional()
    {
        var walker = await GuideWalker.StartAsync(site.Client);
        await walker.SubmitAsync(new Dictionary<string, string> { ["back_pain"] = "true" }, "finish", answerUnknownRedFlags: false);
        if (!walker.Html.Contains("Your guidance", StringComparison.Ordinal))
        {
            await walker.SubmitAsync(new Dictionary<string, string>(), "finish", answerUnknownRedFlags: false);
        }

        Assert.Contains("This answer is not complete", walker.Html, StringComparison.Ordinal);
    }

    private sealed class GuideWalker
    {
        private readonly HttpClient _client;
        private readonly string _cookie;

        private GuideWalker(HttpClient client, string cookie, string html)
        {
            _client = client;
            _cookie = cookie;
            Html = html;
        }

        public string Html { get; private set; }

        public static async Task<GuideWalker> StartAsync(HttpClient client)
        {
            using var response = await client.GetAsync("/guide");
            var cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(v => v.Split(';')[0]));
            return new GuideWalker(client, cookie, await response.Content.ReadAsStringAsync());
        }

        public async Task<string> AnswerUntilResultAsync(IReadOnlyDictionary<string, string> answers)
        {
            for (var step = 0; step < 20 && !Html.Contains("<h1>Your guidance</h1>", StringComparison.Ordinal); step++)
            {
                await SubmitAsync(answers, "next");
            }

            Assert.Contains("<h1>Your guidance</h1>", Html, StringComparison.Ordinal);
            return Html;
        }

        /// <summary>Fills the shown questions: the given answers; other warning signs "No"; everything else "Not sure".</summary>
        public async Task SubmitAsync(IReadOnlyDictionary<string, string> answers, string action, bool answerUnknownRedFlags = true)
        {
            var document = new HtmlParser().ParseDocument(Html);
            var form = document.QuerySelectorAll("form").OfType<IHtmlFormElement>().Last();
            var fields = new List<KeyValuePair<string, string>>();
            foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
            {
                fields.Add(new(input.Name!, input.Value));
            }

            var redFlagStep = Html.Contains("Just to be safe", StringComparison.Ordinal);
            foreach (var name in form.QuerySelectorAll("input[name^='q.']").OfType<IHtmlInputElement>().Select(i => i.Name!).Distinct())
            {
                var fact = name[2..];
                if (answers.TryGetValue(fact, out var value))
                {
                    fields.Add(new(name, value));
                }
                else if (redFlagStep && answerUnknownRedFlags)
                {
                    fields.Add(new(name, fact == "weakness" ? "none" : "false"));
                }
            }

            fields.Add(new("action", action));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/guide") { Content = new FormUrlEncodedContent(fields) };
            request.Headers.Add("Cookie", _cookie);
            using var response = await _client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Html = await response.Content.ReadAsStringAsync();
        }
    }
}
