using System.Text;
using Vertebra.Content.Markdown;
using Microsoft.Extensions.Localization;
using Vertebra.Guidance;
using Vertebra.Web.Localisation;

namespace Vertebra.Web.Presentation;

/// <summary>
/// One truth for "when to get help" in articles. An article names its warning signs on a line of its own,
/// <c>{warning-signs: saddle-numbness, bladder-or-bowel-change}</c>, and the site renders the list from the same
/// data the guidance engine uses (content/guidance/warning-signs.yaml): grouped by level, most urgent first, each
/// group with what to do (the emergency group with the configured emergency number).
/// For pages that need the signs themselves (an "urgent box"): <see cref="SignsIn"/> for an article's body, or
/// <see cref="GuidanceEngine.WarningSignsForTopic"/> for a condition or topic slug; each sign carries its level,
/// plain-language name, action (<see cref="WarningSign.ActionWith"/>) and sources.
/// </summary>
public sealed class WarningSignMarkdown(GuidanceEngine engine, string emergencyNumber, IStringLocalizer<SharedResource>? text = null)
{
    /// <summary>The sign ids an article body names, in the order written (unknown ids included, so a check can report them).</summary>
    public static IReadOnlyList<string> NamedIds(string markdown) =>
        WarningSignMarkers.Line().Matches(markdown)
            .SelectMany(m => m.Groups["ids"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The warning signs an article body names, most urgent first.</summary>
    public IReadOnlyList<WarningSign> SignsIn(string markdown) => GuidanceEdition.For(engine).WarningSignsById(NamedIds(markdown));

    /// <summary>The body with every marker line replaced by the rendered sign lists (Markdown).</summary>
    public string Expand(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return WarningSignMarkers.Line().Replace(markdown, m => Render(GuidanceEdition.For(engine).WarningSignsById(
            m.Groups["ids"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));
    }

    /// <summary>A lead-in line for each level: what to do, in plain words.</summary>
    public string LeadIn(WarningSignLevel level) => SiteLanguage.IsChinese && text is not null ? ChineseLeadIn(level) : level switch
    {
        WarningSignLevel.Emergency => $"**Call {emergencyNumber} or go to the nearest emergency department now if you have:**",
        WarningSignLevel.Urgent => "**See a doctor today if you have any of these.** Ask for an urgent GP appointment, or call NHS 111:",
        WarningSignLevel.Soon => "**See a spine specialist within 1 to 2 weeks if you have:**",
        _ => "**Book a GP appointment (it does not need to be today) if you have:**",
    };

    private string ChineseLeadIn(WarningSignLevel level) => level switch
    {
        WarningSignLevel.Emergency => text!["**If you have any of these, call {0} or go to the nearest emergency department now:**", emergencyNumber],
        WarningSignLevel.Urgent => text!["**See a doctor today if you have any of these:**"],
        WarningSignLevel.Soon => text!["**See a spine specialist within 1 to 2 weeks if you have:**"],
        _ => text!["**Book a hospital outpatient appointment (it does not need to be today) if you have:**"],
    };

    private string Render(IReadOnlyList<WarningSign> signs)
    {
        var text = new StringBuilder();
        foreach (var group in signs.GroupBy(s => s.Level).OrderByDescending(g => g.Key))
        {
            text.Append(LeadIn(group.Key)).Append("\n\n");
            foreach (var sign in group)
            {
                text.Append("- ").Append(Lower(sign.Name)).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string Lower(string name) => name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1])
        ? char.ToLowerInvariant(name[0]) + name[1..]
        : name;
}
