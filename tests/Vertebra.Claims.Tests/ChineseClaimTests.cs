using System.Text.Json;
using CsCheck;

namespace Vertebra.Claims.Tests;

/// <summary>Issue 15: the claim checker reads Chinese, and mixed Chinese and English, text.</summary>
public sealed class ChineseClaimTests
{
    [Fact]
    public void Check_TypicalChineseAdvert_IsFlagged()
    {
        const string advert = "推拿正骨，一次复位，根治……有效率100%";

        var findings = Checkers.Shipped.Check(advert);

        Assert.Contains(findings, f => f.Category == "reposition_disc" && f.Text == "复位");
        Assert.Contains(findings, f => f.Category == "cure_guarantee" && f.Text.Contains("根治", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Category == "cure_guarantee" && f.Text == "有效率100%");
        Assert.All(findings, f => Assert.Equal("zh", f.Language));
    }

    [Theory]
    [InlineData("祖传秘方，专治腰突！", "secret_remedy")]
    [InlineData("纯中药配方，绝对安全，无任何副作用。", "no_side_effects")]
    [InlineData("不用拍片，不用开刀，来我们这里摸一摸就知道。", "avoid_doctor")]
    [InlineData("我们的胶囊能让磨损的软骨重新长出来。", "reverse_damage")]
    [InlineData("颈椎错位是头痛失眠的根源，正骨就能调好。", "false_mechanism")]
    [InlineData("刚闪了腰就马上来推拿，效果最好。", "massage_acute_safe")]
    [InlineData("老中医的手法能把突出的椎间盘推回原位。", "reposition_disc")]
    [InlineData("一个疗程根治，永不复发。", "cure_guarantee")]
    public void Check_ChineseClaim_IsFoundInItsCategory(string text, string category)
    {
        Assert.Contains(category, Checkers.Categories(text));
    }

    [Theory]
    [InlineData("按摩不能把突出的椎间盘推回去。")]
    [InlineData("推拿只能缓解症状，无法让椎间盘复位。")]
    [InlineData("所谓“一次复位、根治不复发”，都是伪科学。")]
    [InlineData("警惕声称有祖传秘方的诊所。")]
    [InlineData("没有证据表明任何注射能让椎间盘再生。")]
    [InlineData("有些推拿店宣称急性期推拿效果最好，这是错误的。")]
    [InlineData("急性期不要做重手法推拿，以免损伤神经根。")]
    [InlineData("按摩能把突出的腰椎间盘推回去吗")]
    [InlineData("按摩能把突出的腰椎间盘推回去吗？")]
    [InlineData("大多数腰椎间盘突出症不需要手术。")]
    [InlineData("脊柱骨折有时需要手术复位和内固定。")]
    [InlineData("突出的髓核可能在几个月内被身体慢慢吸收，甚至消失。")]
    [InlineData("很多人以为正骨能让椎间盘回到原位，其实不能。")]
    public void Check_ChineseDenialWarningQuestionOrTrueStatement_HasNoFinding(string text)
    {
        Assert.Empty(Checkers.Shipped.Check(text));
    }

    [Fact]
    public void Check_MixedText_FindsEachLanguageWithItsOwnRulesAndExplanation()
    {
        const string text = "Our massage pushes the disc back into place. 本店正骨一次复位，永不复发。";

        var findings = Checkers.Shipped.Check(text);

        var english = Assert.Single(findings, f => f.Category == "reposition_disc" && f.Language == "en");
        Assert.Equal("en", english.Language);
        var chinese = findings.Where(f => f.Language == "zh").ToList();
        Assert.Contains(chinese, f => f.Category == "reposition_disc");
        Assert.Contains(chinese, f => f.Category == "cure_guarantee");
        Assert.All(chinese, f => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", f.Why));
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", english.Why);
    }

    [Fact]
    public void Check_ChineseLines_AreSentencesOfTheirOwn()
    {
        // An advert puts one claim on each line, without a full stop: a denial on one line does not cancel the next.
        const string text = "推拿不能治百病\n祖传秘方\n一次根治";

        var findings = Checkers.Shipped.Check(text);

        Assert.Contains(findings, f => f.Category == "secret_remedy" && f.Text == "祖传秘方");
        Assert.Contains(findings, f => f.Category == "cure_guarantee");
    }

    [Fact]
    public void Check_ChineseSemicolonEndsASentence()
    {
        Assert.Contains("secret_remedy", Checkers.Categories("正规医院不会这样说；我们有祖传秘方"));
    }

    [Fact]
    public void Check_AnyMixOfChineseAndEnglishSentences_SpansPointAtTheirText()
    {
        string[] pieces =
        [
            "推拿正骨，一次复位。", "祖传秘方，三代单传！", "按摩不能把椎间盘推回去。", "绝对安全，无副作用",
            "Our massage pushes the disc back into place.", "A secret family recipe.", "\n", "……", " ", "急性期也可以放心推拿？",
        ];
        Gen.Int[0, pieces.Length - 1].Array[1, 12].Select(ix => string.Concat(ix.Select(i => pieces[i])))
            .Sample(text =>
            {
                foreach (var f in Checkers.Shipped.Check(text))
                {
                    Assert.Equal(text.Substring(f.Start, f.Length), f.Text);
                    Assert.Equal(f.Text.Any(c => c is >= '\u4E00' and <= '\u9FFF') ? "zh" : "en", f.Language);
                }
            }, iter: 300);
    }

    [Fact]
    public void Json_ChineseFinding_CarriesItsLanguage()
    {
        var json = ClaimFindingJson.Serialize(Checkers.Shipped.Check("祖传秘方"));

        using var doc = JsonDocument.Parse(json);
        var first = doc.RootElement.GetProperty("findings")[0];
        Assert.Equal("zh", first.GetProperty("language").GetString());
        Assert.Equal("祖传秘方", first.GetProperty("text").GetString());
        Assert.Equal("zh", ClaimFindingJson.Deserialize(json)[0].Language);
    }

    [Fact]
    public void Parse_ChinesePatternAndLocalizedExplanation_AreUsed()
    {
        var checker = ClaimChecker.Parse("""
            lexicons:
              secret:
                - lang: zh
                  words: [秘方, 偏方]
            cues:
              negation:
                - lang: zh
                  cue: '没有'
                  window: 4
              attribution:
                - lang: zh
                  match: '所谓'
            categories:
              - id: secret_remedy
                severity: warning
                why: Secret cures are not tested.
                source:
                  name: NICE NG59
                  url: 'https://www.nice.org.uk/guidance/ng59'
                article: chinese-medicine-for-a-bulging-disc
                localized:
                  zh:
                    why: 秘方没法检验。
                patterns:
                  - lang: zh
                    claim: '祖传|家传 ...2 {secret}'
            """);

        var finding = Assert.Single(checker.Check("本店有祖传的秘方。"));
        Assert.Equal("祖传的秘方", finding.Text);
        Assert.Equal("秘方没法检验。", finding.Why);
        Assert.Equal("chinese-medicine-for-a-bulging-disc", finding.ArticleSlug);
        Assert.Empty(checker.Check("世上没有祖传秘方。"));
        Assert.Empty(checker.Check("所谓祖传秘方不可信。"));
        Assert.Empty(checker.Check("A family secret recipe."));
    }

    [Theory]
    [InlineData("lang: zh", "lang: fr", "'lang' in a pattern")]
    [InlineData("claim: '祖传 ...2 秘方'", "claim: '祖传 ...21 秘方'", "from 1 to 20 characters")]
    [InlineData("why: 秘方没法检验。", "wrong: 秘方没法检验。", "unknown key 'wrong'")]
    public void Parse_BadChineseRule_ThrowsAClearError(string from, string to, string message)
    {
        const string valid = """
            cues:
              negation:
                - cue: '\bnot'
              attribution:
                - '\bsome clinics claim'
            categories:
              - id: secret_remedy
                severity: warning
                why: Secret cures are not tested.
                source:
                  name: NICE NG59
                  url: 'https://www.nice.org.uk/guidance/ng59'
                article: chinese-medicine-for-a-bulging-disc
                localized:
                  zh:
                    why: 秘方没法检验。
                patterns:
                  - lang: zh
                    claim: '祖传 ...2 秘方'
            """;
        Assert.NotNull(ClaimChecker.Parse(valid));

        var ex = Assert.Throws<ClaimRulesException>(() => ClaimChecker.Parse(valid.Replace(from, to, StringComparison.Ordinal)));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }
}
