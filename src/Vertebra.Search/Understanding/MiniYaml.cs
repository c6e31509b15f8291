using System.Text;

namespace Vertebra.Search.Understanding;

/// <summary>
/// Reads the small YAML subset used by the files in content/search/: mappings, block sequences ("- item"),
/// flow sequences ("[a, b]"), plain or quoted scalars and "#" comments. Enough for word lists; not a general parser.
/// </summary>
internal static class MiniYaml
{
    public static object Parse(string text)
    {
        var lines = new List<(int Indent, string Text)>();
        foreach (var raw in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = StripComment(raw).TrimEnd();
            if (line.Trim().Length == 0 || line.Trim() == "---")
            {
                continue;
            }

            lines.Add((line.Length - line.TrimStart().Length, line.Trim()));
        }

        var index = 0;
        return lines.Count == 0 ? new Dictionary<string, object>() : ParseBlock(lines, ref index, lines[0].Indent);
    }

    private static object ParseBlock(List<(int Indent, string Text)> lines, ref int index, int indent)
    {
        if (lines[index].Text.StartsWith('-'))
        {
            var list = new List<object>();
            while (index < lines.Count && lines[index].Indent == indent && lines[index].Text.StartsWith('-'))
            {
                var item = lines[index].Text[1..].Trim();
                index++;
                list.Add(ParseValue(item));
            }

            return list;
        }

        var map = new Dictionary<string, object>(StringComparer.Ordinal);
        while (index < lines.Count && lines[index].Indent == indent)
        {
            var text = lines[index].Text;
            var colon = FindKeyColon(text);
            if (colon < 0)
            {
                throw new FormatException($"Expected 'key: value' but found '{text}'.");
            }

            var key = Unquote(text[..colon].Trim());
            var rest = text[(colon + 1)..].Trim();
            index++;
            if (rest.Length > 0)
            {
                map[key] = ParseValue(rest);
            }
            else if (index < lines.Count && lines[index].Indent > indent)
            {
                map[key] = ParseBlock(lines, ref index, lines[index].Indent);
            }
            else if (index < lines.Count && lines[index].Indent == indent && lines[index].Text.StartsWith('-'))
            {
                map[key] = ParseBlock(lines, ref index, indent);
            }
            else
            {
                map[key] = "";
            }
        }

        return map;
    }

    private static object ParseValue(string text) =>
        text.StartsWith('[') && text.EndsWith(']') ? SplitFlow(text[1..^1]) : Unquote(text);

    private static List<object> SplitFlow(string inner)
    {
        var items = new List<object>();
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in inner)
        {
            if (quote is null && (c == '"' || c == '\''))
            {
                quote = c;
            }
            else if (quote == c)
            {
                quote = null;
            }
            else if (quote is null && c == ',')
            {
                AddItem(items, current);
            }
            else
            {
                current.Append(c);
            }
        }

        AddItem(items, current);
        return items;
    }

    private static void AddItem(List<object> items, StringBuilder current)
    {
        var item = current.ToString().Trim();
        if (item.Length > 0)
        {
            items.Add(item);
        }

        current.Clear();
    }

    private static int FindKeyColon(string text)
    {
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is null && (c == '"' || c == '\''))
            {
                quote = c;
            }
            else if (quote == c)
            {
                quote = null;
            }
            else if (quote is null && c == ':' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                return i;
            }
        }

        return -1;
    }

    private static string StripComment(string line)
    {
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is null && (c == '"' || c == '\''))
            {
                quote = c;
            }
            else if (quote == c)
            {
                quote = null;
            }
            else if (quote is null && c == '#' && (i == 0 || line[i - 1] == ' '))
            {
                return line[..i];
            }
        }

        return line;
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] == '"' || text[0] == '\'') && text[^1] == text[0] ? text[1..^1] : text;

    public static IReadOnlyList<string> Strings(object? node) => node switch
    {
        List<object> list => list.Select(x => x as string ?? "").Where(x => x.Length > 0).ToList(),
        string s when s.Length > 0 => [s],
        _ => [],
    };
}
