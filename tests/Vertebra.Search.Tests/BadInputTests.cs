namespace Vertebra.Search.Tests;

public sealed class BadInputTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Ask_EmptyInput_GivesEmptyResultWithReason(string? question)
    {
        using var index = TestCorpus.CreateIndex();
        var result = new QuestionAnswerer(index).Ask(question);

        Assert.Empty(result.Answers);
        Assert.False(string.IsNullOrWhiteSpace(result.EmptyReason));
    }

    [Theory]
    [InlineData("?!?!")]
    [InlineData("the and of")]
    public void Ask_NoSearchableWords_GivesEmptyResultWithReason(string question)
    {
        using var index = TestCorpus.CreateIndex();
        var result = new QuestionAnswerer(index).Ask(question);

        Assert.Empty(result.Answers);
        Assert.NotNull(result.EmptyReason);
    }

    [Fact]
    public void Ask_VeryLongInput_IsCutAndFlagged()
    {
        using var index = TestCorpus.CreateIndex();
        var question = "What causes sciatica? " + string.Concat(Enumerable.Repeat("My back hurts a lot. ", 300));
        var result = new QuestionAnswerer(index).Ask(question);

        Assert.True(result.Truncated);
        Assert.Equal(2000, result.Interpretation.Text.Length);
        Assert.NotEmpty(result.Answers);
    }

    [Fact]
    public void Search_EmptyQuery_GivesEmptyResultsWithReason()
    {
        using var index = TestCorpus.CreateIndex();
        var results = index.Search("  ");

        Assert.Empty(results.Hits);
        Assert.NotNull(results.Interpretation.EmptyReason);
    }

    [Fact]
    public void Ask_NoMatch_GivesEmptyResultWithReason()
    {
        using var index = TestCorpus.CreateIndex();
        var result = new QuestionAnswerer(index).Ask("xylophone quartet");

        Assert.Empty(result.Answers);
        Assert.NotNull(result.EmptyReason);
    }

    [Fact]
    public void Ask_OnEmptyIndex_GivesEmptyResult()
    {
        using var index = SearchIndex.CreateInMemory();
        var result = new QuestionAnswerer(index).Ask("what causes sciatica");

        Assert.Empty(result.Answers);
    }
}
