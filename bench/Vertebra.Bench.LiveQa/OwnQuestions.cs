using System.Globalization;

namespace Vertebra.Bench.LiveQa;

/// <summary>One of our own questions: what it is about (any of these words inside a MedQuAD focus) and what it asks.</summary>
internal sealed record OwnQuestion(string Text, IReadOnlyList<string> Foci, IReadOnlyList<string> Types);

/// <summary>
/// Our own questions (own-tune.tsv, own-check.tsv), scored by the first answer's MedQuAD focus and type: every answer
/// is judged this way, so no answer goes unjudged as in the LiveQA pool.
/// </summary>
internal static class OwnQuestions
{
    public static List<OwnQuestion> Read(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => new OwnQuestion(p[0], p[1].Split('|'), p[2].Split('|')))
            .ToList();

    /// <summary>
    /// First-answer score (3: right focus and type; 1: right focus only; 0: neither), and the reciprocal rank of the
    /// first fully right answer in the top 10. <paramref name="detail"/>, when given, gets one line per question.
    /// </summary>
    public static (double Score, double Mrr) Score(IReadOnlyList<OwnQuestion> questions, Func<string, IReadOnlyList<string>> ask,
        IReadOnlyDictionary<string, CorpusPair> pairs, Action<string>? detail = null)
    {
        double score = 0, mrr = 0;
        foreach (var q in questions)
        {
            var ids = ask(q.Text);
            int Grade(string id)
            {
                if (!pairs.TryGetValue(id, out var p))
                {
                    return 0;
                }

                var focus = q.Foci.Any(f => p.Focus.Contains(f, StringComparison.OrdinalIgnoreCase));
                return focus && q.Types.Contains(p.QType, StringComparer.OrdinalIgnoreCase) ? 3 : focus ? 1 : 0;
            }

            var first = ids.Count == 0 ? 0 : Grade(ids[0]);
            var right = ids.Take(10).ToList().FindIndex(id => Grade(id) == 3);
            score += first;
            mrr += right < 0 ? 0 : 1.0 / (right + 1);
            if (detail is not null)
            {
                var top = ids.Count == 0 ? "(none)" : pairs.TryGetValue(ids[0], out var p) ? $"{p.Focus} / {p.QType}" : ids[0];
                detail(string.Create(CultureInfo.InvariantCulture, $"  {first} {(right < 0 ? "x" : (right + 1).ToString(CultureInfo.InvariantCulture)),2}  {q.Text}  ->  {top}"));
            }
        }

        return (score / Math.Max(1, questions.Count), mrr / Math.Max(1, questions.Count));
    }
}
