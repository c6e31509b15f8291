namespace Vertebra.Claims.Tests;

public sealed class RuleFileValidationTests
{
    private const string Valid = """
        cues:
          negation:
            - cue: '\bcannot'
              window: 2
          attribution:
            - '\bsome clinics claim'
        categories:
          - id: secret_remedy
            severity: warning
            why: Secret cures are not tested.
            source:
              name: NICE NG59
              url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations'
            article: chinese-medicine-for-a-bulging-disc
            patterns:
              - match: '\bsecret recipe\b'
        """;

    [Fact]
    public void Load_ValidFile_ChecksText()
    {
        using var file = new TempYaml(Valid);
        var checker = ClaimChecker.Load(file.Path);
        var finding = Assert.Single(checker.Check("Try our secret recipe today."));
        Assert.Equal("secret recipe", finding.Text);
        Assert.Empty(checker.Check("Some clinics claim a secret recipe works."));
    }

    [Fact]
    public void Load_ClinicianAddsPhrase_NewPhraseIsFound()
    {
        using var file = new TempYaml(Valid + "\n      - match: '\\bhidden formula\\b'\n");
        Assert.Single(ClaimChecker.Load(file.Path).Check("A hidden formula for strong backs."));
    }

    [Theory]
    [InlineData("severity: warning", "severity: urgent", 9, "'severity' must be 'warning' or 'critical'")]
    [InlineData("      - match: '\\bsecret recipe\\b'", "      - match: '\\bsecret (recipe'", 16, "invalid regular expression")]
    [InlineData("      - match: '\\bsecret recipe\\b'", "      - match: '(?:secret)?'", 16, "matches empty text")]
    [InlineData("    article: chinese-medicine-for-a-bulging-disc", "    article: Chinese Medicine!", 14, "'article' must be an article slug")]
    [InlineData("      url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations'", "      url: 'nice.org.uk'", 13, "source 'url' must be an http or https address")]
    [InlineData("    why: Secret cures are not tested.", "    whyy: Secret cures are not tested.", 10, "unknown key 'whyy'")]
    [InlineData("      window: 2", "      window: lots", 4, "'window' must be a whole number")]
    [InlineData("    why: Secret cures are not tested.", "    why: ''", 10, "'why' in category 'secret_remedy' must not be empty")]
    [InlineData("    patterns:", "    patterns: []\n    unused:", 16, "unknown key 'unused'")]
    public void Load_InvalidFile_ThrowsNamingFileLineAndProblem(string find, string replace, int line, string problem)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        using var file = new TempYaml(Valid.Replace(find, replace, StringComparison.Ordinal));
        var ex = Assert.Throws<ClaimRulesException>(() => ClaimChecker.Load(file.Path));
        Assert.Equal(file.Path, ex.FilePath);
        Assert.Equal(line, ex.Line);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"{file.Path}({line}): ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingPatterns_ThrowsWithCategoryLine()
    {
        using var file = new TempYaml(Valid.Replace("    patterns:\n      - match: '\\bsecret recipe\\b'", string.Empty, StringComparison.Ordinal));
        var ex = Assert.Throws<ClaimRulesException>(() => ClaimChecker.Load(file.Path));
        Assert.Equal(8, ex.Line);
        Assert.Contains("is missing 'patterns'", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateCategory_Throws()
    {
        var category = Valid[Valid.IndexOf("  - id:", StringComparison.Ordinal)..];
        using var file = new TempYaml(Valid + "\n" + category);
        var ex = Assert.Throws<ClaimRulesException>(() => ClaimChecker.Load(file.Path));
        Assert.Contains("listed twice", ex.Problem, StringComparison.Ordinal);
        Assert.Equal(17, ex.Line);
    }

    [Fact]
    public void Load_BrokenYaml_ThrowsWithLine()
    {
        using var file = new TempYaml("cues:\n  negation: [\n  attribution: x\n");
        var ex = Assert.Throws<ClaimRulesException>(() => ClaimChecker.Load(file.Path));
        Assert.Contains("not valid YAML", ex.Problem, StringComparison.Ordinal);
        Assert.True(ex.Line > 0);
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.yaml");
        var ex = Assert.Throws<ClaimRulesException>(() => ClaimChecker.Load(path));
        Assert.Equal(path, ex.FilePath);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFile_Throws()
    {
        using var file = new TempYaml(string.Empty);
        var ex = Assert.Throws<ClaimRulesException>(() => ClaimChecker.Load(file.Path));
        Assert.Contains("exactly one YAML document", ex.Problem, StringComparison.Ordinal);
    }
}
