namespace Vertebra.Bench.LiveQa;

/// <summary>Scores of one run, as the shared data README defines them.</summary>
internal sealed record RunScores(
    double AverageScore,
    double Map3,
    double Mrr3,
    double Map2,
    double Mrr2,
    double UnjudgedShare);

/// <summary>
/// TREC LiveQA measures. A judgment 1..4 scores 0..3; an unjudged answer scores 0. Average Score is the mean
/// score of each question's first answer. MAP@10 and MRR@10 count an answer relevant when judged at least 3
/// (also reported at 2). AP divides by the number of relevant judged answers for the question (0 when none).
/// Condensed: unjudged answers are dropped from the ranked list before it is cut at 10.
/// Every question counts in every mean, including those with no answer.
/// </summary>
internal static class Evaluator
{
    public static RunScores Score(IReadOnlyDictionary<string, IReadOnlyList<string>> run, IReadOnlyDictionary<string, Dictionary<string, int>> qrels, IEnumerable<string> qids, bool condensed)
    {
        var ids = qids.ToList();
        double avg = 0, map3 = 0, mrr3 = 0, map2 = 0, mrr2 = 0;
        int returned = 0, unjudged = 0;
        foreach (var qid in ids)
        {
            var judged = qrels.GetValueOrDefault(qid) ?? [];
            var list = run.GetValueOrDefault(qid) ?? [];
            IEnumerable<string> ranked = list;
            if (condensed)
            {
                ranked = ranked.Where(judged.ContainsKey);
            }

            var top = ranked.Take(10).ToList();
            returned += top.Count;
            unjudged += top.Count(a => !judged.ContainsKey(a));
            avg += top.Count == 0 ? 0 : Math.Max(0, judged.GetValueOrDefault(top[0]) - 1);
            (var ap3, var rr3) = ApRr(top, judged, 3);
            (var ap2, var rr2) = ApRr(top, judged, 2);
            map3 += ap3;
            mrr3 += rr3;
            map2 += ap2;
            mrr2 += rr2;
        }

        var n = Math.Max(1, ids.Count);
        return new RunScores(avg / n, map3 / n, mrr3 / n, map2 / n, mrr2 / n, returned == 0 ? 0 : (double)unjudged / returned);
    }

    private static (double Ap, double Rr) ApRr(List<string> top, Dictionary<string, int> judged, int threshold)
    {
        var relevantTotal = judged.Values.Count(j => j >= threshold);
        double sum = 0, rr = 0;
        var found = 0;
        for (var i = 0; i < top.Count; i++)
        {
            if (judged.GetValueOrDefault(top[i]) >= threshold)
            {
                found++;
                sum += (double)found / (i + 1);
                if (rr == 0)
                {
                    rr = 1.0 / (i + 1);
                }
            }
        }

        return (relevantTotal == 0 ? 0 : sum / relevantTotal, rr);
    }
}
