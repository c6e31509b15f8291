using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vertebra.Guidance;

/// <summary>Reads every *.yaml file in the rule directory into one <see cref="RuleSetDefinition"/>.</summary>
internal static class RuleSetReader
{
    private static readonly string[] TopKeys = ["ruleset", "sources", "advice", "flags", "rules", "questions", "summaries", "massage_advice", "topics", "warning_signs", "sign_baseline", "sign_actions", "sign_actions_zh", "summaries_zh"];

    public static RuleSetDefinition Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new GuidanceRuleException(directory, 0, null, "the rule directory does not exist.");
        }

        var files = Directory.GetFiles(directory, "*.yaml").Concat(Directory.GetFiles(directory, "*.yml"))
            .OrderBy(p => System.IO.Path.GetFileName(p), StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new GuidanceRuleException(directory, 0, null, "the rule directory has no .yaml files.");
        }

        var definition = new RuleSetDefinition();
        foreach (var path in files)
        {
            ReadFile(new YamlFile(path), definition);
        }

        return definition;
    }

    private static void ReadFile(YamlFile file, RuleSetDefinition definition)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(file.Path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new GuidanceRuleException(file.Path, (int)ex.Start.Line, null, "the YAML cannot be read: " + ex.Message, ex);
        }

        if (stream.Documents.Count == 0)
        {
            return;
        }

        var root = file.Mapping(stream.Documents[0].RootNode, null, "the file");
        file.OnlyKeys(root, null, TopKeys);
        if (file.Get(root, "ruleset") is { } header)
        {
            ReadHeader(file, header, definition);
        }

        ForEach(file, root, "sources", node => definition.Sources.Add(ReadSource(file, node)));
        ForEach(file, root, "advice", node => definition.Advice.Add(ReadAdvice(file, node)));
        ForEach(file, root, "flags", node => definition.Flags.Add(ReadFlag(file, node)));
        ForEach(file, root, "rules", node => definition.Rules.Add(ReadRule(file, node)));
        ForEach(file, root, "questions", node => definition.Questions.Add(ReadQuestion(file, node)));
        ForEach(file, root, "topics", node => definition.Topics.Add(ReadTopic(file, node)));
        ForEach(file, root, "warning_signs", node => definition.WarningSigns.Add(ReadSign(file, node)));
        if (file.Get(root, "warning_signs") is not null)
        {
            definition.SignsFile = file.Path;
        }

        if (file.Get(root, "sign_baseline") is { } baseline)
        {
            foreach (var (key, value) in FactValues(file, baseline, null, "'sign_baseline'"))
            {
                definition.SignBaseline[key] = value;
            }
        }

        ReadTextsByKey<WarningSignLevel>(file, root, "sign_actions", "a sign level", WarningSign.TryParseLevel,
            key => $"'{key}' is not a sign level (emergency, urgent, soon, see_gp).", "an action text", definition.SignActions);
        ReadTextsByKey<TriageLevel>(file, root, "summaries", "a summary key", WireNames.TryParse,
            key => $"summary key '{key}' is not a triage level.", "a summary", definition.Summaries);
        ReadTextsByKey<MassageVerdict>(file, root, "massage_advice", "a massage verdict", WireNames.TryParse,
            key => $"'{key}' is not a massage verdict.", "an advice id", definition.MassageAdvice);

        // The same texts in Chinese, when the file has them (the loader checks completeness when Chinese is required).
        if (file.Get(root, "sign_actions_zh") is not null)
        {
            var texts = new Dictionary<WarningSignLevel, string>();
            ReadTextsByKey<WarningSignLevel>(file, root, "sign_actions_zh", "a sign level", WarningSign.TryParseLevel,
                key => $"'{key}' is not a sign level (emergency, urgent, soon, see_gp).", "an action text", texts);
            definition.SignActionTranslations[GuidanceLanguages.Chinese] = texts;
        }

        if (file.Get(root, "summaries_zh") is not null)
        {
            var texts = new Dictionary<TriageLevel, string>();
            ReadTextsByKey<TriageLevel>(file, root, "summaries_zh", "a summary key", WireNames.TryParse,
                key => $"summary key '{key}' is not a triage level.", "a summary", texts);
            definition.SummaryTranslations[GuidanceLanguages.Chinese] = texts;
        }
    }

    private delegate bool KeyParser<TKey>(string text, out TKey key);

    /// <summary>
    /// Reads the optional mapping <paramref name="name"/> of keys (read by <paramref name="parse"/>) to texts into
    /// <paramref name="target"/>; a key that does not parse stops the load with <paramref name="notAKey"/>'s message, at its line.
    /// </summary>
    private static void ReadTextsByKey<TKey>(YamlFile file, YamlMappingNode root, string name, string keyWhat, KeyParser<TKey> parse,
        Func<string, string> notAKey, string valueWhat, Dictionary<TKey, string> target)
        where TKey : notnull
    {
        if (file.Get(root, name) is not { } node)
        {
            return;
        }

        foreach (var pair in file.Mapping(node, null, $"'{name}'").Children)
        {
            var key = file.Scalar(pair.Key, null, keyWhat);
            if (!parse(key, out var parsed))
            {
                throw file.Fail(pair.Key, null, notAKey(key));
            }

            target[parsed] = file.Scalar(pair.Value, null, valueWhat);
        }
    }

    private static void ForEach(YamlFile file, YamlMappingNode root, string key, Action<YamlNode> read)
    {
        if (file.Get(root, key) is { } node)
        {
            foreach (var item in file.Sequence(node, null, $"'{key}'").Children)
            {
                read(item);
            }
        }
    }

    private static void ReadHeader(YamlFile file, YamlNode node, RuleSetDefinition definition)
    {
        var map = file.Mapping(node, null, "'ruleset'");
        file.OnlyKeys(map, null, "id", "version", "reviewed", "review_by", "sign_off");
        if (definition.HeaderFile is not null)
        {
            throw file.Fail(map, null, $"a second 'ruleset' header (the first is in {definition.HeaderFile}).");
        }

        definition.HeaderFile = file.Path;
        definition.Id = file.RequiredString(map, "id", null);
        definition.Version = file.RequiredString(map, "version", null);
        definition.Reviewed = Date(file, map, "reviewed");
        definition.ReviewBy = Date(file, map, "review_by");
        if (file.Get(map, "sign_off") is { } signOff)
        {
            foreach (var item in file.Sequence(signOff, null, "'sign_off'").Children)
            {
                var entry = file.Mapping(item, null, "a sign-off entry");
                file.OnlyKeys(entry, null, "version", "approved_by", "date");
                definition.SignOff.Add(new ClinicalSignOff(
                    file.RequiredString(entry, "version", null),
                    file.RequiredString(entry, "approved_by", null),
                    Date(file, entry, "date")));
            }
        }
    }

    private static TopicDefinition ReadTopic(YamlFile file, YamlNode node)
    {
        var map = file.Mapping(node, null, "a topic");
        var id = file.RequiredString(map, "id", null);
        file.OnlyKeys(map, id, "id", "title", "zh");
        return new TopicDefinition(id, file.RequiredString(map, "title", id)) { Translations = Translated(file, map, id, "title") };
    }

    private static WarningSignDefinition ReadSign(YamlFile file, YamlNode node)
    {
        var map = file.Mapping(node, null, "a warning sign");
        var id = file.RequiredString(map, "id", null);
        file.OnlyKeys(map, id, "id", "name", "level", "facts", "rules", "cite", "topics", "mentions", "example", "without", "zh");
        var levelText = file.RequiredString(map, "level", id);
        if (!WarningSign.TryParseLevel(levelText, out var level))
        {
            throw file.Fail(map, id, $"level must be emergency, urgent, soon or see_gp, not '{levelText}'.");
        }

        var example = file.Get(map, "example") ?? throw file.Fail(map, id, "'example' (fact values of a case that has the sign) is missing.");
        var without = file.Get(map, "without") ?? throw file.Fail(map, id, "'without' (the fact values that take the sign away) is missing.");
        return new WarningSignDefinition
        {
            Id = id,
            Name = file.RequiredString(map, "name", id),
            Translations = Translated(file, map, id, "name"),
            Level = level,
            Facts = file.StringList(map, "facts", id),
            Rules = file.StringList(map, "rules", id),
            Cite = file.StringList(map, "cite", id),
            Topics = file.StringList(map, "topics", id),
            Mentions = file.StringList(map, "mentions", id),
            Example = FactValues(file, example, id, "'example'"),
            Without = FactValues(file, without, id, "'without'"),
            File = file.Path,
            Line = YamlFile.LineOf(map),
        };
    }

    private static Dictionary<string, string> FactValues(YamlFile file, YamlNode node, string? id, string what)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in file.Mapping(node, id, what).Children)
        {
            var key = file.Scalar(pair.Key, id, "a fact name");
            if (FactCatalog.Find(key) is null)
            {
                throw file.Fail(pair.Key, id, $"unknown fact '{key}' in {what}.");
            }

            values[key] = file.Scalar(pair.Value, id, $"the value of '{key}'");
        }

        return values;
    }

    private static DateOnly Date(YamlFile file, YamlMappingNode map, string key)
    {
        var text = file.RequiredString(map, key, null);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw file.Fail(map, null, $"'{key}' must be a date like 2026-11-23, not '{text}'.");
    }

    private static SourceDefinition ReadSource(YamlFile file, YamlNode node)
    {
        var map = file.Mapping(node, null, "a source");
        var id = file.RequiredString(map, "id", null);
        file.OnlyKeys(map, id, "id", "name", "url");
        return new SourceDefinition(id, file.RequiredString(map, "name", id), file.RequiredString(map, "url", id));
    }

    private static AdviceDefinition ReadAdvice(YamlFile file, YamlNode node)
    {
        var map = file.Mapping(node, null, "an advice item");
        var id = file.RequiredString(map, "id", null);
        file.OnlyKeys(map, id, "id", "text", "cite", "zh");
        return new AdviceDefinition(id, file.RequiredString(map, "text", id), file.StringList(map, "cite", id), file.Path, YamlFile.LineOf(map))
        {
            Translations = Translated(file, map, id, "text"),
        };
    }

    private static FlagDefinition ReadFlag(YamlFile file, YamlNode node)
    {
        var map = file.Mapping(node, null, "a flag");
        var id = file.RequiredString(map, "id", null);
        file.OnlyKeys(map, id, "id", "text", "severity", "zh");
        var severityText = file.RequiredString(map, "severity", id);
        if (!WireNames.TryParse(severityText, out FlagSeverity severity))
        {
            throw file.Fail(map, id, $"severity must be info, warning or critical, not '{severityText}'.");
        }

        return new FlagDefinition(id, file.RequiredString(map, "text", id), severity, file.Path, YamlFile.LineOf(map))
        {
            Translations = Translated(file, map, id, "text"),
        };
    }

    private static RuleDefinition ReadRule(YamlFile file, YamlNode node)
    {
        var map = file.Mapping(node, null, "a rule");
        var id = file.RequiredString(map, "id", null);
        file.OnlyKeys(map, id, "id", "statement", "when", "set", "advice", "flags", "cite");
        var when = file.Get(map, "when") ?? throw file.Fail(map, id, "'when' (the rule's conditions) is missing.");
        TriageLevel? triage = null;
        MassageVerdict? massage = null;
        Route? route = null;
        if (file.Get(map, "set") is { } setNode)
        {
            var set = file.Mapping(setNode, id, "'set'");
            file.OnlyKeys(set, id, "triage", "massage", "route");
            if (file.OptionalString(set, "triage", id) is { } t)
            {
                triage = WireNames.TryParse(t, out TriageLevel level) ? level : throw file.Fail(set, id, $"unknown triage level '{t}' (allowed: {string.Join(", ", WireNames.TriageNames)}).");
            }

            if (file.OptionalString(set, "massage", id) is { } m)
            {
                massage = WireNames.TryParse(m, out MassageVerdict verdict) ? verdict : throw file.Fail(set, id, $"unknown massage verdict '{m}' (allowed: {string.Join(", ", WireNames.MassageNames)}).");
            }

            if (file.OptionalString(set, "route", id) is { } r)
            {
                route = WireNames.TryParse(r, out Route value) ? value : throw file.Fail(set, id, $"unknown route '{r}' (allowed: {string.Join(", ", WireNames.RouteNames)}).");
            }
        }

        return new RuleDefinition
        {
            Id = id,
            Statement = file.RequiredString(map, "statement", id),
            File = file.Path,
            Line = YamlFile.LineOf(map),
            When = ConditionParser.Parse(file, when, id),
            Triage = triage,
            Massage = massage,
            Route = route,
            Advice = file.StringList(map, "advice", id),
            Flags = file.StringList(map, "flags", id),
            Cite = file.StringList(map, "cite", id),
        };
    }

    private static QuestionDefinition ReadQuestion(YamlFile file, YamlNode node)
    {
        var map = file.Mapping(node, null, "a question");
        var name = file.RequiredString(map, "fact", null);
        file.OnlyKeys(map, name, "fact", "text", "red_flag", "options", "topic", "short", "zh");
        var fact = FactCatalog.Find(name) ?? throw file.Fail(map, name, $"unknown fact '{name}'.");
        var redFlag = file.OptionalString(map, "red_flag", name) switch
        {
            null or "false" => false,
            "true" => true,
            var other => throw file.Fail(map, name, $"red_flag must be true or false, not '{other}'."),
        };
        var options = new List<AnswerOption>();
        if (fact.Kind == FactKind.Boolean)
        {
            options.Add(new AnswerOption("true", "Yes"));
            options.Add(new AnswerOption("false", "No"));
        }

        if (file.Get(map, "options") is { } optionNode)
        {
            if (fact.Kind != FactKind.Choice)
            {
                throw file.Fail(optionNode, name, "only choice facts take 'options'.");
            }

            foreach (var pair in file.Mapping(optionNode, name, "'options'").Children)
            {
                var value = file.Scalar(pair.Key, name, "an option value");
                if (fact.ChoiceCode(value) < 0)
                {
                    throw file.Fail(pair.Key, name, $"unknown value '{value}' for fact '{name}' (allowed: {string.Join(", ", fact.Choices)}).");
                }

                options.Add(new AnswerOption(value, file.Scalar(pair.Value, name, "an option label")));
            }
        }

        if (fact.Kind == FactKind.Choice && options.Count != fact.Choices.Count)
        {
            throw file.Fail(map, name, $"the question needs a label for every value: {string.Join(", ", fact.Choices)}.");
        }

        return new QuestionDefinition(
            fact,
            file.RequiredString(map, "text", name),
            redFlag,
            options,
            file.OptionalString(map, "topic", name),
            file.OptionalString(map, "short", name) ?? name.Replace('_', ' '),
            file.Path,
            YamlFile.LineOf(map))
        {
            Translations = TranslatedQuestion(file, map, name, fact),
        };
    }

    /// <summary>The <c>zh:</c> block of an item: one text field, in Chinese.</summary>
    private static Dictionary<string, string> Translated(YamlFile file, YamlMappingNode map, string id, string field)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (file.Get(map, GuidanceLanguages.Chinese) is { } node)
        {
            var zh = file.Mapping(node, id, "'zh'");
            file.OnlyKeys(zh, id, field);
            texts[GuidanceLanguages.Chinese] = file.RequiredString(zh, field, id);
        }

        return texts;
    }

    private static Dictionary<string, QuestionTranslation> TranslatedQuestion(YamlFile file, YamlMappingNode map, string name, FactDescriptor fact)
    {
        var texts = new Dictionary<string, QuestionTranslation>(StringComparer.Ordinal);
        if (file.Get(map, GuidanceLanguages.Chinese) is not { } node)
        {
            return texts;
        }

        var zh = file.Mapping(node, name, "'zh'");
        file.OnlyKeys(zh, name, "text", "short", "options");
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        if (file.Get(zh, "options") is { } optionNode)
        {
            foreach (var pair in file.Mapping(optionNode, name, "'zh' 'options'").Children)
            {
                var value = file.Scalar(pair.Key, name, "an option value");
                if (fact.ChoiceCode(value) < 0)
                {
                    throw file.Fail(pair.Key, name, $"unknown value '{value}' for fact '{name}' in 'zh' 'options'.");
                }

                options[value] = file.Scalar(pair.Value, name, "an option label");
            }
        }

        if (fact.Kind == FactKind.Choice && options.Count != fact.Choices.Count)
        {
            throw file.Fail(zh, name, $"'zh' needs an option label for every value: {string.Join(", ", fact.Choices)}.");
        }

        texts[GuidanceLanguages.Chinese] = new QuestionTranslation(file.RequiredString(zh, "text", name), file.RequiredString(zh, "short", name), options);
        return texts;
    }
}
