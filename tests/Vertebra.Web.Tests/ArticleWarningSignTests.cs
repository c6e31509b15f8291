using System.Text.RegularExpressions;
using Vertebra.Guidance;
using Vertebra.Tests.Shared;
using Vertebra.Web.Hosting;
using Vertebra.Web.Presentation;

namespace Vertebra.Web.Tests;

/// <summary>
/// One truth for "when to get help": every article in content/articles is checked against the warning-sign data
/// the guidance engine uses. Articles name their signs ({warning-signs: ...}); the site renders the lists; and no
/// sentence or list of an article may give a sign a lower urgency than the engine does.
/// </summary>
public sealed partial class ArticleWarningSignTests
{
    private static readonly GuidanceEngine Engine = GuidanceEngine.Load(Path.Combine(RepositoryPaths.Content, "guidance"));
    private static readonly WarningSignMarkdown Signs = new(Engine, new VertebraWebOptions { DataDirectory = Path.GetTempPath(), ContentDirectory = RepositoryPaths.Content });

    /// <summary>Words that say how soon to get help, most urgent first.</summary>
    private static readonly (WarningSignLevel Level, string[] Words)[] UrgencyWords =
    [
        (WarningSignLevel.Emergency, ["emergency department", "a&e", "999", "ambulance", "an emergency", "straight away"]),
        (WarningSignLevel.Urgent, ["same-day", "same day", "today", "111", "within 24 hours", "urgent gp"]),
        (WarningSignLevel.Soon, ["1 to 2 weeks", "one to two weeks", "specialist soon", "within a week or two"]),
        (WarningSignLevel.SeeGp, ["see a gp", "see your gp", "see a doctor", "see your doctor", "book a gp"]),
    ];

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "articles"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_NamesOnlyKnownWarningSigns(string file)
    {
        var body = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "articles", file));
        foreach (var id in WarningSignMarkdown.NamedIds(body))
        {
            Assert.True(Engine.FindWarningSign(id) is not null, $"{file} names warning sign '{id}', which content/guidance/warning-signs.yaml does not have");
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_NeverGivesAWarningSignALowerUrgencyThanTheEngine(string file)
    {
        var body = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "articles", file));
        var problems = new List<string>();
        foreach (var (text, line) in Units(body))
        {
            var lower = text.ToLowerInvariant();
            var said = UrgencyWords.Where(u => u.Words.Any(w => lower.Contains(w, StringComparison.Ordinal))).Select(u => (WarningSignLevel?)u.Level).FirstOrDefault();
            if (said is not { } level)
            {
                continue;
            }

            foreach (var sign in Engine.WarningSigns.Where(s => s.Mentions.Any(m => lower.Contains(m, StringComparison.Ordinal)) && s.Level > level))
            {
                problems.Add($"{file}:{line}: says '{WireName(level)}' for {sign.Id} ({sign.Name}), which the engine treats as '{WireName(sign.Level)}': \"{text.Trim()}\"");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheUrgencyCheck_CatchesASignGivenALowerUrgency()
    {
        var units = Units("**Get a same-day appointment** for a child with new back pain and leg weakness or new bladder accidents.\n").ToList();
        var lower = units[0].Text.ToLowerInvariant();
        Assert.Contains(Engine.WarningSigns, s => s.Id == "bladder-or-bowel-change" && s.Mentions.Any(m => lower.Contains(m, StringComparison.Ordinal)));
        Assert.Contains("same-day", lower, StringComparison.Ordinal);
    }

    [Fact]
    public void TetheredCord_ChildBladderAccidentsAndLegWeakness_AreEmergencySigns()
    {
        var body = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "articles", "tethered-cord-and-spina-bifida.md"));
        var named = Signs.SignsIn(body);
        Assert.Contains(named, s => s.Id == "child-leg-weakness" && s.Level == WarningSignLevel.Emergency);
        Assert.Contains(named, s => s.Id == "bladder-or-bowel-change" && s.Level == WarningSignLevel.Emergency);
        var expanded = Signs.Expand(body);
        var emergency = Section(expanded, "**Call 999 or go to the nearest emergency department now if you have:**");
        Assert.Contains("a child with back pain and weak legs", emergency, StringComparison.Ordinal);
        Assert.Contains("new trouble peeing", emergency, StringComparison.Ordinal);
        Assert.DoesNotContain("same-day appointment** for a child", body, StringComparison.Ordinal);
    }

    [Fact]
    public void CervicalSpondylosis_BladderChange_IsAnEmergencySign()
    {
        var body = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "articles", "cervical-spondylosis.md"));
        Assert.Contains(Signs.SignsIn(body), s => s.Id == "bladder-or-bowel-change" && s.Level == WarningSignLevel.Emergency);
        var emergency = Section(Signs.Expand(body), "**Call 999 or go to the nearest emergency department now if you have:**");
        Assert.Contains("losing control of your bladder or bowels", emergency, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_RendersEachLevelWithItsAction_AndTheConfiguredNumber()
    {
        var signs = new WarningSignMarkdown(Engine, new VertebraWebOptions { DataDirectory = Path.GetTempPath(), ContentDirectory = RepositoryPaths.Content, EmergencyNumber = "112" });
        var text = signs.Expand("Intro.\n\n{warning-signs: weight-loss, saddle-numbness}\n\nAfter.\n");
        Assert.StartsWith("Intro.", text, StringComparison.Ordinal);
        Assert.Contains("**Call 112 or go to the nearest emergency department now if you have:**\n\n- new numbness or tingling around your bottom", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Call 112", StringComparison.Ordinal) < text.IndexOf("See a doctor today", StringComparison.Ordinal), "emergency signs come first");
        Assert.Contains("- losing weight without trying", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{warning-signs", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticlesWithAWhenToGetHelpSection_NameTheirSignsFromTheData()
    {
        foreach (var file in new[] { "sciatica.md", "massage-safety-with-a-herniated-disc.md", "when-is-surgery-needed-for-a-herniated-disc.md", "cauda-equina-syndrome-warning-signs.md" })
        {
            var body = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "articles", file));
            Assert.Contains(Signs.SignsIn(body), s => s.Id == "new-symptoms-both-legs" && s.Level == WarningSignLevel.Emergency);
        }
    }

    private static string Section(string markdown, string leadIn)
    {
        var start = markdown.IndexOf(leadIn, StringComparison.Ordinal);
        Assert.True(start >= 0, "lead-in not found: " + leadIn);
        var end = markdown.IndexOf("**", start + leadIn.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    private static string WireName(WarningSignLevel level) => WarningSign.WireName(level);

    [GeneratedRegex(@"^\s*([-*]|\d+\.)\s+")]
    private static partial Regex ListItem();

    /// <summary>
    /// The article as units a reader takes in together: each paragraph, and each list item joined with the
    /// paragraph that leads into its list. Headings, front matter and sign markers are left out.
    /// </summary>
    private static IEnumerable<(string Text, int Line)> Units(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = 0;
        if (lines.Length > 0 && lines[0] == "---")
        {
            start = Array.IndexOf(lines, "---", 1) + 1;
        }

        var leadIn = string.Empty;
        var paragraph = new List<string>();
        var paragraphLine = 0;
        for (var i = start; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : string.Empty;
            if (line.StartsWith('#') || line.StartsWith("{warning-signs:", StringComparison.Ordinal))
            {
                leadIn = string.Empty;
                continue;
            }

            if (ListItem().IsMatch(line))
            {
                if (paragraph.Count > 0)
                {
                    leadIn = string.Join(' ', paragraph);
                    paragraph.Clear();
                }

                yield return (leadIn + " " + ListItem().Replace(line, string.Empty), i + 1);
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                if (paragraph.Count > 0)
                {
                    var text = string.Join(' ', paragraph);
                    leadIn = text;
                    yield return (text, paragraphLine);
                    paragraph.Clear();
                }

                continue;
            }

            if (paragraph.Count == 0)
            {
                paragraphLine = i + 1;
            }

            paragraph.Add(line);
        }
    }
}
