using Vertebra.Claims.Lexicons;

namespace Vertebra.Claims.Tests;

/// <summary>Lexicons, word forms, claim templates and the word filter that lets most sentences skip most rules.</summary>
public sealed class LexiconTests
{
    [Theory]
    [InlineData("push", "pushes,pushed,pushing")]
    [InlineData("pop", "pops,popped,popping")]
    [InlineData("remedy", "remedies")]
    [InlineData("rehydrate", "rehydrates,rehydrated,rehydrating")]
    [InlineData("disc", "discs")]
    public void Forms_RegularWord_IncludeItsInflections(string word, string expected)
    {
        var forms = EnglishWordForms.Forms(word).ToHashSet(StringComparer.Ordinal);
        Assert.All(expected.Split(','), f => Assert.Contains(f, forms));
    }

    [Fact]
    public void Forms_ExactWord_IsNotInflected()
    {
        Assert.Equal(["drew"], EnglishWordForms.Forms("=drew"));
    }

    [Fact]
    public void Check_ClinicianAddsAWordToALexicon_NewWordingIsFoundInEveryForm()
    {
        const string yaml = """
            lexicons:
              treatment:
                - lang: en
                  words: [plaster]
              regrow:
                - lang: en
                  words: [regrow]
              tissue:
                - lang: en
                  words: [disc, slipped disc]
            cues:
              negation:
                - cue: '\bcannot'
                  window: 2
              negation_inside: ['\bcannot\b']
              attribution: ['\bsome clinics say\b']
            categories:
              - id: reverse_damage
                severity: warning
                why: Nothing regrows a disc.
                source: { name: NICE NG59, url: 'https://www.nice.org.uk/guidance/ng59' }
                article: why-a-herniated-disc-cannot-be-pushed-back
                patterns:
                  - claim: '{treatment} ... {regrow} ... {tissue}'
            """;
        var before = ClaimChecker.Parse(yaml);
        Assert.Empty(before.Check("Our capsules rebuild slipped discs."));

        var after = ClaimChecker.Parse(yaml.Replace("words: [plaster]", "words: [plaster, capsule]", StringComparison.Ordinal).Replace("words: [regrow]", "words: [regrow, rebuild]", StringComparison.Ordinal));
        Assert.Single(after.Check("Our capsules rebuild slipped discs."));
        Assert.Single(after.Check("This capsule rebuilds your disc."));
        Assert.Empty(after.Check("Some clinics say our capsules rebuild discs."));
        Assert.Empty(after.Check("Our capsules cannot rebuild discs."));
    }

    [Theory]
    [InlineData("Our herbal plaster works on the slipped disc; it pushes it back into place.", "reposition_disc")]
    [InlineData("Platelet shots regenerate worn cartilage.", "reverse_damage")]
    [InlineData("Headaches are caused by misaligned vertebrae.", "false_mechanism")]
    public void Check_GrammarClaim_IsFound(string text, string category)
    {
        Assert.Contains(category, Checkers.Categories(text));
    }

    [Theory]
    [InlineData("Coronary artery bypass surgery uses veins from other areas of your body.")]
    [InlineData("There are no known risk factors for this condition.")]
    [InlineData("Your health care provider diagnoses scabies by looking at the skin rash.")]
    [InlineData("Surgery may be needed to cut and realign the bones.")]
    [InlineData("Losing weight and being active provide lasting results.")]
    [InlineData("The condition appears to be passed down through generations in families.")]
    [InlineData("There is no need to see a doctor for mild back pain that is getting better.")]
    [InlineData("Many people's sciatica goes away completely and never comes back.")]
    [InlineData("We cannot guarantee that your pain will never come back.")]
    [InlineData("Traction pulls the disc back into place, some clinics say; this is wrong.")]
    [InlineData("Some clinics make these promises:\n- Our massage pushes the disc back into place.")]
    public void Check_HonestMedicalTextThatSharesWords_HasNoFinding(string text)
    {
        Assert.Empty(Checkers.Shipped.Check(text));
    }

    [Fact]
    public void RegexLeadingWords_PlainLeadingList_GivesItsWords()
    {
        var requirement = RegexLeadingWords.Of(@"\b(?:push|pop|recipes?)\s+back");
        Assert.NotNull(requirement);
        Assert.Equal(["pop", "push", "recipe"], requirement.Words.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(@"\b(?:skip|ditch)\s+it|^\W*avoid")]
    [InlineData(@"\b(?:no|zero)\s+risk")]
    [InlineData(@"(?:\d+|nine)\s+in\s+10")]
    public void RegexLeadingWords_PatternThatCanMatchWithoutThem_GivesNoRequirement(string pattern)
    {
        Assert.Null(RegexLeadingWords.Of(pattern));
    }
}
