using System.Globalization;
using System.Text.RegularExpressions;
using Vertebra.Content.Import;
using Vertebra.Content.Markdown;
using Vertebra.Content.Model;
using Vertebra.Content.Sources;
using Vertebra.Content.Tests.Support;
using Vertebra.Tests.Shared;
using Xunit.Abstractions;

namespace Vertebra.Content.Tests;

/// <summary>The bundled Chinese articles (content/articles/zh/, issue 15): written for patients, sourced, unreviewed, safe.</summary>
public sealed partial class ChineseContentTests(ITestOutputHelper output)
{
    private static readonly Lazy<ContentBatch> Bundled = new(() => MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None));

    private static string ChineseFolder => Path.Combine(RepositoryPaths.Content, "articles", "zh");

    private static IEnumerable<Article> Chinese => Bundled.Value.Articles.Where(a => a.Language == ArticleLanguages.Chinese);

    [Fact]
    public void BundledContent_PublishesAtLeastTwelveChineseArticles()
    {
        Assert.True(Chinese.Count(a => a.Status == ArticleStatus.Published) >= 12, $"only {Chinese.Count()} Chinese articles");
    }

    [Fact]
    public void ChineseArticles_LiveInTheZhFolderUnderTheirPinyinSlug()
    {
        var files = Directory.EnumerateFiles(ChineseFolder, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Chinese.Select(a => a.Slug).Order(StringComparer.Ordinal), files);
        Assert.All(Chinese, a => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", a.Slug));
        Assert.All(Bundled.Value.Articles.Where(a => a.Language != ArticleLanguages.Chinese), a => Assert.DoesNotContain(a.Slug, files));
    }

    [Fact]
    public void ChineseArticles_CiteAtLeastTwoRegistrySourcesAndCarryReviewDates()
    {
        var registry = SourceRegistryFile.ReadFolder(RepositoryPaths.Content);
        foreach (var path in Directory.EnumerateFiles(ChineseFolder, "*.md"))
        {
            var text = File.ReadAllText(path);
            Assert.True(ArticleMarkdownReader.FindKeyLineInFile(text, "references") is null, $"{Path.GetFileName(path)} lists raw references; cite registry ids");
            var article = ArticleMarkdownReader.Parse(text, path, registry);
            Assert.True(article.References.Count >= 2, $"{article.Slug} cites {article.References.Count} source(s)");
            Assert.All(article.References, r => Assert.Contains(registry.All, s => s.Url == r.Url));
            Assert.NotNull(article.Published);
            Assert.NotNull(article.LastReviewed);
            Assert.True(article.NextReviewDue > article.LastReviewed, $"{article.Slug}: next review must follow the last");
        }
    }

    [Fact]
    public void ChineseArticles_AreNotMarkedAsClinicallyReviewed()
    {
        Assert.All(Chinese, a => Assert.False(a.IsClinicallyReviewed, $"{a.Slug} names a medical reviewer"));
    }

    [Fact]
    public void ChineseArticles_EachNameAnEnglishCounterpartThatExists()
    {
        var english = Bundled.Value.Articles.Where(a => a.Language == ArticleLanguages.English).Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var article in Chinese)
        {
            Assert.True(article.Counterpart is not null && english.Contains(article.Counterpart), $"{article.Slug}: counterpart '{article.Counterpart}'");
        }
    }

    [Fact]
    public void ChineseArticles_AllMeetTheChineseReadabilityRule()
    {
        var problems = new List<string>();
        output.WriteLine("| article | sentences | characters a sentence | Han characters | allowed medical | outside both | share outside | characters |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var article in Chinese.OrderBy(a => a.Slug, StringComparer.Ordinal))
        {
            var score = ChineseReadability.OfMarkdown(article.Title + "\n" + article.Summary + "\n" + article.Body);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {article.Slug} | {score.Sentences} | {score.AverageSentenceLength:0.0} | {score.HanCharacters} | {score.AllowedMedical} | {score.Uncommon} | {score.UncommonShare * 100:0.00} % | {score.UncommonCharacters} |"));
            if (!score.MeetsTarget)
            {
                problems.Add($"{article.Slug}: {ChineseReadability.Describe(score)}");
            }
        }

        Assert.True(problems.Count == 0, "Chinese articles above the rule:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void ChineseArticles_NeverSayADiscCanBePushedBack()
    {
        var problems = Chinese
            .SelectMany(a => new[] { a.Title, a.Summary, a.Body }.SelectMany(ChineseDiscRepositionCheck.AffirmativeSentences).Select(s => $"{a.Slug}: {s}"))
            .ToList();

        Assert.True(problems.Count == 0, "affirmative disc-reposition claims:\n" + string.Join('\n', problems));
    }

    [Theory]
    [InlineData("推拿能把突出的椎间盘推回去。")]
    [InlineData("我们一次就能让腰突复位！")]
    [InlineData("正骨手法可使突出的髓核回纳。")]
    [InlineData("按几次，椎间盘就回到原位了。")]
    [InlineData("牵引可以把椎间盘拉回来。")]
    public void ChineseDiscRepositionCheck_AffirmativeClaims_AreFlagged(string text)
    {
        Assert.Single(ChineseDiscRepositionCheck.AffirmativeSentences(text));
    }

    [Theory]
    [InlineData("按摩不能把突出的椎间盘推回去。")]
    [InlineData("突出的椎间盘推不回去。")]
    [InlineData("所谓\"一次复位\"，是说用手一按就能把椎间盘推回原处。")]
    [InlineData("手术是把压迫神经的东西拿掉，不是把椎间盘推回去。")]
    [InlineData("医生会把骨折复位并固定。")]
    public void ChineseDiscRepositionCheck_DenyingOrUnrelatedSentences_AreNotFlagged(string text)
    {
        Assert.Empty(ChineseDiscRepositionCheck.AffirmativeSentences(text));
    }

    [Fact]
    public void ChineseArticles_UseChineseHealthCareWordsAndNoUkServices()
    {
        foreach (var article in Chinese)
        {
            var text = article.Title + article.Summary + article.Body;
            Assert.DoesNotMatch(UkServices(), text);
            Assert.True(WarningSignIds(article.Body).Count > 0, $"{article.Slug} names no warning signs");
            Assert.True(Headings(article.Body).Any(h => h.Contains("医院", StringComparison.Ordinal) || h.Contains("医生", StringComparison.Ordinal)),
                $"{article.Slug} has no section on when to go to hospital");
            Assert.Contains("急诊", text, StringComparison.Ordinal);
            Assert.True(Headings(article.Body).Contains("要点"), $"{article.Slug} has no key points (要点)");
        }
    }

    [Fact]
    public void ChineseArticles_NameOnlyWarningSignsTheGuidanceDataKnows()
    {
        var known = WarningSignDefinition().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Content, "guidance", "warning-signs.yaml")))
            .Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
        Assert.All(Chinese, a => Assert.All(WarningSignIds(a.Body), id => Assert.Contains(id, known)));
    }

    [Fact]
    public void ChineseArticles_CoverTheTopicsTheIssueAsksFor()
    {
        var all = string.Join('\n', Chinese.Select(a => a.Title + a.Summary + a.Body));
        foreach (var words in new[]
                 {
                     "推拿", "按摩", "康复科", "急性期", "神经根", "伪科学", "祖传秘方", "根治", "经皮椎间孔镜", "PTED", "马尾综合征", "坐骨神经痛", "颈椎病",
                     "脊柱侧弯", "脊柱肿瘤", "Chiari 畸形", "脊髓栓系", "脊髓纵裂", "脊膜膨出", "脊髓空洞症", "隐性脊柱裂", "脊柱骨折",
                 })
        {
            Assert.Contains(words, all, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("精神分裂", all, StringComparison.Ordinal); // 脊髓纵裂 is split cord malformation, never schizophrenia
    }

    [Fact]
    public void CommonCharacterStandard_HasTwentyFiveHundredAndOneThousandDistinctCharacters()
    {
        Assert.Equal(2500, ChineseReadability.Common.Count);
        Assert.Equal(1000, ChineseReadability.LessCommon.Count);
        Assert.Empty(ChineseReadability.Common.Intersect(ChineseReadability.LessCommon));
        Assert.All(ChineseReadability.Common.Concat(ChineseReadability.LessCommon), c => Assert.True(ChineseReadability.IsHan(c)));
        Assert.Contains('椎', ChineseReadability.LessCommon); // spot checks against the printed standard
        Assert.Contains('脊', ChineseReadability.Common);
        Assert.Contains('匕', ChineseReadability.LessCommon);
    }

    [Fact]
    public void AllowedMedicalCharacters_AreAllOutsideTheStandard()
    {
        Assert.NotEmpty(ChineseReadability.AllowedMedical);
        Assert.All(ChineseReadability.AllowedMedical, c =>
            Assert.False(ChineseReadability.Common.Contains(c) || ChineseReadability.LessCommon.Contains(c), $"{c} is already in the standard"));
    }

    [Fact]
    public void ChineseReadability_CountsSentencesAndUncommonCharacters()
    {
        var score = ChineseReadability.OfText("腰痛很常见。骶骨在下面！\n- 饕餮不是医学词");

        Assert.Equal(3, score.Sentences);
        Assert.Equal(2, score.Uncommon); // 饕 and 餮; 骶 is an allowed medical character
        Assert.Equal("饕餮", score.UncommonCharacters);
        Assert.Equal(1, score.AllowedMedical);
        Assert.Equal(17, score.HanCharacters);
    }

    [Fact]
    public void ChineseReadability_LongSentencesFailTheRule()
    {
        var score = ChineseReadability.OfText(new string('腰', 31) + "。");

        Assert.Equal(31, score.AverageSentenceLength);
        Assert.False(score.MeetsTarget);
    }

    private static IReadOnlyList<string> WarningSignIds(string body) =>
        WarningSignMarker().Matches(body).SelectMany(m => m.Groups["ids"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    private static IEnumerable<string> Headings(string body) =>
        body.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim());

    [GeneratedRegex(@"^\{warning-signs:\s*(?<ids>[a-z0-9\-,\s]*)\}", RegexOptions.Multiline)]
    private static partial Regex WarningSignMarker();

    [GeneratedRegex(@"^  - id: (?<id>[a-z0-9-]+)", RegexOptions.Multiline)]
    private static partial Regex WarningSignDefinition();

    [GeneratedRegex(@"NHS|\b111\b|\b999\b|\bGP\b|A&E|全科医生|家庭医生")]
    private static partial Regex UkServices();
}
