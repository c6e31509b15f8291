namespace Vertebra.Search.Tests;

public sealed class SynonymTests
{
    [Theory]
    [InlineData("slipped disc treatment", "herniated disc")]
    [InlineData("what is a disc protrusion", "herniated disc")]
    [InlineData("LDH surgery", "lumbar disc herniation")]
    [InlineData("does tuina help", "massage")]
    [InlineData("is bone setting safe", "spinal manipulation")]
    [InlineData("my hunchback is getting worse", "kyphosis")]
    [InlineData("cerebellar tonsillar herniation in adults", "chiari malformation")]
    [InlineData("lumbago after lifting", "low back pain")]
    [InlineData("pain from a slipped disk", "herniated disc")]
    public void Ask_LayTerm_IsExpandedAndReported(string question, string preferred)
    {
        using var index = TestCorpus.CreateIndex();
        var result = new QuestionAnswerer(index).Ask(question);

        Assert.Contains(result.Interpretation.Expansions, e => e.Preferred == preferred);
        Assert.Contains(preferred, result.Interpretation.AlsoSearchedFor, StringComparison.Ordinal);

        // The lay words are searched as typed, only widened: nothing was replaced, so no "showing results for".
        Assert.Null(result.Interpretation.ShowingResultsFor);
    }

    [Theory]
    [InlineData("what is sciatica")]
    [InlineData("Herniated Disc treatment")]
    public void Ask_PreferredNameTyped_IsWidenedWithoutShowingResultsForTheSameWords(string question)
    {
        using var index = TestCorpus.CreateIndex();
        var interpretation = new QuestionAnswerer(index).Ask(question).Interpretation;

        Assert.NotEmpty(interpretation.Expansions);
        Assert.Null(interpretation.ShowingResultsFor);
        Assert.Null(interpretation.AlsoSearchedFor);
    }

    [Fact]
    public void Ask_MisspeltPreferredName_ShowsResultsForTheRightSpelling()
    {
        using var index = TestCorpus.CreateIndex();
        var interpretation = new QuestionAnswerer(index).Ask("siatica symptoms").Interpretation;

        Assert.Equal("Showing results for sciatica", interpretation.ShowingResultsFor);
        Assert.Null(interpretation.AlsoSearchedFor);
    }

    [Fact]
    public void Ask_PreferredAndLayNameTogether_NamesOnlyTheWidenedOne_AndReplacesNothing()
    {
        using var index = TestCorpus.CreateIndex();
        var interpretation = new QuestionAnswerer(index).Ask("can massage push my slipped disc back?").Interpretation;

        Assert.Null(interpretation.ShowingResultsFor);
        Assert.Equal("We also looked for: herniated disc", interpretation.AlsoSearchedFor);
    }

    [Fact]
    public void Ask_ShortAbbreviationInLowerCase_IsNotExpanded()
    {
        using var index = TestCorpus.CreateIndex();
        var interpretation = new QuestionAnswerer(index).Ask("we ed the meds").Interpretation;

        Assert.DoesNotContain(interpretation.Expansions, e => e.Preferred == "erectile dysfunction");
    }

    [Fact]
    public void Ask_ShortAbbreviationInCapitals_IsExpanded()
    {
        using var index = TestCorpus.CreateIndex();
        var interpretation = new QuestionAnswerer(index).Ask("can ibuprofen cause ED").Interpretation;

        Assert.Contains(interpretation.Expansions, e => e.Preferred == "erectile dysfunction");
    }

    [Fact]
    public void Default_Knowledge_LoadsManyGroups()
    {
        Assert.True(QueryKnowledge.Default.Synonyms.GroupCount > 150);
        Assert.Equal("SIDE_EFFECT", QueryKnowledge.Default.LiveQaLabel("side effects"));
    }
}
