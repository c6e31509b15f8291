namespace Vertebra.Guidance.Tests;

/// <summary>
/// Tests generated from content/guidance/warning-signs.yaml: one case per sign that has it, and the same case
/// without it. Adding a sign to the file adds its tests.
/// </summary>
public sealed class WarningSignTests
{
    public static TheoryData<string> SignIds()
    {
        var data = new TheoryData<string>();
        foreach (var sign in Engines.Default.WarningSigns)
        {
            data.Add(sign.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SignIds))]
    public void CaseWithTheSign_ReachesItsLevel(string id)
    {
        var c = Engines.Default.WarningSignCases.Single(x => x.Sign.Id == id);
        var result = Engines.Default.Evaluate(c.With);
        Assert.True(result.Triage >= c.Sign.Triage, $"{id}: expected at least {WireNames.Of(c.Sign.Triage)}, got {WireNames.Of(result.Triage)}");
        Assert.Contains(result.Trace, t => c.Sign.Rules.Contains(t.Rule));
        Assert.Contains(c.Sign, Engines.Default.PresentWarningSigns(c.With));
        if (c.Sign.Level == WarningSignLevel.SeeGp)
        {
            Assert.NotEqual(Route.SelfCare, result.Route);
        }

        if (c.Sign.Level >= WarningSignLevel.Urgent)
        {
            Assert.Equal(MassageVerdict.Contraindicated, result.Massage);
        }
    }

    [Theory]
    [MemberData(nameof(SignIds))]
    public void SameCaseWithoutTheSign_IsNotRaisedByIt(string id)
    {
        var c = Engines.Default.WarningSignCases.Single(x => x.Sign.Id == id);
        var result = Engines.Default.Evaluate(c.Without);
        Assert.DoesNotContain(result.Trace, t => c.Sign.Rules.Contains(t.Rule));
        Assert.DoesNotContain(c.Sign, Engines.Default.PresentWarningSigns(c.Without));
        Assert.True(result.Triage <= Engines.Default.Evaluate(c.With).Triage);
    }

    [Theory]
    [MemberData(nameof(SignIds))]
    public void EverySign_HasSourcesOnPublishersSites_PlainName_AndAnAction(string id)
    {
        var sign = Engines.Default.FindWarningSign(id)!;
        Assert.NotEmpty(sign.Sources);
        Assert.All(sign.Sources.Where(s => s.Url is not null), s => Assert.StartsWith("https://", s.Url, StringComparison.Ordinal));
        Assert.False(string.IsNullOrWhiteSpace(sign.Name));
        Assert.DoesNotContain("_", sign.Name, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(sign.Action));
        if (sign.Level == WarningSignLevel.Emergency)
        {
            Assert.Contains(WarningSign.EmergencyNumberPlaceholder, sign.Action, StringComparison.Ordinal);
            Assert.Contains("999", sign.ActionWith("999"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryRuleThatSetsALevel_IsNamedByASign()
    {
        var named = Engines.Default.WarningSigns.SelectMany(s => s.Rules).ToHashSet(StringComparer.Ordinal);
        var levelRules = Engines.Default.RuleIds.Where(r => Engines.Default.RuleSetsTriage(r));
        Assert.All(levelRules, r => Assert.Contains(r, named));
    }

    [Fact]
    public void SignWithNoRule_StopsTheRuleSetLoading()
    {
        var ex = LoadWithSignsEdited("    rules: [upper-back-pain]\n", "    rules: []\n");
        Assert.Contains("upper-back-pain", ex.Message, StringComparison.Ordinal);
        Assert.Contains("names no rule", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleWithNoSign_StopsTheRuleSetLoading()
    {
        var ex = LoadWithSignsEdited("    facts: [age]\n    rules: [child-under-4]\n", "    facts: [weight_loss]\n    rules: [unexplained-weight-loss]\n");
        Assert.Contains("child-under-4", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no warning sign names it", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Loads a copy of the bundled rules with one edit to warning-signs.yaml, expecting it to be refused.</summary>
    private static GuidanceRuleException LoadWithSignsEdited(string oldText, string newText)
    {
        var dir = CopyRules();
        var path = Path.Combine(dir, "warning-signs.yaml");
        var yaml = File.ReadAllText(path);
        Assert.Contains(oldText, yaml, StringComparison.Ordinal);
        File.WriteAllText(path, yaml.Replace(oldText, newText, StringComparison.Ordinal));
        return Assert.Throws<GuidanceRuleException>(() => GuidanceEngine.Load(dir));
    }

    [Fact]
    public void WarningSignsForTopic_ReturnsTheTopicsSigns_MostUrgentFirst()
    {
        var signs = Engines.Default.WarningSignsForTopic("sciatica");
        Assert.Contains(signs, s => s.Id == "new-symptoms-both-legs");
        Assert.Equal(signs.OrderByDescending(s => s.Level).Select(s => s.Id), signs.Select(s => s.Id));
        Assert.Empty(Engines.Default.WarningSignsForTopic("no-such-topic"));
    }

    [Fact]
    public void UnsignedRuleSet_IsNotClinicallyReviewed()
    {
        Assert.Null(Engines.Default.SignOff);
        Assert.False(Engines.Default.Evaluate(CaseFacts.Empty).ClinicallyReviewed);
    }

    [Fact]
    public void SignOffForThisVersion_MarksResultsReviewed()
    {
        var dir = CopyRules();
        var path = Path.Combine(dir, "ruleset.yaml");
        var version = Engines.Default.Ruleset.Split('@')[1];
        File.WriteAllText(path, File.ReadAllText(path).Replace("  sign_off: []", $"  sign_off:\n    - {{version: {version}, approved_by: \"Dr A Example, spine surgeon\", date: 2026-12-01}}", StringComparison.Ordinal));
        var engine = GuidanceEngine.Load(dir);
        Assert.Equal("Dr A Example, spine surgeon", engine.SignOff!.ApprovedBy);
        Assert.True(engine.Evaluate(CaseFacts.Empty).ClinicallyReviewed);
    }

    [Fact]
    public void SignWithoutChineseName_StopsLoading_OnceChineseIsRequired()
    {
        var dir = CopyRules();
        var path = Path.Combine(dir, "warning-signs.yaml");
        var yaml = File.ReadAllText(path);
        const string chinese = "    zh:\n      name: \"4 岁以下的孩子腰背痛\"\n";
        Assert.Contains(chinese, yaml, StringComparison.Ordinal);
        File.WriteAllText(path, yaml.Replace(chinese, "", StringComparison.Ordinal));

        // English alone still loads; with Chinese required, the sign without its Chinese name is named and refused.
        Assert.NotNull(GuidanceEngine.Load(dir));
        var ex = Assert.Throws<GuidanceRuleException>(() => GuidanceEngine.Load(dir, [GuidanceLanguages.Chinese]));
        Assert.Contains("young-child", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'zh'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SignActionWithoutChinese_StopsLoading_OnceChineseIsRequired()
    {
        var dir = CopyRules();
        var path = Path.Combine(dir, "warning-signs.yaml");
        var yaml = File.ReadAllText(path);
        const string action = "  soon: \"在 1 到 2 周内到脊柱外科门诊就诊。\"\n";
        Assert.Contains(action, yaml, StringComparison.Ordinal);
        File.WriteAllText(path, yaml.Replace(action, "", StringComparison.Ordinal));
        var ex = Assert.Throws<GuidanceRuleException>(() => GuidanceEngine.Load(dir, [GuidanceLanguages.Chinese]));
        Assert.Contains("sign_actions_zh", ex.Message, StringComparison.Ordinal);
    }

    private static string CopyRules()
    {
        var dir = Path.Combine(Path.GetTempPath(), "vertebra-signs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(TestPaths.RulesDirectory, "*.yaml"))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }

        return dir;
    }
}
