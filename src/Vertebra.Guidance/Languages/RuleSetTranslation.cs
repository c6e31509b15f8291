namespace Vertebra.Guidance;

/// <summary>
/// Builds the rule set with every person-facing text in another language (same rules, same facts, same sources),
/// and checks that the language is complete: when a language is required, a question, topic, advice item, flag,
/// warning sign, sign action or summary without its text in that language stops loading, naming the item.
/// </summary>
internal static class RuleSetTranslation
{
    public static void RequireComplete(RuleSetDefinition set, string language)
    {
        foreach (var topic in set.Topics.Where(t => !t.Translations.ContainsKey(language)))
        {
            throw Missing(set.HeaderFile, 0, topic.Id, "topic", language, "title");
        }

        foreach (var question in set.Questions.Where(q => !q.Translations.ContainsKey(language)))
        {
            throw Missing(question.File, question.Line, question.Fact.Name, "question", language, "text, short and options");
        }

        foreach (var advice in set.Advice.Where(a => !a.Translations.ContainsKey(language)))
        {
            throw Missing(advice.File, advice.Line, advice.Id, "advice item", language, "text");
        }

        foreach (var flag in set.Flags.Where(f => !f.Translations.ContainsKey(language)))
        {
            throw Missing(flag.File, flag.Line, flag.Id, "flag", language, "text");
        }

        foreach (var sign in set.WarningSigns.Where(s => !s.Translations.ContainsKey(language)))
        {
            throw Missing(sign.File, sign.Line, sign.Id, "warning sign", language, "name");
        }

        var actions = set.SignActionTranslations.GetValueOrDefault(language);
        foreach (var level in Enum.GetValues<WarningSignLevel>().Where(l => actions is null || !actions.ContainsKey(l)))
        {
            throw new GuidanceRuleException(set.SignsFile ?? "", 0, null, $"'sign_actions_{language}' has no text for level '{WarningSign.WireName(level)}'.");
        }

        var summaries = set.SummaryTranslations.GetValueOrDefault(language);
        foreach (var level in Enum.GetValues<TriageLevel>().Where(l => summaries is null || !summaries.ContainsKey(l)))
        {
            throw new GuidanceRuleException(set.HeaderFile ?? "", 0, null, $"'summaries_{language}' has no summary for triage level '{WireNames.Of(level)}'.");
        }
    }

    /// <summary>A copy of <paramref name="set"/> whose texts are in <paramref name="language"/> (checked complete first).</summary>
    public static RuleSetDefinition Translate(RuleSetDefinition set, string language)
    {
        RequireComplete(set, language);
        var translated = new RuleSetDefinition
        {
            Id = set.Id,
            Version = set.Version,
            Reviewed = set.Reviewed,
            ReviewBy = set.ReviewBy,
            HeaderFile = set.HeaderFile,
            SignsFile = set.SignsFile,
        };
        translated.Sources.AddRange(set.Sources);
        translated.Rules.AddRange(set.Rules);
        translated.SignOff.AddRange(set.SignOff);
        translated.Advice.AddRange(set.Advice.Select(a => a with { Text = a.Translations[language] }));
        translated.Flags.AddRange(set.Flags.Select(f => f with { Text = f.Translations[language] }));
        translated.Topics.AddRange(set.Topics.Select(t => t with { Title = t.Translations[language] }));
        translated.Questions.AddRange(set.Questions.Select(q =>
        {
            var text = q.Translations[language];
            var options = q.Options.Select(o => o with
            {
                Label = o.Value switch
                {
                    "true" when q.Fact.Kind == FactKind.Boolean => Yes(language),
                    "false" when q.Fact.Kind == FactKind.Boolean => No(language),
                    _ => text.Options[o.Value],
                },
            }).ToArray();
            return q with { Text = text.Text, Short = text.Short, Options = options };
        }));
        translated.WarningSigns.AddRange(set.WarningSigns.Select(s => s with { Name = s.Translations[language] }));
        foreach (var (key, value) in set.SignBaseline)
        {
            translated.SignBaseline[key] = value;
        }

        foreach (var (level, text) in set.SignActionTranslations[language])
        {
            translated.SignActions[level] = text;
        }

        foreach (var (level, text) in set.SummaryTranslations[language])
        {
            translated.Summaries[level] = text;
        }

        foreach (var (verdict, advice) in set.MassageAdvice)
        {
            translated.MassageAdvice[verdict] = advice;
        }

        return translated;
    }

    private static string Yes(string language) => language == GuidanceLanguages.Chinese ? "是" : "Yes";

    private static string No(string language) => language == GuidanceLanguages.Chinese ? "否" : "No";

    private static GuidanceRuleException Missing(string? file, int line, string id, string what, string language, string fields) =>
        new(file ?? "", line, id, $"the {what} has no '{language}' text: add a '{language}:' block with its {fields} (the '{language}' edition requires every text).");
}
