using YamlDotNet.RepresentationModel;

namespace Vertebra.Search.Understanding;

/// <summary>
/// Reads the query-understanding YAML files with YamlDotNet into plain dictionaries, lists and strings,
/// which is all those small files need.
/// </summary>
internal static class YamlTree
{
    /// <summary>The document as nested <c>Dictionary&lt;string, object&gt;</c>, <c>List&lt;object&gt;</c> and <c>string</c>.</summary>
    /// <exception cref="FormatException">The text is not valid YAML.</exception>
    public static object Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new FormatException($"Line {ex.Start.Line}: {ex.Message}", ex);
        }

        return stream.Documents.Count == 0 ? new Dictionary<string, object>() : Convert(stream.Documents[0].RootNode);
    }

    public static IReadOnlyList<string> Strings(object? node) => node switch
    {
        List<object> list => list.Select(x => x as string ?? "").Where(x => x.Length > 0).ToList(),
        string s when s.Length > 0 => [s],
        _ => [],
    };

    private static object Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? "", p => Convert(p.Value), StringComparer.Ordinal),
        YamlSequenceNode list => list.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => scalar.Value ?? "",
        _ => "",
    };
}
