using System.Text.RegularExpressions;

namespace Vertebra.Search.Understanding;

/// <summary>Scores each question type by the cue phrases found in the question.</summary>
internal static partial class QuestionTypeClassifier
{
    public static List<QuestionTypeInfo> Classify(QuestionTypeCatalog catalog, string text)
    {
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var scores = new List<(QuestionTypeInfo Type, double Score, int Order)>();
        var order = 0;
        foreach (var type in catalog.All)
        {
            var score = 0.0;
            foreach (var cue in type.Cues)
            {
                var hits = Count(words, cue);
                if (hits > 0)
                {
                    score += cue.Length * (1.0 + (0.25 * (hits - 1)));
                }
            }

            // "What is" opens most questions of every type: it only wins when nothing else is asked.
            if (type.Name == "information")
            {
                score *= 0.4;
            }

            if (score > 0)
            {
                scores.Add((type, score, order));
            }

            order++;
        }

        var ranked = scores.OrderByDescending(s => s.Score).ThenBy(s => s.Order).Select(s => s.Type).ToList();
        if (ranked.Count == 0 && catalog.ByName.TryGetValue("information", out var info))
        {
            ranked.Add(info);
        }

        return ranked;
    }

    private static int Count(string[] words, string[] cue)
    {
        var count = 0;
        for (var i = 0; i + cue.Length <= words.Length; i++)
        {
            var same = true;
            for (var k = 0; k < cue.Length && same; k++)
            {
                same = words[i + k] == cue[k];
            }

            if (same)
            {
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)?")]
    private static partial Regex Words();
}
