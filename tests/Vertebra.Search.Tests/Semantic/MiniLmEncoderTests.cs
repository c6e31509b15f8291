using Vertebra.Search.Semantic;

namespace Vertebra.Search.Tests.Semantic;

/// <summary>The bundled model, loaded once for the whole test run (about 1.5 s).</summary>
public sealed class MiniLmEncoderTests
{
    private static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();

    [Fact]
    public void Encode_GivesOneUnitVectorPerText()
    {
        var vectors = MiniLmEncoder.Shared.Encode(["What causes back pain?", "", "   "]);

        Assert.Equal(3, vectors.Length);
        Assert.All(vectors, v =>
        {
            Assert.Equal(MiniLmEncoder.Shared.Dimensions, v.Length);
            Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 3);
        });
    }

    [Fact]
    public void Encode_SameMeaningInOtherWords_IsCloserThanAnotherTopic()
    {
        var v = MiniLmEncoder.Shared.Encode(["swollen feet ankles legs", "Foot, leg, and ankle swelling", "What are the side effects of ibuprofen?"]);

        Assert.True(Dot(v[0], v[1]) > Dot(v[0], v[2]) + 0.3, $"paraphrase {Dot(v[0], v[1]):F2}, other topic {Dot(v[0], v[2]):F2}");
    }

    [Fact]
    public void Prepare_VeryLongText_KeepsOnlyTheFirstWords()
    {
        var text = string.Join(' ', Enumerable.Repeat("pain", 5000));

        Assert.Equal(MiniLmEncoder.MaxWords, MiniLmEncoder.Prepare(text).Split(' ').Length);
        Assert.Single(MiniLmEncoder.Shared.Encode([text]));
    }

    [Fact]
    public void EncodeMany_KeepsTheTextsOrder_AndReportsProgress()
    {
        var texts = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? $"question {i} about my aching lower back and my leg" : "gout").ToList();
        var reported = new List<int>();

        var vectors = MiniLmEncoder.Shared.EncodeMany(texts, new SyncProgress(reported.Add));

        Assert.Equal(40, vectors.Length);
        Assert.Equal(40, reported[^1]);
        Assert.Equal(1f, Dot(vectors[1], vectors[3]), 4); // both "gout", wherever the batches put them
        Assert.True(Dot(vectors[0], vectors[1]) < 0.9f);
    }

    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
