namespace Vertebra.Search.Tests;

public sealed class QuestionAnalysisTests
{
    [Theory]
    [InlineData("What causes sciatica?", "causes")]
    [InlineData("How is a herniated disc treated?", "treatment")]
    [InlineData("Is kyphosis inherited?", "inheritance")]
    [InlineData("what are the side effects of ibuprofen", "side effects")]
    [InlineData("how many mg of ibuprofen can I take a day", "dosage")]
    [InlineData("can I take ibuprofen together with warfarin", "interaction")]
    [InlineData("how do I know if I have a slipped disc, what tests are done", "exams and tests")]
    [InlineData("how can I prevent back pain", "prevention")]
    [InlineData("Tell me about Chiari malformation", "information")]
    [InlineData("what are the symptoms of sciatica", "symptoms")]
    public void Ask_Question_HasExpectedType(string question, string type)
    {
        using var index = TestCorpus.CreateIndex();
        Assert.Equal(type, new QuestionAnswerer(index).Ask(question).Interpretation.QuestionType);
    }

    [Fact]
    public void Ask_Question_FindsFocusFromIndex()
    {
        using var index = TestCorpus.CreateIndex();
        var interpretation = new QuestionAnswerer(index).Ask("What are the treatments for gout?").Interpretation;

        Assert.Equal("Gout", interpretation.Focus[0]);
    }

    [Fact]
    public void Ask_LayTermForFocus_FindsTheMedicalFocus()
    {
        using var index = TestCorpus.CreateIndex();
        var interpretation = new QuestionAnswerer(index).Ask("is a hunchback inherited").Interpretation;

        Assert.Contains("Kyphosis", interpretation.Focus);
    }

    [Fact]
    public void Ask_LongMessage_CoreQuestionDropsGreetingStoryAndThanks()
    {
        using var index = TestCorpus.CreateIndex();
        var message = "Hi there. I am a 54 year old teacher and I have had back trouble for years. " +
            "My doctor said my MRI looked fine. What causes sciatica? Thank you very much. Jane";
        var core = new QuestionAnswerer(index).Ask(message).Interpretation.CoreQuestion;

        Assert.Contains("What causes sciatica?", core, StringComparison.Ordinal);
        Assert.DoesNotContain("Thank you", core, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane", core, StringComparison.Ordinal);
        Assert.DoesNotContain("Hi there", core, StringComparison.Ordinal);
        Assert.DoesNotContain("MRI looked fine", core, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_FillerSubjectLine_IsDropped()
    {
        using var index = TestCorpus.CreateIndex();
        var core = new QuestionAnswerer(index).Ask("general health How do you treat gout?").Interpretation.CoreQuestion;

        Assert.StartsWith("How do you treat gout?", core, StringComparison.Ordinal);
    }
}
