namespace Vertebra.Search.Tests;

/// <summary>
/// Short forms written in capitals are read as written: "EDS" names Ehlers-Danlos syndrome by its initials and is not
/// the plural of "ED"; a short form a synonym lists ("AIDS") is not guessed as the initials of something else.
/// </summary>
public sealed class ShortFormTests
{
    private static SearchIndex CreateIndex()
    {
        var index = SearchIndex.CreateInMemory();
        index.Rebuild(
        [
            Pair("eds-info", "Ehlers-Danlos syndrome", "information", "Ehlers-Danlos syndrome is a group of conditions that affect the connective tissues."),
            Pair("eds-test", "Ehlers-Danlos syndrome", "exams and tests", "Genetic tests can confirm some types of Ehlers-Danlos syndrome."),
            Pair("ed-treat", "Erectile dysfunction", "treatment", "Medicines, devices and talking therapy can treat erectile dysfunction."),
            Pair("aids-syndrome", "Alopecia-intellectual disability syndrome", "information", "A rare genetic condition with hair loss and learning disability."),
            Pair("ankle-info", "Ankle injuries and disorders", "information", "Sprains and breaks are the most common ankle injuries."),
            Pair("hiv-symptoms", "HIV/AIDS", "symptoms", "Early HIV infection may cause fever, sore throat and tiredness; later, infections that do not go away."),
        ]);
        return index;
    }

    private static SearchDocument Pair(string id, string focus, string type, string body) => new()
    {
        Id = id,
        Title = $"{focus} / {type}",
        Focus = focus,
        QType = type,
        Body = body,
    };

    [Theory]
    [InlineData("Testing for EDS")]
    [InlineData("is EDS inherited")]
    public void Ask_ShortFormEndingInS_IsTheFocusItIsTheInitialsOf(string question)
    {
        using var index = CreateIndex();
        var interpretation = new QuestionAnswerer(index).Ask(question).Interpretation;

        Assert.Equal("Ehlers-Danlos syndrome", interpretation.Focus[0]);
        Assert.DoesNotContain(interpretation.Focus, f => f.Contains("Erectile", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(interpretation.Expansions, e => e.Preferred == "erectile dysfunction");
    }

    [Fact]
    public void Ask_ShortFormInCapitals_StillReadsItsSynonym()
    {
        using var index = CreateIndex();
        var result = new QuestionAnswerer(index).Ask("treatment for ED");

        Assert.Contains("Erectile dysfunction", result.Interpretation.Focus);
        Assert.Equal("ed-treat", result.Answers[0].Id);
    }

    [Fact]
    public void Ask_ShortFormASynonymLists_IsNotGuessedAsOtherInitials()
    {
        using var index = CreateIndex();
        var result = new QuestionAnswerer(index).Ask("AIDS symptoms");

        Assert.Contains(result.Interpretation.Expansions, e => e.Preferred == "human immunodeficiency virus");
        Assert.DoesNotContain("Alopecia-intellectual disability syndrome", result.Interpretation.Focus);
        Assert.DoesNotContain("Ankle injuries and disorders", result.Interpretation.Focus); // "aids" folded to "aid"
        Assert.Equal("hiv-symptoms", result.Answers[0].Id);
    }
}
