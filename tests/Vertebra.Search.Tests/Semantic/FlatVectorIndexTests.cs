using CsCheck;
using Vertebra.Search.Semantic;

namespace Vertebra.Search.Tests.Semantic;

public sealed class FlatVectorIndexTests
{
    [Fact]
    public void Search_ReturnsClosestFirst_WithTheirSimilarity()
    {
        using var index = new FlatVectorIndex(3);
        index.Set("x", [1, 0, 0]);
        index.Set("y", [0, 1, 0]);
        index.Set("xy", [0.6f, 0.8f, 0]);

        var hits = index.Search([1, 0, 0], 2);

        Assert.Equal(["x", "xy"], hits.Select(h => h.Key));
        Assert.Equal(1f, hits[0].Similarity, 5);
        Assert.Equal(0.6f, hits[1].Similarity, 5);
    }

    [Fact]
    public void Set_SameKeyTwice_ReplacesTheVector()
    {
        using var index = new FlatVectorIndex(2);
        index.Set("a", [1, 0]);
        index.Set("a", [0, 1]);

        Assert.Equal(1, index.Count);
        Assert.Equal(1f, index.Search([0, 1], 1)[0].Similarity, 5);
    }

    [Fact]
    public void Remove_KeyIsNeverFoundAgain_AndItsSlotIsReused()
    {
        using var index = new FlatVectorIndex(2);
        index.Set("a", [1, 0]);
        index.Set("b", [0, 1]);

        Assert.True(index.Remove("a"));
        Assert.False(index.Remove("a"));
        Assert.DoesNotContain(index.Search([1, 0], 10), h => h.Key == "a");
        index.Set("c", [1, 0]);
        Assert.Equal(["c", "b"], index.Search([1, 0], 10).Select(h => h.Key));
    }

    [Fact]
    public void Set_WrongLength_IsRefusedWithTheExpectedLength()
    {
        using var index = new FlatVectorIndex(4);
        var ex = Assert.Throws<ArgumentException>(() => index.Set("a", [1, 2]));
        Assert.Contains("4 numbers", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_AfterAnySequenceOfWrites_MatchesANaiveScan()
    {
        // Operations: key 0..19, a vector (or null = remove). The scan must agree with a dictionary and a sort.
        var op = Gen.Select(Gen.Int[0, 19], Gen.Bool, Gen.Float[-1, 1].Array[8]);
        Gen.Select(op.List[1, 80], Gen.Float[-1, 1].Array[8], Gen.Int[1, 25]).Sample((ops, query, top) =>
        {
            using var index = new FlatVectorIndex(8, capacity: 4);
            var expected = new Dictionary<string, float[]>();
            foreach (var (k, remove, vector) in ops)
            {
                var key = "k" + k;
                if (remove)
                {
                    Assert.Equal(expected.Remove(key), index.Remove(key));
                }
                else
                {
                    index.Set(key, vector);
                    expected[key] = vector;
                }
            }

            var naive = expected
                .Select(e => (e.Key, Score: e.Value.Zip(query, (a, b) => (double)a * b).Sum()))
                .OrderByDescending(e => e.Score)
                .Take(top)
                .ToList();
            var hits = index.Search(query, top);

            Assert.Equal(expected.Count, index.Count);
            Assert.Equal(naive.Count, hits.Count);
            for (var i = 0; i < hits.Count; i++)
            {
                // An absolute tolerance: rounding both to three decimals failed now and then when a float sum and
                // a double sum fell on either side of a rounding boundary.
                Assert.Equal(naive[i].Score, hits[i].Similarity, 1e-4);
            }
        });
    }
}
