using YamlDotNet.RepresentationModel;

namespace Vertebra.Search.Understanding;

/// <summary>
/// Reads the query-understanding YAML files with YamlDotNet. The small files need only plain dictionaries, lists and
/// strings (<see cref="Parse"/>); every problem names the file and, where it can, the line.
/// </summary>
internal static class YamlTree
{
    /// <summary>The document's root node, or an empty mapping for an empty file.</summary>
    /// <exception cref="SearchDataException">The text is not valid YAML.</exception>
    public static YamlNode Root(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new SearchDataException(file, ex.Start.Line, ex.Message, ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's parser gives up this way on some unfinished text, such as a list that is never closed.
            throw new SearchDataException(file, null, "the file is not valid YAML (something opened is never closed?): " + ex.Message, ex);
        }

        return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
    }

    /// <summary>The document as nested <c>Dictionary&lt;string, object&gt;</c>, <c>List&lt;object&gt;</c> and <c>string</c>.</summary>
    /// <exception cref="SearchDataException">The text is not valid YAML.</exception>
    public static object Parse(string text, string file) => Convert(Root(text, file));

    public static IReadOnlyList<string> Strings(object? node) => node switch
    {
        List<object> list => list.Select(x => x as string ?? "").Where(x => x.Length > 0).ToList(),
        string s when s.Length > 0 => [s],
        _ => [],
    };

    /// <summary>The 1-based line of the first line of <paramref name="text"/> that starts (after spaces) with <paramref name="start"/>, or null.</summary>
    public static int? LineStarting(string text, string start)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith(start, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static object Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? "", p => Convert(p.Value), StringComparer.Ordinal),
        YamlSequenceNode list => list.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => scalar.Value ?? "",
        _ => "",
    };
}
