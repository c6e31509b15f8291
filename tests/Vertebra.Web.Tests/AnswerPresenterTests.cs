using Microsoft.Extensions.DependencyInjection;
using Vertebra.Search;
using Vertebra.Web.Answers;

namespace Vertebra.Web.Tests;

/// <summary>What a person reads first on /ask: an answer with text, our articles' direct answer and cautions, lists kept.</summary>
public sealed class AnswerPresenterTests(SemanticSiteFixture site) : IClassFixture<SemanticSiteFixture>
{
    private static RankedAnswer Pair(string id, string answer) =>
        new(id, $"What is (are) {id} ?", answer, "", "ADAM", "https://medlineplus.gov/" + id, id, "information", 1);

    private static AnswerResult Result(params RankedAnswer[] answers) => new(answers, new QueryInterpretation { Text = "q", CoreQuestion = "q" });

    [Fact]
    public void Site_AsShipped_AnswersByWordsAndMeaning()
    {
        Assert.Equal(AnswerMode.Hybrid, site.Services.GetRequiredService<QuestionAnswerer>().Mode);
        Assert.True(site.Services.GetRequiredService<SearchIndex>().VectorCount > 0);
    }

    [Fact]
    public async Task Present_QuestionOnlyPairRankedFirst_IsListedAmongTheOthers_AndTheFirstAnswerHasText()
    {
        var presenter = site.Services.GetRequiredService<AnswerPresenter>();

        var (first, others) = await presenter.PresentAsync(Result(Pair("withheld", ""), Pair("told", "Some text.")), default);

        Assert.NotNull(first);
        Assert.Equal("told", first.Answer.Id);
        Assert.Equal(["withheld"], others.Select(o => o.Id));
    }

    private static RankedAnswer Ours(string id, string url) => new(id, id, "Text.", "", "Vertebra", url, id, "information", 1);

    [Fact]
    public async Task Present_WhenToGetHelpSection_ListsTheWarningSignsWithWhatToDo_NotTheMarker()
    {
        var presenter = site.Services.GetRequiredService<AnswerPresenter>();

        var (first, _) = await presenter.PresentAsync(Result(Ours("sciatica-help", "/articles/sciatica#when-to-get-help")), default);

        Assert.NotNull(first);
        Assert.Equal("When to get help", first.SectionTitle);
        Assert.DoesNotContain("{warning-signs", first.SectionHtml, StringComparison.Ordinal);
        Assert.Contains("emergency department now", first.SectionHtml, StringComparison.Ordinal);
        Assert.Contains("<li>", first.SectionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void OnePerPlace_SectionsOfTheFirstArticle_AreNotListedAgain_AndEachOtherArticleOnce()
    {
        var first = Ours("massage", "/articles/massage");
        RankedAnswer[] answers =
        [
            first, Ours("massage-safely", "/articles/massage#how-to-have-massage-safely"), Ours("sciatica", "/articles/sciatica"),
            Ours("sciatica-help", "/articles/sciatica#when-to-get-help"), Pair("told", "Some text."),
        ];

        var others = AnswerPresenter.OnePerPlace(answers, first);

        Assert.Equal(["sciatica", "told"], others.Select(o => o.Id));
    }

    [Fact]
    public void OnePerPlace_OurArticlesFillTheList_TheBestOutsideAnswerTakesTheLastPlace()
    {
        var articles = Enumerable.Range(0, 8).Select(i => Ours("a" + i, "/articles/a" + i)).ToList();
        RankedAnswer[] answers = [.. articles, Pair("nih-1", "Text."), Pair("nih-2", "Text.")];

        var others = AnswerPresenter.OnePerPlace(answers, articles[0]);

        Assert.Equal(["a1", "a2", "a3", "nih-1"], others.Select(o => o.Id));
    }

    [Fact]
    public void OnePerPlace_ManyPlaces_ListsAtMostMaxOthers()
    {
        var answers = Enumerable.Range(0, 10).Select(i => Pair("p" + i, "Text.")).ToList();

        Assert.Equal(AnswerPresenter.MaxOthers, AnswerPresenter.OnePerPlace(answers, answers[0]).Count);
    }

    [Fact]
    public async Task Present_NoAnswerHasText_ShowsNoFirstAnswer_OnlyLinks()
    {
        var presenter = site.Services.GetRequiredService<AnswerPresenter>();

        var (first, others) = await presenter.PresentAsync(Result(Pair("a", ""), Pair("b", "")), default);

        Assert.Null(first);
        Assert.Equal(2, others.Count);
    }

    [Fact]
    public void Blocks_MedQuadListsOnOneLine_BecomeListItems()
    {
        var blocks = AnswerText.Blocks("Key Points\n- First point. - Second point.\n- Third point.\nAfter the list.");

        Assert.Equal("Key Points", blocks[0].Paragraph);
        Assert.True(blocks[1].IsList);
        Assert.Equal(["First point.", "Second point.", "Third point."], blocks[1].Items);
        Assert.Equal("After the list.", blocks[2].Paragraph);
    }

    [Fact]
    public async Task Ask_CanMassageHelpASlippedDisc_LeadsWithTheArticlesDirectAnswerAndCautions()
    {
        var html = await site.Client.GetStringAsync("/ask?q=" + Uri.EscapeDataString("can massage help a slipped disc"));
        var answer = html[html.IndexOf("<section class=\"answer\"", StringComparison.Ordinal)..];
        answer = answer[..answer.IndexOf("</section>", StringComparison.Ordinal)];

        Assert.Contains("direct-answer", answer, StringComparison.Ordinal);
        Assert.Contains("It cannot put a herniated disc back or heal it.", answer, StringComparison.Ordinal);
        Assert.Contains("Do not have massage in the acute stage.", answer, StringComparison.Ordinal);
        Assert.Contains("<li>", answer, StringComparison.Ordinal);

        // "slipped disc" is searched as typed, only widened: no "Showing results for".
        Assert.DoesNotContain("Showing results for", html, StringComparison.Ordinal);
        Assert.Contains("We also looked for: herniated disc", html, StringComparison.Ordinal);
    }
}
