namespace Vertebra.Claims.Tests;

public sealed class ClaimCheckerTests
{
    [Theory]
    [InlineData("Our tuina therapist will pop your slipped disc back into place.", "reposition_disc")]
    [InlineData("This herbal patch dissolves the bulging disc in weeks.", "reposition_disc")]
    [InlineData("Inversion therapy lets the disc slide back in where it should be.", "reposition_disc")]
    [InlineData("Cured for life after just one course of our capsules.", "cure_guarantee")]
    [InlineData("A 95% success rate for sciatica patients.", "cure_guarantee")]
    [InlineData("No cure, no fee.", "cure_guarantee")]
    [InlineData("A palace formula once reserved for emperors.", "secret_remedy")]
    [InlineData("Our oil is risk-free and gentle.", "no_side_effects")]
    [InlineData("You never need an MRI; our master can tell from your posture.", "avoid_doctor")]
    [InlineData("Strong manipulation is best during an acute flare.", "massage_acute_safe")]
    public void Check_ClaimSentence_ReportsCategory(string text, string category)
    {
        Assert.Contains(category, Checkers.Categories(text));
    }

    [Theory]
    [InlineData("Massage cannot push a slipped disc back into place.")]
    [InlineData("No massage, manipulation or traction can pop a disc back in.")]
    [InlineData("There is no secret recipe for a healthy back.")]
    [InlineData("There is no secret family recipe that heals discs.")]
    [InlineData("We cannot promise a cure.")]
    [InlineData("Massage in the acute stage is not safe for everyone.")]
    [InlineData("Massage may ease muscle spasm, but it will not move the disc back into place.")]
    [InlineData("No treatment is free of side effects.")]
    public void Check_NegatedClaim_ReturnsNothing(string text)
    {
        Assert.Empty(Checkers.Shipped.Check(text));
    }

    [Theory]
    [InlineData("Some clinics claim that massage pushes the disc back into place.")]
    [InlineData("Be wary of ads promising a radical cure.")]
    [InlineData("It is false that a bone-setter can put a slipped disc back in.")]
    [InlineData("Beware of any miracle technique sold online.")]
    [InlineData("Some sellers advertise herbal capsules with zero risk; such claims are misleading.")]
    [InlineData("If someone tells you surgery is never necessary, ask for a second opinion.")]
    public void Check_ReportedOrWarnedClaim_ReturnsNothing(string text)
    {
        Assert.Empty(Checkers.Shipped.Check(text));
    }

    [Fact]
    public void Check_ClaimRefutedByNextSentence_ReturnsNothing()
    {
        Assert.Empty(Checkers.Shipped.Check("You may read that traction pushes the disc back into place. This is not true."));
    }

    [Fact]
    public void Check_QuestionAboutClaim_ReturnsNothing()
    {
        Assert.Empty(Checkers.Shipped.Check("Can massage push a herniated disc back into place?"));
    }

    [Theory]
    [InlineData("Part of a herniated disc can shrink over months.")]
    [InlineData("There is no secret recipe for a healthy back: keep active.")]
    [InlineData("We cannot promise a cure, but many people feel better.")]
    [InlineData("Most people with back pain do not need a scan.")]
    [InlineData("You don't need an MRI unless you have warning signs.")]
    [InlineData("Surgery removes the herniated part of the disc.")]
    [InlineData("Every treatment has possible side effects.")]
    [InlineData("Most back pain is not serious and gets better on its own.")]
    [InlineData("Many patients recover completely, although some have pain that comes back.")]
    [InlineData("Your family doctor can suggest treatment for back pain.")]
    [InlineData("Sciatica usually gets better in 4 to 6 weeks.")]
    public void Check_TrueStatementSharingWords_ReturnsNothing(string text)
    {
        Assert.Empty(Checkers.Shipped.Check(text));
    }

    [Fact]
    public void Check_Claim_SpanIsExactTextInInput()
    {
        const string text = "Welcome! Our massage will push your herniated disc back into place.";
        var finding = Assert.Single(Checkers.Shipped.Check(text));
        Assert.Equal("reposition_disc", finding.Category);
        Assert.Equal("push your herniated disc back into place", finding.Text);
        Assert.Equal(text.IndexOf("push", StringComparison.Ordinal), finding.Start);
        Assert.Equal(finding.Text, text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Check_SameCategoryTwiceCloseTogether_MergesIntoOneSpan()
    {
        const string text = "Our herbal plaster cures sciatica permanently, with no relapse.";
        var finding = Assert.Single(Checkers.Shipped.Check(text));
        Assert.Equal("cures sciatica permanently, with no relapse", finding.Text);
    }

    [Fact]
    public void Check_SeveralSentences_ReportsEachWithOffsetsIntoWholeText()
    {
        const string text = "Exercise helps.\n\n- Miracle tuina technique.\n- Zero risk, 100% safe.\nSee a doctor first.";
        var findings = Checkers.Shipped.Check(text);
        Assert.Equal(["secret_remedy", "no_side_effects"], findings.Select(f => f.Category));
        Assert.All(findings, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
        Assert.Equal("Zero risk, 100% safe", findings[1].Text);
    }

    [Fact]
    public void Check_Finding_CarriesExplanationSourceAndArticle()
    {
        var finding = Assert.Single(Checkers.Shipped.Check("Our bone-setter can pop a slipped disc back in."));
        Assert.Equal(ClaimSeverity.Critical, finding.Severity);
        Assert.False(string.IsNullOrWhiteSpace(finding.Why));
        Assert.StartsWith("https://", finding.SourceUrl, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(finding.SourceName));
        Assert.Equal("why-a-herniated-disc-cannot-be-pushed-back", finding.ArticleSlug);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Check_EmptyInput_ReturnsEmptyList(string text)
    {
        Assert.Empty(Checkers.Shipped.Check(text));
    }

    [Fact]
    public void Check_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Checkers.Shipped.Check(null!));
    }

    [Fact]
    public void Check_VeryLongInput_FindsRepeatedClaimsUpToTheCap()
    {
        const string sentence = "Exercise is the main treatment for most low back pain. Our plaster is 100% safe. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 2_000));
        var findings = Checkers.Shipped.Check(text);
        Assert.Equal(ClaimChecker.MaxFindings, findings.Count);
        Assert.All(findings, f => Assert.EndsWith("100% safe", f.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("massage ")]
    [InlineData("disc ")]
    [InlineData("no ")]
    [InlineData("secret family ")]
    [InlineData("cure cure cure ")]
    [InlineData("massage is safe ")]
    [InlineData("a-")]
    public void Check_AdversarialTenThousandCharacters_CompletesWithoutTimeout(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, (10_000 / unit.Length) + 1))[..10_000];
        var findings = Checkers.Shipped.Check(text);
        Assert.All(findings, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
    }

    [Fact]
    public void Check_AdversarialNearMiss_ReturnsNoFindingAndNoTimeout()
    {
        var text = "push the " + string.Concat(Enumerable.Repeat("herniated ", 1_000)) + "disk";
        Assert.Empty(Checkers.Shipped.Check(text));
    }

    [Fact]
    public async Task Check_CalledFromManyThreads_GivesSameResults()
    {
        const string text = "Miracle tuina technique dissolves the protrusion in three sessions.";
        var expected = Checkers.Shipped.Check(text);
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Checkers.Shipped.Check(text))));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Load_ShippedFile_HasTheEightCategoriesOfTheSpec()
    {
        Assert.Equal(
            ["reposition_disc", "cure_guarantee", "secret_remedy", "no_side_effects", "avoid_doctor", "reverse_damage", "false_mechanism", "massage_acute_safe"],
            Checkers.Shipped.CategoryIds);
    }
}
