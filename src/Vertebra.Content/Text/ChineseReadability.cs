using System.Globalization;
using System.Text;

namespace Vertebra.Content;

/// <summary>
/// How easy a Chinese patient text is to read, the Chinese counterpart of the English grade-8 rule
/// (<see cref="Readability"/>): sentences of at most <see cref="MaxAverageSentenceLength"/> characters on average, and
/// few characters outside the 3,500 of 现代汉语常用字表 (1988), medical characters listed as allowed not counted.
/// Sentences end at 。！？；(and ! ? ;) and at line ends, so each list item and heading is a sentence of its own.
/// </summary>
public static class ChineseReadability
{
    /// <summary>The longest average sentence, in characters (letters and digits, Han characters included).</summary>
    public const double MaxAverageSentenceLength = 30.0;

    /// <summary>The largest share of Han characters outside the common list (and not allowed as medical terms).</summary>
    public const double MaxUncommonShare = 0.03;

    private static readonly Lazy<CharacterLists> Lists = new(Load);

    /// <summary>The 2,500 常用字 of the 1988 standard.</summary>
    public static IReadOnlySet<char> Common => Lists.Value.Common;

    /// <summary>The 1,000 次常用字 of the 1988 standard.</summary>
    public static IReadOnlySet<char> LessCommon => Lists.Value.LessCommon;

    /// <summary>Medical characters outside the standard that do not count as uncommon.</summary>
    public static IReadOnlySet<char> AllowedMedical => Lists.Value.Medical;

    /// <param name="Sentences">Sentences with at least one letter or digit.</param>
    /// <param name="Characters">Letters and digits (each Han character is one).</param>
    /// <param name="HanCharacters">Han characters.</param>
    /// <param name="Uncommon">Han characters outside the 3,500 and the allowed medical list, each occurrence counted.</param>
    /// <param name="UncommonCharacters">The distinct uncommon characters, in the order first met.</param>
    /// <param name="AllowedMedical">Han characters outside the 3,500 that the medical list allows, each occurrence counted.</param>
    public sealed record Score(int Sentences, int Characters, int HanCharacters, int Uncommon, string UncommonCharacters, int AllowedMedical = 0)
    {
        public double AverageSentenceLength => Sentences == 0 ? 0 : (double)Characters / Sentences;

        public double UncommonShare => HanCharacters == 0 ? 0 : (double)Uncommon / HanCharacters;

        public bool MeetsTarget => AverageSentenceLength <= MaxAverageSentenceLength && UncommonShare <= MaxUncommonShare;
    }

    /// <summary>Scores Markdown: formatting, links and warning-sign markers are left out.</summary>
    public static Score OfMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return OfText(Rendering.MarkdownText.ToPlainText(Markdown.WarningSignMarkers.Strip(markdown)));
    }

    public static Score OfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lists = Lists.Value;
        var sentences = 0;
        var characters = 0;
        var han = 0;
        var uncommon = 0;
        var medical = 0;
        var uncommonSeen = new StringBuilder();
        var inSentence = 0;
        foreach (var c in text)
        {
            if (c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '\n')
            {
                sentences += inSentence > 0 ? 1 : 0;
                inSentence = 0;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            characters++;
            inSentence++;
            if (!IsHan(c))
            {
                continue;
            }

            han++;
            if (lists.Common.Contains(c) || lists.LessCommon.Contains(c))
            {
                continue;
            }

            if (lists.Medical.Contains(c))
            {
                medical++;
            }
            else
            {
                uncommon++;
                if (uncommonSeen.ToString().IndexOf(c, StringComparison.Ordinal) < 0)
                {
                    uncommonSeen.Append(c);
                }
            }
        }

        sentences += inSentence > 0 ? 1 : 0;
        return new Score(sentences, characters, han, uncommon, uncommonSeen.ToString(), medical);
    }

    /// <summary>A CJK unified ideograph (the basic block and extension A).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private sealed record CharacterLists(IReadOnlySet<char> Common, IReadOnlySet<char> LessCommon, IReadOnlySet<char> Medical);

    private static CharacterLists Load()
    {
        var common = new HashSet<char>();
        var lessCommon = new HashSet<char>();
        HashSet<char>? section = null;
        foreach (var line in ReadLines("xiandai-hanyu-changyongzi-1988.txt"))
        {
            if (line.StartsWith("[常用字", StringComparison.Ordinal))
            {
                section = common;
            }
            else if (line.StartsWith("[次常用字", StringComparison.Ordinal))
            {
                section = lessCommon;
            }
            else if (section is not null)
            {
                section.UnionWith(line.Where(IsHan));
            }
        }

        var medical = ReadLines("zh-medical-characters.txt").Select(l => l[0]).Where(IsHan).ToHashSet();
        return new CharacterLists(common, lessCommon, medical);
    }

    /// <summary>The lines of an embedded data file, without blank lines and <c>#</c> comments.</summary>
    private static IEnumerable<string> ReadLines(string name)
    {
        var assembly = typeof(ChineseReadability).Assembly;
        using var stream = assembly.GetManifestResourceStream("Vertebra.Content.Text.Data." + name)
            ?? throw new InvalidOperationException($"The data file {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    /// <summary>A one-line summary for reports, e.g. "12 sentences, 24.1 characters a sentence, 0.8 % uncommon".</summary>
    public static string Describe(Score score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return string.Create(CultureInfo.InvariantCulture,
            $"{score.Sentences} sentences, {score.AverageSentenceLength:0.0} characters a sentence, {score.UncommonShare * 100:0.0} % uncommon ({score.UncommonCharacters})");
    }
}
