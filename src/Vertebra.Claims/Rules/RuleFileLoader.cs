using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using Vertebra.Claims.Lexicons;
using YamlDotNet.RepresentationModel;

namespace Vertebra.Claims.Rules;

/// <summary>Reads and validates a claims YAML file and compiles its regexes once.</summary>
internal static partial class RuleFileLoader
{
    private const int MaxNegationWindow = 10;

    public static RuleSet LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ClaimRulesException(path, 0, $"cannot read the file: {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    public static RuleSet Parse(string yaml, string filePath)
    {
        var nodes = new YamlNodes(filePath);
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            throw new ClaimRulesException(filePath, ex.Start.Line, $"not valid YAML: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this for some malformed input (for example an unclosed '[').
            var line = parser.Current?.End.Line ?? 0;
            throw new ClaimRulesException(filePath, line, "not valid YAML after this line (an unclosed bracket or quote?)", ex);
        }

        if (stream.Documents.Count != 1)
        {
            throw new ClaimRulesException(filePath, 0, "the file must hold exactly one YAML document.");
        }

        var root = nodes.Mapping(stream.Documents[0].RootNode, "the file");
        nodes.OnlyKeys(root, "the file", "lexicons", "cues", "categories");
        var lexicons = ReadLexicons(nodes, YamlNodes.Optional(root, "lexicons"));
        var cuesNode = YamlNodes.Optional(root, "cues") ?? throw nodes.Error(root, "the file is missing 'cues'.");
        var categoriesNode = YamlNodes.Optional(root, "categories") ?? throw nodes.Error(root, "the file is missing 'categories'.");

        var cues = ReadCues(nodes, lexicons, nodes.Mapping(cuesNode, "'cues'"));
        var categories = ReadCategories(nodes, lexicons, nodes.Sequence(categoriesNode, "'categories'"));
        return new RuleSet(cues, categories);
    }

    /// <summary>
    /// <c>lexicons: { name: [ { lang: en, words: [push, pop, "slipped disc"] }, { lang: zh, words: [...] } ] }</c>.
    /// </summary>
    private static LexiconSet ReadLexicons(YamlNodes nodes, YamlNode? node)
    {
        var lexicons = new LexiconSet();
        if (node is null)
        {
            return lexicons;
        }

        foreach (var (key, value) in nodes.Mapping(node, "'lexicons'").Children)
        {
            var name = nodes.Scalar(key, "a lexicon name");
            if (!IdFormat().IsMatch(name))
            {
                throw nodes.Error(key, $"lexicon '{name}': a name uses lower-case letters, digits and '_' only.");
            }

            foreach (var entryNode in nodes.Sequence(value, $"lexicon '{name}'"))
            {
                var entry = nodes.Mapping(entryNode, $"an entry of lexicon '{name}'");
                nodes.OnlyKeys(entry, $"an entry of lexicon '{name}'", "lang", "words");
                var language = nodes.RequiredText(entry, "lang", $"an entry of lexicon '{name}'");
                if (!LanguageFormat().IsMatch(language))
                {
                    throw nodes.Error(entry, $"lexicon '{name}': 'lang' must be a language tag such as 'en' or 'zh', not '{language}'.");
                }

                var words = nodes.Sequence(Required(nodes, entry, "words", $"an entry of lexicon '{name}'"), $"'words' in lexicon '{name}'");
                foreach (var wordNode in words)
                {
                    var word = nodes.Scalar(wordNode, $"a word in lexicon '{name}'").Trim();
                    if (word.Length == 0 || word.Any(c => c is '\\' or '(' or ')' or '[' or ']' or '{' or '}' or '|' or '*' or '+' or '?'))
                    {
                        throw nodes.Error(wordNode, $"lexicon '{name}': '{word}' must be a plain word or phrase, not a pattern.");
                    }

                    lexicons.Add(name, language, word);
                }
            }
        }

        return lexicons;
    }

    /// <summary>Expands <c>{lexicon}</c> references, checks and compiles one rule.</summary>
    private static RuleRegex Compile(YamlNodes nodes, LexiconSet lexicons, YamlNode node, string pattern)
    {
        var expanded = lexicons.Expand(pattern, name => nodes.Error(node, $"the lexicon '{name}' is not defined under 'lexicons'."));
        CheckPattern(nodes, node, expanded);
        return RegexFactory.Create(expanded);
    }

    private static CueSet ReadCues(YamlNodes nodes, LexiconSet lexicons, YamlMappingNode map)
    {
        nodes.OnlyKeys(map, "'cues'", "negation", "negation_after_subject", "negation_inside", "attribution", "refutation_next_sentence", "question");
        var negation = new List<RuleRegex>();
        foreach (var item in nodes.Sequence(Required(nodes, map, "negation", "'cues'"), "'cues.negation'"))
        {
            var cue = nodes.Mapping(item, "a negation cue");
            nodes.OnlyKeys(cue, "a negation cue", "cue", "window", "lang");
            var pattern = nodes.RequiredText(cue, "cue", "a negation cue");
            var chinese = ReadLanguage(nodes, cue, "a negation cue") == "zh";
            var window = 3;
            if (YamlNodes.Optional(cue, "window") is { } windowNode)
            {
                var raw = nodes.Scalar(windowNode, "'window'");
                if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out window) || window > MaxNegationWindow)
                {
                    throw nodes.Error(windowNode, $"'window' must be a whole number from 0 to {MaxNegationWindow}, not '{raw}'.");
                }
            }

            CheckPattern(nodes, cue, lexicons.Expand(pattern, name => nodes.Error(cue, $"the lexicon '{name}' is not defined under 'lexicons'.")));
            var expanded = lexicons.Expand(pattern, name => nodes.Error(cue, name));
            negation.Add(chinese ? RegexFactory.CreateChineseNegationBefore(expanded, window) : RegexFactory.CreateNegationBefore(expanded, window));
        }

        return new CueSet(
            negation,
            PatternList(nodes, lexicons, map, "negation_after_subject", required: false),
            PatternList(nodes, lexicons, map, "negation_inside", required: false),
            PatternList(nodes, lexicons, map, "attribution", required: true),
            PatternList(nodes, lexicons, map, "refutation_next_sentence", required: false),
            PatternList(nodes, lexicons, map, "question", required: false));
    }

    private static List<CategoryRule> ReadCategories(YamlNodes nodes, LexiconSet lexicons, YamlSequenceNode list)
    {
        if (list.Children.Count == 0)
        {
            throw nodes.Error(list, "'categories' must list at least one category.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<CategoryRule>();
        foreach (var item in list)
        {
            var map = nodes.Mapping(item, "a category");
            nodes.OnlyKeys(map, "a category", "id", "severity", "why", "source", "article", "patterns", "localized");
            var id = nodes.RequiredText(map, "id", "a category");
            var what = $"category '{id}'";
            if (!IdFormat().IsMatch(id))
            {
                throw nodes.Error(map, $"{what}: 'id' must use lower-case letters, digits and '_' only.");
            }

            if (!seen.Add(id))
            {
                throw nodes.Error(map, $"{what} is listed twice.");
            }

            var severityText = nodes.RequiredText(map, "severity", what);
            var severity = severityText switch
            {
                "warning" => ClaimSeverity.Warning,
                "critical" => ClaimSeverity.Critical,
                _ => throw nodes.Error(YamlNodes.Optional(map, "severity")!, $"{what}: 'severity' must be 'warning' or 'critical', not '{severityText}'."),
            };

            var why = nodes.RequiredText(map, "why", what);
            var sourceNode = nodes.Mapping(Required(nodes, map, "source", what), $"'source' in {what}");
            nodes.OnlyKeys(sourceNode, $"'source' in {what}", "name", "url");
            var sourceName = nodes.RequiredText(sourceNode, "name", $"'source' in {what}");
            var sourceUrl = nodes.RequiredText(sourceNode, "url", $"'source' in {what}");
            if (!Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw nodes.Error(YamlNodes.Optional(sourceNode, "url")!, $"{what}: source 'url' must be an http or https address, not '{sourceUrl}'.");
            }

            var article = nodes.RequiredText(map, "article", what);
            if (!SlugFormat().IsMatch(article))
            {
                throw nodes.Error(YamlNodes.Optional(map, "article")!, $"{what}: 'article' must be an article slug like 'bone-setting-claims', not '{article}'.");
            }

            var patterns = ReadPatterns(nodes, lexicons, map, what);
            result.Add(new CategoryRule(id, severity, NormaliseSpace(why), sourceName, sourceUrl, article, patterns)
            {
                Localized = ReadLocalized(nodes, map, what, sourceName, sourceUrl, article),
            });
        }

        return result;
    }

    /// <summary>
    /// <c>localized: { zh: { why: ..., article: ..., source: { name, url } } }</c>: the explanation for readers of
    /// another language; a missing source or article falls back to the category's own.
    /// </summary>
    private static Dictionary<string, LocalizedCategoryText> ReadLocalized(YamlNodes nodes, YamlMappingNode category, string what, string sourceName, string sourceUrl, string article)
    {
        var result = new Dictionary<string, LocalizedCategoryText>(StringComparer.Ordinal);
        if (YamlNodes.Optional(category, "localized") is not { } node)
        {
            return result;
        }

        foreach (var (key, value) in nodes.Mapping(node, $"'localized' in {what}").Children)
        {
            var language = nodes.Scalar(key, $"a language in 'localized' of {what}");
            if (!LanguageFormat().IsMatch(language))
            {
                throw nodes.Error(key, $"{what}: 'localized' keys are language tags such as 'zh', not '{language}'.");
            }

            var where = $"'localized.{language}' in {what}";
            var map = nodes.Mapping(value, where);
            nodes.OnlyKeys(map, where, "why", "source", "article");
            var why = NormaliseSpace(nodes.RequiredText(map, "why", where));
            var name = sourceName;
            var url = sourceUrl;
            if (YamlNodes.Optional(map, "source") is { } sourceNode)
            {
                var source = nodes.Mapping(sourceNode, $"'source' in {where}");
                nodes.OnlyKeys(source, $"'source' in {where}", "name", "url");
                name = nodes.RequiredText(source, "name", $"'source' in {where}");
                url = nodes.RequiredText(source, "url", $"'source' in {where}");
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    throw nodes.Error(source, $"{where}: source 'url' must be an http or https address, not '{url}'.");
                }
            }

            var slug = YamlNodes.Optional(map, "article") is null ? article : nodes.RequiredText(map, "article", where);
            if (!SlugFormat().IsMatch(slug))
            {
                throw nodes.Error(map, $"{where}: 'article' must be an article slug, not '{slug}'.");
            }

            result[language] = new LocalizedCategoryText(why, name, url, slug);
        }

        return result;
    }

    /// <summary>The optional <c>lang</c> of a pattern or cue: <c>en</c> (the default) or <c>zh</c>.</summary>
    private static string ReadLanguage(YamlNodes nodes, YamlMappingNode map, string what)
    {
        if (YamlNodes.Optional(map, "lang") is not { } node)
        {
            return "en";
        }

        var language = nodes.Scalar(node, $"'lang' in {what}");
        return language is "en" or "zh" ? language : throw nodes.Error(node, $"'lang' in {what} must be 'en' or 'zh', not '{language}'.");
    }

    private static List<PatternRule> ReadPatterns(YamlNodes nodes, LexiconSet lexicons, YamlMappingNode category, string what)
    {
        var list = nodes.Sequence(Required(nodes, category, "patterns", what), $"'patterns' in {what}");
        if (list.Children.Count == 0)
        {
            throw nodes.Error(list, $"{what} must have at least one pattern.");
        }

        var result = new List<PatternRule>();
        foreach (var item in list)
        {
            var map = nodes.Mapping(item, $"a pattern in {what}");
            nodes.OnlyKeys(map, $"a pattern in {what}", "claim", "match", "unless", "only_if", "negative_form", "lang");
            var chinese = ReadLanguage(nodes, map, $"a pattern in {what}") == "zh";
            RuleRegex matchRegex;
            IReadOnlyList<WordRequirement> requirements = [];
            if (YamlNodes.Optional(map, "claim") is { } claimNode)
            {
                if (YamlNodes.Optional(map, "match") is not null)
                {
                    throw nodes.Error(map, $"a pattern in {what} has both 'claim' and 'match'; use one.");
                }

                var template = nodes.Scalar(claimNode, $"'claim' in {what}");
                (var regex, requirements) = ClaimTemplate.Compile(template, lexicons, problem => nodes.Error(claimNode, $"{what}: {problem}"), chinese);
                CheckPattern(nodes, claimNode, regex);
                matchRegex = RegexFactory.Create(regex);
            }
            else
            {
                var match = nodes.RequiredText(map, "match", $"a pattern in {what}");
                matchRegex = Compile(nodes, lexicons, map, match);
                if (!chinese && RegexLeadingWords.Of(match) is { } leading)
                {
                    requirements = [leading];
                }
            }

            if (matchRegex.IsMatch(string.Empty))
            {
                throw nodes.Error(map, $"a pattern in {what} matches empty text, so it would match everywhere.");
            }

            result.Add(new PatternRule(
                matchRegex,
                OptionalPattern(nodes, lexicons, map, "unless"),
                OptionalPattern(nodes, lexicons, map, "only_if"),
                OptionalBool(nodes, map, "negative_form"),
                requirements,
                chinese));
        }

        return result;
    }

    private static RuleRegex? OptionalPattern(YamlNodes nodes, LexiconSet lexicons, YamlMappingNode map, string key)
    {
        if (YamlNodes.Optional(map, key) is not { } node)
        {
            return null;
        }

        return Compile(nodes, lexicons, node, nodes.Scalar(node, $"'{key}'"));
    }

    private static bool OptionalBool(YamlNodes nodes, YamlMappingNode map, string key)
    {
        if (YamlNodes.Optional(map, key) is not { } node)
        {
            return false;
        }

        return nodes.Scalar(node, $"'{key}'") switch
        {
            "true" => true,
            "false" => false,
            var other => throw nodes.Error(node, $"'{key}' must be true or false, not '{other}'."),
        };
    }

    private static List<RuleRegex> PatternList(YamlNodes nodes, LexiconSet lexicons, YamlMappingNode map, string key, bool required)
    {
        var node = YamlNodes.Optional(map, key);
        if (node is null)
        {
            return required ? throw nodes.Error(map, $"'cues' is missing '{key}'.") : [];
        }

        var result = new List<RuleRegex>();
        foreach (var item in nodes.Sequence(node, $"'cues.{key}'"))
        {
            // An entry is an expression (English), or { lang: zh, match: '...' } for another language.
            var text = item is YamlMappingNode entry
                ? CueEntry(nodes, entry, key)
                : nodes.Scalar(item, $"an entry in 'cues.{key}'");
            var regex = Compile(nodes, lexicons, item, text);
            if (key != "question" && regex.IsMatch(string.Empty))
            {
                throw nodes.Error(item, $"an entry in 'cues.{key}' matches empty text, so it would match everywhere.");
            }

            result.Add(regex);
        }

        return result;
    }

    private static string CueEntry(YamlNodes nodes, YamlMappingNode entry, string key)
    {
        var what = $"an entry in 'cues.{key}'";
        nodes.OnlyKeys(entry, what, "lang", "match");
        _ = ReadLanguage(nodes, entry, what);
        return nodes.RequiredText(entry, "match", what);
    }

    private static YamlNode Required(YamlNodes nodes, YamlMappingNode map, string key, string what) =>
        YamlNodes.Optional(map, key) ?? throw nodes.Error(map, $"{what} is missing '{key}'.");

    private static void CheckPattern(YamlNodes nodes, YamlNode node, string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw nodes.Error(node, "a pattern must not be empty.");
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, RegexFactory.MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new ClaimRulesException(nodes.FilePath, node.Start.Line, $"invalid regular expression '{pattern}': {ex.Message}", ex);
        }
    }

    private static string NormaliseSpace(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdFormat();

    [GeneratedRegex("^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageFormat();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugFormat();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
