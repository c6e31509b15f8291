using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using Xunit.Abstractions;

namespace Vertebra.Claims.Tests;

/// <summary>
/// Issue 19, item 1: text built to make the checker slow ("harm-free;;;;;;;;;; " repeated, runs of separators,
/// deep nesting, very long words) must cost about as much as plain prose of the same length, and the reply stays small.
/// No absolute timings: adversarial text is compared with prose measured in the same test.
/// </summary>
public sealed class AdversarialInputTests(ITestOutputHelper output)
{
    /// <summary>Generous: adversarial text may cost this many times plain prose of the same length.</summary>
    private const double MaxRatioToProse = 8.0;

    private const string Prose =
        "Most people with back pain get better within a few weeks. Keep moving as much as you can, and take simple " +
        "painkillers if you need them. A physiotherapist can show you exercises that help. See a doctor if the pain " +
        "does not improve, or at once if you have numbness around your bottom or trouble peeing. ";

    internal static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }

    [Fact]
    public void Check_HarmFreeSeparatorsAt100kCharacters_ReturnsAtMostTheFindingsCap()
    {
        var text = Repeat("harm-free;;;;;;;;;; ", 100_000);

        var findings = Checkers.Shipped.Check(text);

        Assert.InRange(findings.Count, 1, ClaimChecker.MaxFindings);
    }

    [Theory]
    [InlineData("harm-free;;;;;;;;;; ")]
    [InlineData(";;;;;;;;;; ")]
    [InlineData("(((((((((( ")]
    [InlineData("\"\"\"\"\"\" ")]
    [InlineData("a.a.a.a.a.")]
    [InlineData("no no no no ")]
    [InlineData("100% safe, ")]
    [InlineData("disc back disc back ")]
    public void Check_RepeatedUnit_CostsNoMoreThanAFewTimesProseOfTheSameLength(string unit)
    {
        var ratio = RatioToProse(Repeat(unit, Length));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ratio:F2} x prose: {Describe(unit)}"));
        Assert.True(ratio <= MaxRatioToProse, $"{ratio:F1} x the time of prose for {Describe(unit)}");
    }

    [Fact]
    public void Check_GeneratedMixOfSeparatorsNestingAndLongWords_CostsNoMoreThanAFewTimesProse()
    {
        string[] pieces = ["harm-free", ";", ";;;;;", "(", ")", "\"", ".", "-", ",", " ", "no", "not", "massage", "disc", "back", "safe", "cure", "100%", "?"];
        var piece = Gen.OneOf(
            Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]),
            Gen.Char['a', 'z'].Array[50, 3000].Select(c => new string(c)));
        piece.Array[5, 60].Select(p => string.Concat(p))
            .Sample(
                unit =>
                {
                    var ratio = RatioToProse(Repeat(unit, Length));
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ratio,6:F2} x prose: {Describe(unit)}"));
                    return ratio <= MaxRatioToProse;
                },
                iter: 15,
                threads: 1);
    }

    private const int Length = 30_000;

    private static double RatioToProse(string text) => MinTime(text) / MinTime(Repeat(Prose, text.Length));

    private static string Describe(string unit) => unit.Length <= 40 ? $"\"{unit}\" repeated" : $"a generated {unit.Length}-character unit repeated";

    /// <summary>Best of three, so one busy moment on the machine does not decide the test.</summary>
    private static double MinTime(string text)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            Checkers.Shipped.Check(text);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return Math.Max(best, 0.5);
    }
}
