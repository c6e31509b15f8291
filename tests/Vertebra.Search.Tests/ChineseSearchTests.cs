using System.Globalization;
using Xunit.Abstractions;

namespace Vertebra.Search.Tests;

/// <summary>Issue 15: Chinese text is indexed with a Chinese analyser and Chinese questions are answered from it.</summary>
public sealed class ChineseSearchTests(ITestOutputHelper output) : IDisposable
{
    private readonly SearchIndex index = ChineseCorpus.CreateIndex();

    public void Dispose() => index.Dispose();

    [Fact]
    public void OwnChineseQueries_RecallAtThreeAndMrr_MeetTargets()
    {
        double found = 0, reciprocal = 0;
        var answerer = new QuestionAnswerer(index);
        foreach (var (query, expected) in ChineseCorpus.Queries)
        {
            var ids = answerer.Ask(query, 10).Answers.Select(a => a.Id).ToList();
            var rank = ids.FindIndex(expected.Contains);
            found += rank is >= 0 and < 3 ? 1 : 0;
            reciprocal += rank >= 0 ? 1.0 / (rank + 1) : 0;
            if (rank is < 0 or >= 3)
            {
                output.WriteLine($"miss: {query} -> {string.Join(", ", ids.Take(3))}");
            }
        }

        var recall = found / ChineseCorpus.Queries.Count;
        var mrr = reciprocal / ChineseCorpus.Queries.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ChineseCorpus.Queries.Count} queries: recall@3 {recall:F2}, MRR {mrr:F2}"));
        Assert.True(recall >= 0.9 && mrr >= 0.8, string.Create(CultureInfo.InvariantCulture, $"recall@3 {recall:F2} (target 0.90), MRR {mrr:F2} (target 0.80)"));
    }

    [Fact]
    public void Ask_MassageQuestion_AnswersFromTheMassageSectionWithItsPassageAndSource()
    {
        var result = new QuestionAnswerer(index).Ask("按摩能把突出的腰椎间盘推回去吗");

        Assert.Equal("zh", result.Interpretation.Language);
        Assert.Null(result.Interpretation.EmptyReason);
        var first = result.Answers[0];
        Assert.Equal("zh-massage#what", first.Id);
        Assert.Equal("Vertebra", first.Source);
        Assert.Equal("/zh/articles/zh-massage/what", first.Url);
        Assert.Contains("<mark>", first.Snippet, StringComparison.Ordinal);
        Assert.Contains("推回去", first.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ChineseWords_FindTheChineseMassageArticleFirst()
    {
        var results = index.Search("腰椎间盘突出 推拿");

        Assert.NotEmpty(results.Hits);
        Assert.StartsWith("zh-massage#", results.Hits[0].Id, StringComparison.Ordinal);
        Assert.All(results.Hits, h => Assert.StartsWith("zh-", h.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_EnglishWords_DoNotFindChineseText_AndChineseWordsDoNotFindEnglishText()
    {
        Assert.DoesNotContain(index.Search("herniated disc").Hits, h => h.Id.StartsWith("zh-", StringComparison.Ordinal));
        Assert.All(index.Search("坐骨神经痛").Hits, h => Assert.StartsWith("zh-", h.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_LayShortName_IsWidenedWithTheMedicalName()
    {
        var results = index.Search("腰突");

        var expansion = Assert.Single(results.Interpretation.Expansions);
        Assert.Equal("腰突", expansion.Matched);
        Assert.Equal("腰椎间盘突出症", expansion.Preferred);
        Assert.NotEmpty(results.Hits);
    }

    [Theory]
    [InlineData("腰锥间盘突出", "腰锥", "腰椎")]
    [InlineData("座骨神经痛", "座骨神经", "坐骨神经")]
    [InlineData("脊柱测弯", "脊柱测弯", "脊柱侧弯")]
    public void Search_CommonWrongCharacters_AreCorrectedAndReported(string query, string from, string to)
    {
        var results = index.Search(query);

        Assert.Contains(results.Interpretation.Corrections, c => c.From == from && c.To == to);
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public void Search_WordTheSegmenterDoesNotKnow_IsFoundByCharacterPairs()
    {
        // SmartCn cuts 脊髓栓系 into 脊髓 / 栓 / 系; the character pair 栓系 still finds the section.
        var results = index.Search("栓系");

        Assert.Equal("zh-tethered#what", results.Hits[0].Id);
    }

    [Fact]
    public void Ask_OnlyQuestionWords_SaysInChineseThatThereIsNothingToSearch()
    {
        var result = new QuestionAnswerer(index).Ask("请问怎么办吗？");

        Assert.Empty(result.Answers);
        Assert.NotNull(result.Interpretation.EmptyReason);
        Assert.Contains("搜索", result.Interpretation.EmptyReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_QuestionWords_AreDroppedOnlyAsWholeWords()
    {
        var core = new QuestionAnswerer(index).Ask("吗啡能止痛吗").Interpretation.CoreQuestion;

        Assert.Contains("吗啡", core, StringComparison.Ordinal);
        Assert.False(core.EndsWith('吗'), core);
    }

    [Fact]
    public void Grouped_ChineseSearch_GroupsSectionsByArticle()
    {
        var groups = index.SearchGrouped("推拿");

        Assert.Contains(groups.Groups, g => g.SourceKey == "zh-massage");
    }
}
