using System.Text.RegularExpressions;
using Vertebra.Content.Model;
using Vertebra.Web.Hosting;
using YamlDotNet.RepresentationModel;

namespace Vertebra.Web.Presentation;

/// <summary>
/// Builds the urgent box of a page from the warning-sign data (content/guidance/warning-signs.yaml), the one truth
/// for "when to get help": an article's box lists the emergency and urgent signs its text names on a
/// <c>{warning-signs: id, id}</c> line, a condition's box the signs whose topics list the condition. Signs that can
/// wait (soon, see a GP) stay in the article's own list.
/// <para>
/// Interim: the warning-sign data and the emergency-number setting come with the guidance work (issue 12), not yet
/// on main. Until then this reads the data file in that branch's shape itself (and the number from
/// VERTEBRA_EMERGENCY_NUMBER, default 999); with no file there is no box. When that work lands, the constructor takes
/// GuidanceEngine and the options' EmergencyNumber instead, and the methods keep their signatures.
/// </para>
/// </summary>
public sealed partial class UrgentBoxes
{
    private const string Emergency = "emergency";
    private const string Urgent = "urgent";

    private readonly IReadOnlyList<Sign> signs;
    private readonly IReadOnlyDictionary<string, string> actions;
    private readonly string emergencyNumber;

    public UrgentBoxes(VertebraWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        emergencyNumber = Environment.GetEnvironmentVariable("VERTEBRA_EMERGENCY_NUMBER") is { Length: > 0 } n ? n.Trim() : "999";
        (signs, actions) = Load(Path.Combine(options.GuidanceDirectory, "warning-signs.yaml"));
    }

    internal UrgentBox? ForArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var ids = Marker().Matches(article.Body)
            .SelectMany(m => m.Groups["ids"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        return Build(signs.Where(s => ids.Contains(s.Id)));
    }

    internal UrgentBox? ForCondition(Condition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Build(signs.Where(s => s.Topics.Contains(condition.Id, StringComparer.Ordinal)));
    }

    private UrgentBox? Build(IEnumerable<Sign> chosen)
    {
        var groups = chosen
            .Where(s => s.Level is Emergency or Urgent)
            .GroupBy(s => s.Level)
            .OrderBy(g => g.Key == Emergency ? 0 : 1)
            .Select(g =>
            {
                var emergency = g.Key == Emergency;
                var action = actions.GetValueOrDefault(g.Key, "").Replace("{emergency_number}", emergencyNumber, StringComparison.Ordinal);
                var (before, number, after) = UrgentSignGroup.SplitAction(action, emergency ? emergencyNumber : null);
                var heading = emergency ? "An emergency if you have any of these:" : "Get help today if you have any of these:";
                return new UrgentSignGroup(emergency, heading, g.Select(s => s.Name).ToList(), before, number, after);
            })
            .ToList();
        return groups.Count == 0 ? null : new UrgentBox(groups);
    }

    private static (IReadOnlyList<Sign> Signs, IReadOnlyDictionary<string, string> Actions) Load(string file)
    {
        if (!File.Exists(file))
        {
            return ([], new Dictionary<string, string>());
        }

        var yaml = new YamlStream();
        using (var reader = File.OpenText(file))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var actions = root.Children.TryGetValue(new YamlScalarNode("sign_actions"), out var a) && a is YamlMappingNode am
            ? am.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => ((YamlScalarNode)kv.Value).Value ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var list = new List<Sign>();
        if (root.Children.TryGetValue(new YamlScalarNode("warning_signs"), out var s) && s is YamlSequenceNode sequence)
        {
            foreach (var item in sequence.Children.OfType<YamlMappingNode>())
            {
                string Text(string key) => item.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode scalar ? scalar.Value ?? "" : "";
                var topics = item.Children.TryGetValue(new YamlScalarNode("topics"), out var t) && t is YamlSequenceNode ts
                    ? ts.Children.OfType<YamlScalarNode>().Select(x => x.Value ?? "").ToList()
                    : [];
                list.Add(new Sign(Text("id"), Text("name"), Text("level"), topics));
            }
        }

        return (list, actions);
    }

    [GeneratedRegex(@"^\{warning-signs:\s*(?<ids>[a-z0-9\-,\s]*)\}[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    private sealed record Sign(string Id, string Name, string Level, IReadOnlyList<string> Topics);
}
