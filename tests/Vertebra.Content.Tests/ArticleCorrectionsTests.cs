using System.Text.RegularExpressions;
using Vertebra.Content.Import;
using Vertebra.Content.Model;
using Vertebra.Tests.Shared;

namespace Vertebra.Content.Tests;

/// <summary>
/// The statements issue 13 corrected, each pinned so the old statement cannot come back unnoticed.
/// </summary>
public sealed partial class ArticleCorrectionsTests
{
    private static readonly Lazy<ContentBatch> Bundled = new(() => MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None));

    private static Article Get(string slug) => Bundled.Value.Articles.Single(a => a.Slug == slug);

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text.Replace("\n", " ", StringComparison.Ordinal)).Where(s => s.Length > 0);

    [Fact]
    public void Sciatica_RecommendsNoNerveMedicineThatNg59AdvisesAgainst()
    {
        var article = Get("sciatica");
        Assert.DoesNotContain("medicine for nerve pain", article.Body, StringComparison.OrdinalIgnoreCase);

        string[] advisedAgainst = ["gabapentin", "pregabalin", "gabapentinoid", "epilepsy medicine", "antiepileptic", "steroid tablet", "benzodiazepine", "opioid"];
        var mentions = Sentences(article.Body)
            .Where(s => advisedAgainst.Any(d => s.Contains(d, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, s => Assert.True(
            s.Contains("not", StringComparison.OrdinalIgnoreCase) || s.Contains("against", StringComparison.OrdinalIgnoreCase),
            $"the sciatica article mentions a medicine NICE NG59 advises against without saying so: \"{s}\""));
        Assert.Contains(article.References, r => r.Url.Contains("nice.org.uk/guidance/ng59", StringComparison.Ordinal));
    }

    [Fact]
    public void MassageArticle_ShowsTheDepartmentAndNiceViewsOnTraction_EachNamed()
    {
        var body = Get("massage-for-lumbar-disc-herniation").Body;

        Assert.Contains("Our spine team's view", body, StringComparison.Ordinal);
        Assert.Contains(Sentences(body), s => s.Contains("NG59", StringComparison.Ordinal)
            && s.Contains("traction", StringComparison.OrdinalIgnoreCase)
            && s.Contains("not offer", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void SpinalTumours_MyelomaStartsInTheBoneMarrowNotSpreadFromElsewhere()
    {
        var body = Get("spinal-tumours").Body;

        Assert.DoesNotContain("cancer, and myeloma, often spread", body, StringComparison.OrdinalIgnoreCase);
        var myeloma = body.Split('\n').Where(l => l.Contains("myeloma", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Contains(myeloma, l => l.Contains("bone marrow", StringComparison.OrdinalIgnoreCase));
        var spreadLine = body.Split('\n').Single(l => l.Contains("Spread from cancer elsewhere", StringComparison.Ordinal));
        Assert.DoesNotContain("myeloma", spreadLine, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ChineseMedicine_YellowSkinOrDarkUrine_MeansStopTheProductAndBeSeenTheSameDay()
    {
        var body = Get("chinese-medicine-for-a-bulging-disc").Body;
        var paragraph = body.Split("\n\n").Single(p => p.Contains("dark urine", StringComparison.OrdinalIgnoreCase));

        Assert.Contains("stop the product", paragraph, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("same day", paragraph, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("yellow skin", paragraph, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("See a doctor soon if a herbal product gives you a rash, yellow skin", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Chiari_AChanceFindingWithoutSymptomsIsNotSentForReviewWithinWeeks()
    {
        var body = Get("chiari-malformation").Body;

        Assert.DoesNotContain("found on a scan should be reviewed", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Sentences(body), s => s.Contains("no symptoms", StringComparison.OrdinalIgnoreCase)
            && s.Contains("check-ups", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(body.Split("\n\n"), p => p.Contains("found by chance", StringComparison.OrdinalIgnoreCase)
            && p.Contains("routine", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void SurgeryArticle_GivesNg59sEpiduralInjectionForAcuteSevereSciatica()
    {
        var body = Get("when-is-surgery-needed-for-a-herniated-disc").Body;

        Assert.Contains(Sentences(body), s => s.Contains("NG59", StringComparison.Ordinal) && s.Contains("epidural", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(body.Split("\n\n"), p => p.Contains("recent and very severe", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EndoscopicDiscectomy_CitesNiceInterventionalProcedureGuidance()
    {
        var article = Get("endoscopic-discectomy");

        Assert.Contains(article.References, r => r.Url.StartsWith("https://www.nice.org.uk/guidance/ipg", StringComparison.Ordinal));
        Assert.Contains("IPG556", article.Body, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
