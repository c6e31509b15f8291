using System.Globalization;
using CsCheck;

namespace Vertebra.Content.Tests;

public sealed class TeasersTests
{
    private const string LongEnglish =
        "When a patient suffers from lumbar disc herniation, the pain often spreads down one leg and can last for weeks.";

    [Theory]
    [InlineData("Short text.")]
    [InlineData("")]
    [InlineData("Exactly fifty characters long, counted by hand ok.")]
    public void Cut_TextWithinTheLimit_IsUnchanged(string text)
    {
        Assert.True(new StringInfo(text).LengthInTextElements <= 50);
        Assert.Equal(text, Teasers.Cut(text));
    }

    [Fact]
    public void Cut_LongSentence_EndsAtAWordBoundaryWithinFiftyCharactersPlusEllipsis()
    {
        var teaser = Teasers.Cut(LongEnglish);

        Assert.EndsWith(Teasers.Ellipsis, teaser, StringComparison.Ordinal);
        var head = teaser[..^1];
        Assert.True(head.Length <= 50, $"'{head}' is {head.Length} long");
        Assert.StartsWith(head, LongEnglish, StringComparison.Ordinal);
        Assert.Equal(' ', LongEnglish[head.Length]);
        Assert.Equal("When a patient suffers from lumbar disc" + Teasers.Ellipsis, teaser);
    }

    [Fact]
    public void Cut_WordRunningPastTheLimit_IsDroppedWhole()
    {
        var text = "The soft centre of the disc bulges through the outer ring and presses.";
        var teaser = Teasers.Cut(text);
        Assert.Equal("The soft centre of the disc bulges through the" + Teasers.Ellipsis, teaser);
    }

    [Fact]
    public void Cut_OneLongWordWithoutSpaces_IsCutAtTheLimit()
    {
        var word = new string('a', 30) + new string('b', 40);
        Assert.Equal(new string('a', 30) + new string('b', 20) + Teasers.Ellipsis, Teasers.Cut(word));
    }

    [Fact]
    public void Cut_ChineseTextWithoutSpaces_IsCutAtFiftyCharacters()
    {
        var chinese = string.Concat(Enumerable.Repeat("腰椎间盘突出症患者可以通过按摩缓解症状。", 5));
        var teaser = Teasers.Cut(chinese);
        Assert.Equal(chinese[..50] + Teasers.Ellipsis, teaser);
    }

    [Theory]
    [InlineData("👍🏽")]
    [InlineData("👨‍👩‍👧")]
    [InlineData("😀")]
    [InlineData("e\u0301")]
    [InlineData("𝔸")]
    public void Cut_EmojiAndSurrogatePairs_AreNeverSplit(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 70));
        var teaser = Teasers.Cut(text);

        Assert.Equal(string.Concat(Enumerable.Repeat(unit, 50)) + Teasers.Ellipsis, teaser);
        AssertNoLoneSurrogate(teaser);
    }

    [Fact]
    public void Cut_EmojiEndingAtTheLimit_IsKeptWhole()
    {
        var text = new string('x', 49) + "👍🏽👍🏽" + new string('y', 10);
        var teaser = Teasers.Cut(text);
        Assert.Equal(new string('x', 49) + "👍🏽" + Teasers.Ellipsis, teaser);
        AssertNoLoneSurrogate(teaser);
    }

    [Fact]
    public void Cut_RunsOfWhitespace_AreCollapsedToSingleSpaces()
    {
        Assert.Equal("Back pain is common.", Teasers.Cut("  Back \t pain\n\n is\r\ncommon.  "));
        var teaser = Teasers.Cut(LongEnglish.Replace(" ", " \n\t ", StringComparison.Ordinal));
        Assert.Equal(Teasers.Cut(LongEnglish), teaser);
    }

    [Fact]
    public void Cut_TrailingPunctuationBeforeTheEllipsis_IsRemoved()
    {
        var text = "After suffering from lumbar disc herniation, physical, therapy is also quite effective.";
        var teaser = Teasers.Cut(text);
        Assert.Equal("After suffering from lumbar disc herniation" + Teasers.Ellipsis, teaser);
        Assert.Equal("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjj" + Teasers.Ellipsis, Teasers.Cut("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjj, kkkk"));
    }

    [Fact]
    public void Cut_CustomLimit_IsRespected()
    {
        Assert.Equal("When a patient" + Teasers.Ellipsis, Teasers.Cut(LongEnglish, 20));
    }

    [Fact]
    public void Cut_LimitBelowOne_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Teasers.Cut("text", 0));
    }

    [Fact]
    public void Cut_AnyMixOfWordsScriptsAndEmoji_GivesAPrefixOfAtMostFiftyTextElements()
    {
        string[] tokens = ["a", "word", "longerword", " ", "  ", "\n", "\t", "中", "文", "👍🏽", "😀", "e\u0301", ",", ".", "-", "—"];
        Gen.Int[0, tokens.Length - 1].Array[0, 150].Select(picks => string.Concat(picks.Select(i => tokens[i]))).Sample(text =>
        {
            var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var teaser = Teasers.Cut(text);
            AssertNoLoneSurrogate(teaser);
            if (!teaser.EndsWith(Teasers.Ellipsis, StringComparison.Ordinal) || clean.EndsWith(Teasers.Ellipsis, StringComparison.Ordinal))
            {
                Assert.Equal(clean, teaser);
                return;
            }

            var head = teaser[..^1];
            Assert.True(new StringInfo(head).LengthInTextElements <= 50, $"'{head}' is longer than 50 text elements");
            Assert.StartsWith(head, clean, StringComparison.Ordinal);
            Assert.True(new StringInfo(clean).LengthInTextElements > 50);
        });
    }

    private static void AssertNoLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                Assert.True(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]), $"lone high surrogate at {i}");
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(text[i]), $"lone low surrogate at {i}");
            }
        }
    }
}
