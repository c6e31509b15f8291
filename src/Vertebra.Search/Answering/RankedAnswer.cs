namespace Vertebra.Search;

/// <summary>One answer to a question, best first.</summary>
/// <param name="Id">Document id (for MedQuAD, the LiveQA answer id).</param>
/// <param name="Question">The question this answer was written for.</param>
/// <param name="Answer">The answer text; empty when only the link is known (some MedlinePlus pages).</param>
/// <param name="Snippet">The part of the answer around the question's words, HTML-encoded with &lt;mark&gt;.</param>
/// <param name="Source">Who wrote it.</param>
/// <param name="Url">Where to read it.</param>
/// <param name="Focus">What the answer is about.</param>
/// <param name="QType">What kind of question it answers.</param>
/// <param name="Score">Ranking score; higher is better; only comparable within one result.</param>
public sealed record RankedAnswer(
    string Id,
    string Question,
    string Answer,
    string Snippet,
    string Source,
    string Url,
    string Focus,
    string QType,
    double Score);

/// <summary>The answers to a question and how the question was understood.</summary>
/// <param name="Answers">Ranked answers; empty when nothing was found or the input was empty.</param>
/// <param name="Interpretation">Focus, question type, synonyms, spelling fixes, and the reason when empty.</param>
public sealed record AnswerResult(IReadOnlyList<RankedAnswer> Answers, QueryInterpretation Interpretation)
{
    /// <summary>True when the question was longer than the limit and only its start was used.</summary>
    public bool Truncated => Interpretation.Truncated;

    /// <summary>Why there are no answers, in plain words, or null.</summary>
    public string? EmptyReason => Interpretation.EmptyReason ?? (Answers.Count == 0 ? "We found no answer to this question." : null);
}
