using CsCheck;

namespace Vertebra.Guidance.Tests;

/// <summary>The guidance texts in Chinese: complete, fitted to Chinese healthcare, and the same rules as in English.</summary>
public sealed class ChineseTextTests
{
    private static readonly Lazy<GuidanceEngine> Bilingual = new(() => GuidanceEngine.Load(TestPaths.RulesDirectory, [GuidanceLanguages.Chinese]));

    private static GuidanceEngine English => Bilingual.Value;

    private static GuidanceEngine Chinese => Bilingual.Value.In(GuidanceLanguages.Chinese);

    /// <summary>Every person-facing Chinese text: questions, options, topics, advice, flags, summaries, signs and their actions.</summary>
    private static IEnumerable<(string Where, string Text)> ChineseTexts()
    {
        foreach (var q in Chinese.Questions)
        {
            yield return (q.Fact, q.Text);
            yield return (q.Fact + " short", q.Short);
            foreach (var o in q.Options)
            {
                yield return ($"{q.Fact}={o.Value}", o.Label);
            }
        }

        foreach (var t in Chinese.Topics)
        {
            yield return ("topic " + t.Id, t.Title);
        }

        foreach (var (id, text, _) in Chinese.AllTexts())
        {
            yield return (id, text);
        }

        foreach (var s in Chinese.WarningSigns)
        {
            yield return (s.Id, s.Name);
            yield return (s.Id + " action", s.ActionWith("120"));
        }
    }

    [Fact]
    public void EveryChineseText_IsChinese_AndNeverNamesNhsServices()
    {
        var texts = ChineseTexts().ToList();
        Assert.True(texts.Count > 150, $"only {texts.Count} texts");
        foreach (var (where, text) in texts)
        {
            Assert.True(text.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"{where} has no Chinese: {text}");
            Assert.DoesNotContain("111", text, StringComparison.Ordinal);
            Assert.DoesNotContain("NHS", text, StringComparison.Ordinal);
            Assert.DoesNotContain("GP", text, StringComparison.Ordinal);
            Assert.DoesNotContain("999", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ChineseEmergencyAction_NamesTheDeploymentsNumber()
    {
        var sign = Chinese.WarningSigns.First(s => s.Level == WarningSignLevel.Emergency);
        Assert.Equal("拨打120，或马上去最近的医院急诊。", sign.ActionWith("120"));
    }

    [Fact]
    public void ChineseTexts_NeverSayADiscCanBePushedBack()
    {
        foreach (var (where, text) in ChineseTexts())
        {
            // "推回" / "复位" only ever appear denied (不能, 不会).
            if (text.Contains("推回", StringComparison.Ordinal) || text.Contains("复位", StringComparison.Ordinal))
            {
                Assert.True(text.Contains("不能", StringComparison.Ordinal) || text.Contains("不会", StringComparison.Ordinal), $"{where}: {text}");
            }
        }
    }

    [Fact]
    public void ChineseAndEnglish_GiveTheSameAnswer_ForAnyCase() =>
        CaseFactsGen.Any.Sample(facts =>
        {
            var en = English.Evaluate(facts);
            var zh = Chinese.Evaluate(facts);
            Assert.Equal(en.Triage, zh.Triage);
            Assert.Equal(en.Route, zh.Route);
            Assert.Equal(en.Massage, zh.Massage);
            Assert.Equal(en.Advice.Select(a => a.Id), zh.Advice.Select(a => a.Id));
            Assert.Equal(en.Advice.Select(a => a.Citations.Count), zh.Advice.Select(a => a.Citations.Count));
            Assert.Equal(en.Flags.Select(f => f.Id), zh.Flags.Select(f => f.Id));
        }, iter: 2000);

    [Fact]
    public void EnglishEngine_IsUnchanged_WhenChineseIsRequired()
    {
        Assert.Equal(Engines.Default.Questions.Select(q => q.Text), English.Questions.Select(q => q.Text));
        Assert.Same(English, English.In(GuidanceLanguages.English));
        Assert.Throws<InvalidOperationException>(() => Engines.Default.In(GuidanceLanguages.Chinese));
    }
}
