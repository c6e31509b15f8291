using Vertebra.Claims.Matching;
using Vertebra.Claims.Rules;

namespace Vertebra.Claims.Tests;

public sealed class EngineDetailTests
{
    [Fact]
    public void RuleRegex_PatternThatBrokeTheRegexCompiler_MatchesCorrectly()
    {
        // RegexOptions.Compiled threw IndexOutOfRangeException for this valid pattern on .NET 10.0; rules use the interpreter.
        var regex = new RuleRegex(@"after (?:the |a )?(?:\w+ ){0,2}?pain");
        Assert.False(regex.IsMatch("neck pain after a serious accident or fall"));
        Assert.Empty(regex.Matches("neck pain after a serious accident or fall"));
        Assert.Equal("after a bad pain", Assert.Single(regex.Matches("it came after a bad pain")).Value);
    }

    [Theory]
    [InlineData("Dr. Lee said it. Then he left.", new[] { "Dr. Lee said it.", "Then he left." })]
    [InlineData("Take 2.5 mg, e.g. at night. Rest!", new[] { "Take 2.5 mg, e.g. at night.", "Rest!" })]
    [InlineData("Intro line\n- first item\n- second item", new[] { "Intro line", "- first item", "- second item" })]
    [InlineData("A line that\nwraps. Next one.\n\nNew paragraph", new[] { "A line that\nwraps.", "Next one.", "New paragraph" })]
    [InlineData("Is it safe? \"Yes.\" Good", new[] { "Is it safe?", "\"Yes.\"", "Good" })]
    public void SentenceSplitter_Text_SplitsAtSentenceEndsOnly(string text, string[] expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)));
    }

    [Theory]
    [InlineData("Ads say \"cured for life\" a lot.", "cured for life", true)]
    [InlineData("He was cured for life, he says.", "cured for life", false)]
    [InlineData("\"After three visits my disc went back in and I was cured for life, it was unbelievable and I tell everyone,\" says Ann.", "cured for life", false)]
    public void QuotedMention_ShortQuotationOnly_IsAMention(string sentence, string claim, bool expected)
    {
        Assert.Equal(expected, QuotedMention.IsQuoted(sentence, sentence.IndexOf(claim, StringComparison.Ordinal), claim.Length));
    }

    [Theory]
    [InlineData("A miracle technique does not exist.")]
    [InlineData("Secret family formulas are never tested.")]
    public void Check_ClaimAsSubjectThenNegated_ReturnsNothing(string text)
    {
        Assert.Empty(Checkers.Shipped.Check(text));
    }

    [Fact]
    public void Check_ClaimAsSubjectWithoutNegation_IsFound()
    {
        Assert.Equal(["secret_remedy"], Checkers.Categories("A miracle technique ends your back pain."));
    }

    [Fact]
    public void Check_QuotedTestimonial_IsStillAClaim()
    {
        Assert.Contains("reposition_disc", Checkers.Categories("\"After three sessions the therapist pushed my slipped disc back into place and I could walk again,\" says one patient."));
    }
}
