namespace Vertebra.Guidance;

/// <summary>One answer a person can pick: the value to put in the case facts and its plain-English label.</summary>
public sealed record AnswerOption(string Value, string Label);

/// <summary>A question to ask next, for the adaptive questionnaire.</summary>
/// <param name="Fact">The case-facts field the answer fills.</param>
/// <param name="Text">The question in plain English.</param>
/// <param name="RedFlag">True for a warning-sign question; these come first.</param>
/// <param name="Kind">Boolean (yes/no), Choice (pick one option) or Integer (a number from Min to Max).</param>
/// <param name="Options">Answer options for Boolean and Choice questions; empty for Integer.</param>
/// <param name="Min">Smallest number allowed, for Integer questions.</param>
/// <param name="Max">Largest number allowed, for Integer questions (null when there is no upper limit).</param>
public sealed record NextQuestion(
    string Fact,
    string Text,
    bool RedFlag,
    FactKind Kind,
    IReadOnlyList<AnswerOption> Options,
    int? Min,
    int? Max)
{
    /// <summary>The topic (page) of the guide the question belongs to, e.g. "where"; null when the rule set has no topics.</summary>
    public string? Topic { get; init; }

    /// <summary>A few plain words that name the question in a message, e.g. "new numbness around your bottom or genitals".</summary>
    public string Short { get; init; } = Fact.Replace('_', ' ');
}

/// <summary>A page of the guide: one topic and its title.</summary>
public sealed record QuestionTopic(string Id, string Title, IReadOnlyList<NextQuestion> Questions);
