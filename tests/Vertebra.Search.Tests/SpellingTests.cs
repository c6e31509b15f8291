namespace Vertebra.Search.Tests;

public sealed class SpellingTests
{
    [Theory]
    [InlineData("what is siatica", "sciatica")]
    [InlineData("kyphossis in teens", "kyphosis")]
    [InlineData("ibuprofin side effects", "ibuprofen")]
    public void Ask_MisspeltWord_IsCorrectedFromIndexVocabulary(string question, string expected)
    {
        using var index = TestCorpus.CreateIndex();
        var interpretation = new QuestionAnswerer(index).Ask(question).Interpretation;

        Assert.Contains(interpretation.Corrections, c => c.To == expected);
        Assert.Contains(expected, interpretation.DidYouMean, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_KnownWords_AreLeftAlone()
    {
        using var index = TestCorpus.CreateIndex();
        var interpretation = new QuestionAnswerer(index).Ask("what causes sciatica").Interpretation;

        Assert.Empty(interpretation.Corrections);
        Assert.Null(interpretation.DidYouMean);
    }

    [Theory]
    [InlineData("my hubby has a sore neck from work")]
    [InlineData("my gran has a sore neck from work")]
    public void Ask_EverydayWordsTheIndexLacks_AreNotCorrectedIntoNearbyWords(string question)
    {
        using var index = TestCorpus.CreateIndex();
        index.Upsert(new SearchDocument
        {
            Id = "hobby",
            Kind = SearchDocumentKind.Qa,
            Title = "Can a hobby strain the neck?",
            Focus = "Neck strain",
            // "hobby" and "grin" are one edit from "hubby" and "gran", which the index does not hold.
            Body = "A hobby such as knitting can strain the neck. A grin can hide pain.",
            Url = "https://example.org/hobby",
        });

        var interpretation = new QuestionAnswerer(index).Ask(question).Interpretation;

        Assert.Empty(interpretation.Corrections);
    }

    [Fact]
    public void Ask_MisspeltFocus_StillFindsTheRightAnswer()
    {
        using var index = TestCorpus.CreateIndex();
        var result = new QuestionAnswerer(index).Ask("what are the symptoms of siatica");

        Assert.Equal("sci-symp", result.Answers[0].Id);
    }

    [Fact]
    public void EditDistance_CountsASwapAsOneEdit()
    {
        Assert.Equal(1, Understanding.EditDistance.Osa("diarrhae", "diarrhea"));
        Assert.Equal(1, Understanding.EditDistance.Osa("teh", "the"));
        Assert.Equal(0, Understanding.EditDistance.Osa("spine", "spine"));
    }

    [Fact]
    public void EditDistance_WithALimit_AgreesWithTheFullDistanceUpToTheLimit()
    {
        string[] words = ["spine", "spien", "sciatica", "siatica", "sciatic", "disc", "disk", "discs", "", "a", "hernia", "herniated", "kyphosis", "kyphsois", "scoliosis", "scolisois", "the", "teh"];
        foreach (var a in words)
        {
            foreach (var b in words)
            {
                var full = Understanding.EditDistance.Osa(a, b);
                for (var limit = 0; limit <= 3; limit++)
                {
                    var bounded = Understanding.EditDistance.Osa(a, b, limit);
                    if (full <= limit)
                    {
                        Assert.Equal(full, bounded);
                    }
                    else
                    {
                        Assert.True(bounded > limit, $"{a} / {b}: limit {limit}, full {full}, bounded {bounded}");
                    }
                }
            }
        }
    }
}
