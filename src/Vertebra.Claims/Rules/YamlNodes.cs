using YamlDotNet.RepresentationModel;

namespace Vertebra.Claims.Rules;

/// <summary>Reads typed values from YAML nodes and reports problems with the node's line.</summary>
internal sealed class YamlNodes(string filePath)
{
    public string FilePath { get; } = filePath;

    public ClaimRulesException Error(YamlNode node, string problem) => new(FilePath, node.Start.Line, problem);

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping (key: value lines).");

    public YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"{what} must be a list (lines starting with '-').");

    public string Scalar(YamlNode node, string what)
    {
        if (node is not YamlScalarNode scalar || scalar.Value is null)
        {
            throw Error(node, $"{what} must be a single value.");
        }

        return scalar.Value;
    }

    public string RequiredText(YamlMappingNode map, string key, string what)
    {
        var node = Optional(map, key) ?? throw Error(map, $"{what} is missing '{key}'.");
        var value = Scalar(node, $"'{key}' in {what}").Trim();
        return value.Length == 0 ? throw Error(node, $"'{key}' in {what} must not be empty.") : value;
    }

    public static YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>Rejects keys the file format does not know, so a typo does not silently switch a rule off.</summary>
    public void OnlyKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = Scalar(key, $"a key in {what}");
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw Error(key, $"unknown key '{name}' in {what}; allowed: {string.Join(", ", allowed)}.");
            }
        }
    }
}
