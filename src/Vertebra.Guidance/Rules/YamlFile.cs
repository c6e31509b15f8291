using YamlDotNet.RepresentationModel;

namespace Vertebra.Guidance;

/// <summary>Small helpers to read a YAML node tree and fail with the file and line.</summary>
internal sealed class YamlFile(string path)
{
    public string Path { get; } = path;

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public GuidanceRuleException Fail(YamlNode? node, string? id, string problem) =>
        new(Path, node is null ? 0 : LineOf(node), id, problem);

    public YamlMappingNode Mapping(YamlNode node, string? id, string what) =>
        node as YamlMappingNode ?? throw Fail(node, id, $"{what} must be a mapping (key: value).");

    public YamlSequenceNode Sequence(YamlNode node, string? id, string what) =>
        node as YamlSequenceNode ?? throw Fail(node, id, $"{what} must be a list.");

    public string Scalar(YamlNode node, string? id, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && value.Length > 0)
        {
            return value;
        }

        throw Fail(node, id, $"{what} must be a single non-empty value.");
    }

    public YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } k } && k == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    public string RequiredString(YamlMappingNode map, string key, string? id)
    {
        var node = Get(map, key) ?? throw Fail(map, id, $"'{key}' is missing.");
        return Scalar(node, id, $"'{key}'");
    }

    public string? OptionalString(YamlMappingNode map, string key, string? id)
    {
        var node = Get(map, key);
        return node is null ? null : Scalar(node, id, $"'{key}'");
    }

    public IReadOnlyList<string> StringList(YamlMappingNode map, string key, string? id)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is YamlScalarNode)
        {
            return [Scalar(node, id, $"'{key}'")];
        }

        return Sequence(node, id, $"'{key}'").Children.Select(n => Scalar(n, id, $"an item of '{key}'")).ToArray();
    }

    public void OnlyKeys(YamlMappingNode map, string? id, params string[] allowed)
    {
        foreach (var pair in map.Children)
        {
            var key = pair.Key is YamlScalarNode { Value: { } k } ? k : "?";
            if (Array.IndexOf(allowed, key) < 0)
            {
                throw Fail(pair.Key, id, $"unknown key '{key}' (allowed: {string.Join(", ", allowed)}).");
            }
        }
    }
}
