using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
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
        nodes.OnlyKeys(root, "the file", "cues", "categories");
        var cuesNode = YamlNodes.Optional(root, "cues") ?? throw nodes.Error(root, "the file is missing 'cues'.");
        var categoriesNode = YamlNodes.Optional(root, "categories") ?? throw nodes.Error(root, "the file is missing 'categories'.");

        var cues = ReadCues(nodes, nodes.Mapping(cuesNode, "'cues'"));
        var categories = ReadCategories(nodes, nodes.Sequence(categoriesNode, "'categories'"));
        return new RuleSet(cues, categories);
    }

    private static CueSet ReadCues(YamlNodes nodes, YamlMappingNode map)
    {
        nodes.OnlyKeys(map, "'cues'", "negation", "negation_after_subject", "negation_inside", "attribution", "refutation_next_sentence", "question");
        var negation = new List<RuleRegex>();
        foreach (var item in nodes.Sequence(Required(nodes, map, "negation", "'cues'"), "'cues.negation'"))
        {
            var cue = nodes.Mapping(item, "a negation cue");
            nodes.OnlyKeys(cue, "a negation cue", "cue", "window");
            var pattern = nodes.RequiredText(cue, "cue", "a negation cue");
            var window = 3;
            if (YamlNodes.Optional(cue, "window") is { } windowNode)
            {
                var raw = nodes.Scalar(windowNode, "'window'");
                if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out window) || window > MaxNegationWindow)
                {
                    throw nodes.Error(windowNode, $"'window' must be a whole number from 0 to {MaxNegationWindow}, not '{raw}'.");
                }
            }

            CheckPattern(nodes, cue, pattern);
            negation.Add(RegexFactory.CreateNegationBefore(pattern, window));
        }

        return new CueSet(
            negation,
            PatternList(nodes, map, "negation_after_subject", required: false),
            PatternList(nodes, map, "negation_inside", required: false),
            PatternList(nodes, map, "attribution", required: true),
            PatternList(nodes, map, "refutation_next_sentence", required: false),
            PatternList(nodes, map, "question", required: false));
    }

    private static List<CategoryRule> ReadCategories(YamlNodes nodes, YamlSequenceNode list)
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
            nodes.OnlyKeys(map, "a category", "id", "severity", "why", "source", "article", "patterns");
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

            var patterns = ReadPatterns(nodes, map, what);
            result.Add(new CategoryRule(id, severity, NormaliseSpace(why), sourceName, sourceUrl, article, patterns));
        }

        return result;
    }

    private static List<PatternRule> ReadPatterns(YamlNodes nodes, YamlMappingNode category, string what)
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
            nodes.OnlyKeys(map, $"a pattern in {what}", "match", "unless", "only_if", "negative_form");
            var match = nodes.RequiredText(map, "match", $"a pattern in {what}");
            CheckPattern(nodes, map, match);
            var matchRegex = RegexFactory.Create(match);
            if (matchRegex.IsMatch(string.Empty))
            {
                throw nodes.Error(map, $"a pattern in {what} matches empty text, so it would match everywhere.");
            }

            result.Add(new PatternRule(
                matchRegex,
                OptionalPattern(nodes, map, "unless"),
                OptionalPattern(nodes, map, "only_if"),
                OptionalBool(nodes, map, "negative_form")));
        }

        return result;
    }

    private static RuleRegex? OptionalPattern(YamlNodes nodes, YamlMappingNode map, string key)
    {
        if (YamlNodes.Optional(map, key) is not { } node)
        {
            return null;
        }

        var pattern = nodes.Scalar(node, $"'{key}'");
        CheckPattern(nodes, node, pattern);
        return RegexFactory.Create(pattern);
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

    private static List<RuleRegex> PatternList(YamlNodes nodes, YamlMappingNode map, string key, bool required)
    {
        var node = YamlNodes.Optional(map, key);
        if (node is null)
        {
            return required ? throw nodes.Error(map, $"'cues' is missing '{key}'.") : [];
        }

        var result = new List<RuleRegex>();
        foreach (var item in nodes.Sequence(node, $"'cues.{key}'"))
        {
            var pattern = nodes.Scalar(item, $"an entry in 'cues.{key}'");
            CheckPattern(nodes, item, pattern);
            var regex = RegexFactory.Create(pattern);
            if (key != "question" && regex.IsMatch(string.Empty))
            {
                throw nodes.Error(item, $"an entry in 'cues.{key}' matches empty text, so it would match everywhere.");
            }

            result.Add(regex);
        }

        return result;
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

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugFormat();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
