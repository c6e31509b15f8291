using Vertebra.Search.Semantic;

namespace Vertebra.Search.Tests.Semantic;

/// <summary>Answers by meaning and by words, and the switch between them (no encoder = words only).</summary>
public sealed class HybridAnswerTests
{
    /// <summary>A pair that shares no word with the question below ("feet" is not "foot", "puffy" is not "swelling").</summary>
    private static readonly SearchDocument Swelling = new()
    {
        Id = "swelling-info",
        Title = "What is (are) Foot, leg, and ankle swelling ?",
        Focus = "Foot, leg, and ankle swelling",
        QType = "information",
        Body = "Painless swelling of the lower limbs is common, particularly in older people. Fluid builds up in the tissues.",
    };

    private const string PuffyFeet = "why are my feet so puffy";

    [Fact]
    public void Ask_QuestionSharingNoWordWithItsAnswer_IsAnsweredByMeaning()
    {
        using var index = SemanticCorpus.CreateIndex();
        index.Upsert(SemanticCorpus.WithVector(Swelling));

        var lexical = new QuestionAnswerer(index).Ask(PuffyFeet, 3);
        var hybrid = new QuestionAnswerer(index, MiniLmEncoder.Shared);

        Assert.Equal(AnswerMode.Hybrid, hybrid.Mode);
        Assert.DoesNotContain(lexical.Answers, a => a.Id == Swelling.Id);
        Assert.Equal(Swelling.Id, hybrid.Ask(PuffyFeet, 3).Answers[0].Id);
    }

    [Theory]
    [InlineData("What are the treatments for a slipped disc?", "hd-treat")]
    [InlineData("what causes a herniated disc", "hd-causes")]
    [InlineData("Hello, my hunchback seems to run in the family. Is it inherited?", "kyph-inh")]
    [InlineData("What are the symptoms of sciatica?", "sci-symp")]
    [InlineData("ibuprofen upset my stomach, is that a side effect?", "ibu-side")]
    [InlineData("what is bone setting", "manip-info")]
    public void Ask_WordsAndMeaningTogether_KeepTheRightAnswerFirst(string question, string expectedId)
    {
        using var index = SemanticCorpus.CreateIndex();

        Assert.Equal(expectedId, new QuestionAnswerer(index, MiniLmEncoder.Shared).Ask(question, 5).Answers[0].Id);
        Assert.Equal(expectedId, new QuestionAnswerer(index).Ask(question, 5).Answers[0].Id);
    }

    [Fact]
    public void Ask_WithoutAnEncoder_IsLexicalAndIgnoresStoredVectors()
    {
        using var index = SemanticCorpus.CreateIndex();
        var answerer = new QuestionAnswerer(index);

        index.Upsert(SemanticCorpus.WithVector(Swelling));

        Assert.Equal(AnswerMode.Lexical, answerer.Mode);
        Assert.Equal(TestCorpus.Documents.Count + 1, index.VectorCount);
        Assert.DoesNotContain(answerer.Ask(PuffyFeet, 3).Answers, a => a.Id == Swelling.Id);
    }

    [Fact]
    public void Ask_IndexWithoutVectors_AnswersByWordsEvenWithAnEncoder()
    {
        using var index = TestCorpus.CreateIndex();

        var result = new QuestionAnswerer(index, MiniLmEncoder.Shared).Ask("what causes a herniated disc", 3);

        Assert.Equal(0, index.VectorCount);
        Assert.Equal("hd-causes", result.Answers[0].Id);
    }

    [Fact]
    public void Ask_ChineseQuestion_IsAnsweredByWordsAlone()
    {
        using var index = SemanticCorpus.CreateIndex();
        const string question = "腰椎间盘突出 ibuprofen side effects";

        var hybrid = new QuestionAnswerer(index, MiniLmEncoder.Shared).Ask(question, 5).Answers.Select(a => a.Id);
        var lexical = new QuestionAnswerer(index).Ask(question, 5).Answers.Select(a => a.Id);

        Assert.Equal(lexical, hybrid);
    }

    [Fact]
    public void ReplaceSources_ChangedAndRemovedDocuments_TakeTheirVectorsAlong()
    {
        using var index = SemanticCorpus.CreateIndex();
        var answerer = new QuestionAnswerer(index, MiniLmEncoder.Shared);
        index.Upsert(SemanticCorpus.WithVector(Swelling));
        Assert.Equal(Swelling.Id, answerer.Ask(PuffyFeet, 3).Answers[0].Id);

        // The gout pair is rewritten into the swelling answer; the old swelling pair goes.
        var rewritten = SemanticCorpus.WithVector(Swelling with { Id = "gout-treat" });
        index.ReplaceSources([Swelling.Id], [rewritten]);

        Assert.Equal(TestCorpus.Documents.Count, index.VectorCount);
        var ids = answerer.Ask(PuffyFeet, 3).Answers.Select(a => a.Id).ToList();
        Assert.DoesNotContain(Swelling.Id, ids);
        Assert.Equal("gout-treat", ids[0]);
    }

    [Fact]
    public void Rebuild_WithoutVectors_DropsTheOldOnes_AndAnswersByWords()
    {
        // Semantic matching switched off: the index is rebuilt from documents without vectors.
        using var index = SemanticCorpus.CreateIndex();
        index.Upsert(SemanticCorpus.WithVector(Swelling));

        index.Rebuild(TestCorpus.Documents.Append(Swelling));

        Assert.Equal(0, index.VectorCount);
        Assert.DoesNotContain(new QuestionAnswerer(index, MiniLmEncoder.Shared).Ask(PuffyFeet, 3).Answers, a => a.Id == Swelling.Id);
    }

    [Fact]
    public void Rebuild_ThatFails_KeepsTheDocumentsAndTheirVectors()
    {
        using var index = SemanticCorpus.CreateIndex();
        index.Upsert(SemanticCorpus.WithVector(Swelling));
        var answerer = new QuestionAnswerer(index, MiniLmEncoder.Shared);

        IEnumerable<SearchDocument> FailHalfway()
        {
            yield return SemanticCorpus.Documents[0];
            throw new IOException("the store went away");
        }

        Assert.Throws<IOException>(() => index.Rebuild(FailHalfway()));

        Assert.Equal(TestCorpus.Documents.Count + 1, index.VectorCount);
        Assert.Equal(Swelling.Id, answerer.Ask(PuffyFeet, 3).Answers[0].Id);
    }

    [Fact]
    public void Rebuild_WithVectorsOfAnotherLength_IsRefusedNamingTheDocument()
    {
        using var index = SemanticCorpus.CreateIndex();
        var shorter = TestCorpus.Documents[1] with { Vector = new float[8] };

        var error = Assert.Throws<ArgumentException>(() => index.Rebuild([SemanticCorpus.Documents[0], shorter]));

        Assert.Contains(shorter.Id, error.Message, StringComparison.Ordinal);
        Assert.Equal(TestCorpus.Documents.Count, index.VectorCount);
    }

    [Fact]
    public void Open_IndexOnDisk_LoadsItsVectorsWithoutTheModel()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vertebra-vectors-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var index = SearchIndex.Open(folder))
            {
                index.Rebuild(SemanticCorpus.Documents);
                index.Delete("kyph-info");
            }

            using var reopened = SearchIndex.Open(folder);
            Assert.Equal(TestCorpus.Documents.Count - 1, reopened.VectorCount);
            var stored = reopened.ReadVectors(["hd-info", "kyph-info"]);
            Assert.Equal(SemanticCorpus.Documents.Single(d => d.Id == "hd-info").Vector.ToArray(), stored["hd-info"]);
            Assert.False(stored.ContainsKey("kyph-info"));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
