using Vertebra.Content;
using Vertebra.Guidance;
using YamlDotNet.RepresentationModel;

namespace Vertebra.Web.Presentation;

/// <summary>
/// The guide's "Read more" links, as data (content/guidance/site/related-articles.yaml). Loaded once at start-up;
/// an unknown article, triage level, verdict or key stops the start with the file and line.
/// </summary>
public sealed class GuideArticleLinks
{
    private readonly List<(string Slug, Func<GuidanceResult, bool> When)> _links;

    private GuideArticleLinks(List<(string Slug, Func<GuidanceResult, bool> When)> links) => _links = links;

    /// <summary>The file inside the content folder.</summary>
    public static string RelativePath => Path.Combine("guidance", "site", "related-articles.yaml");

    /// <summary>Slugs of the articles that explain this result, without repeats, in file order.</summary>
    public IReadOnlyList<string> For(GuidanceResult result) =>
        _links.Where(l => l.When(result)).Select(l => l.Slug).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Reads the file and checks every slug against <paramref name="articlesDirectory"/>.</summary>
    /// <exception cref="InvalidDataException">The file is wrong; the message names the file and line.</exception>
    public static GuideArticleLinks Load(string path, string articlesDirectory)
    {
        var stream = YamlFiles.Load(path, ex => new InvalidDataException($"{path}: the guide's related articles cannot be read: {ex.Message}", ex));

        var links = new List<(string, Func<GuidanceResult, bool>)>();
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        if (root is null || !root.Children.TryGetValue(new YamlScalarNode("related_articles"), out var listNode) || listNode is not YamlSequenceNode list)
        {
            throw new InvalidDataException($"{path}:1: expected a 'related_articles' list.");
        }

        foreach (var item in list.Children)
        {
            var line = item.Start.Line;
            if (item is not YamlMappingNode map
                || !map.Children.TryGetValue(new YamlScalarNode("article"), out var slugNode) || slugNode is not YamlScalarNode { Value: { Length: > 0 } slug }
                || !map.Children.TryGetValue(new YamlScalarNode("when"), out var when))
            {
                throw new InvalidDataException($"{path}:{line}: each entry needs 'article' (a slug) and 'when'.");
            }

            if (!File.Exists(Path.Combine(articlesDirectory, slug + ".md")))
            {
                throw new InvalidDataException($"{path}:{line}: there is no article '{slug}' in {articlesDirectory}.");
            }

            links.Add((slug, Condition(path, when)));
        }

        return new GuideArticleLinks(links);
    }

    private static Func<GuidanceResult, bool> Condition(string path, YamlNode when)
    {
        var line = when.Start.Line;
        if (when is YamlScalarNode { Value: "always" })
        {
            return _ => true;
        }

        if (when is not YamlMappingNode { Children.Count: 1 } map)
        {
            throw new InvalidDataException($"{path}:{line}: 'when' must be 'always' or one of triage, massage, flag.");
        }

        var (keyNode, valueNode) = map.Children.Single();
        var key = ((YamlScalarNode)keyNode).Value;
        var values = valueNode switch
        {
            YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(v => v.Value ?? string.Empty).ToArray(),
            YamlScalarNode scalar => [scalar.Value ?? string.Empty],
            _ => [],
        };
        switch (key)
        {
            case "triage":
                var levels = values.Select(v => WireNames.TryParse(v, out TriageLevel t) ? t : throw new InvalidDataException($"{path}:{line}: '{v}' is not a triage level.")).ToArray();
                return r => levels.Contains(r.Triage);
            case "massage":
                var verdicts = values.Select(v => WireNames.TryParse(v, out MassageVerdict m) ? m : throw new InvalidDataException($"{path}:{line}: '{v}' is not a massage verdict.")).ToArray();
                return r => verdicts.Contains(r.Massage);
            case "flag":
                return r => r.Flags.Any(f => values.Contains(f.Id, StringComparer.Ordinal));
            default:
                throw new InvalidDataException($"{path}:{line}: unknown condition '{key}' (use always, triage, massage or flag).");
        }
    }
}
