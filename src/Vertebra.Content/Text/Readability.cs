using System.Text.RegularExpressions;

namespace Vertebra.Content;

/// <summary>Flesch–Kincaid grade level of English text; our target for patient text is grade 8 or below.</summary>
public static partial class Readability
{
    public const double TargetGrade = 8.0;

    public sealed record Score(int Sentences, int Words, int Syllables, double Grade);

    /// <summary>Scores Markdown: formatting, links and code are ignored; each list item and heading counts as a sentence.</summary>
    public static Score OfMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var plain = Rendering.MarkdownText.ToPlainText(markdown);
        return OfText(plain);
    }

    public static Score OfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = 0;
        var words = 0;
        var syllables = 0;
        foreach (var line in text.Split('\n'))
        {
            foreach (var sentence in SentenceEnd().Split(line))
            {
                var sentenceWords = WordPattern().Matches(sentence);
                if (sentenceWords.Count == 0)
                {
                    continue;
                }

                sentences++;
                words += sentenceWords.Count;
                foreach (Match w in sentenceWords)
                {
                    syllables += CountSyllables(w.Value);
                }
            }
        }

        if (words == 0)
        {
            return new Score(0, 0, 0, 0);
        }

        var grade = (0.39 * words / sentences) + (11.8 * syllables / words) - 15.59;
        return new Score(sentences, words, syllables, Math.Round(grade, 1));
    }

    /// <summary>An English syllable estimate: vowel groups, less a silent final e, at least one.</summary>
    internal static int CountSyllables(string word)
    {
        var w = word.ToLowerInvariant().Trim('\'');
        if (w.Length <= 3)
        {
            return 1;
        }

        if (w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
        {
            if (!w.EndsWith("ted", StringComparison.Ordinal) && !w.EndsWith("ded", StringComparison.Ordinal) && !w.EndsWith("ses", StringComparison.Ordinal) && !w.EndsWith("ces", StringComparison.Ordinal))
            {
                w = w[..^2];
            }
        }
        else if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        var count = 0;
        var previousVowel = false;
        foreach (var c in w)
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !previousVowel)
            {
                count++;
            }

            previousVowel = vowel;
        }

        return Math.Max(1, count);
    }

    [GeneratedRegex(@"(?<=[.!?;:])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[A-Za-z]+(?:'[A-Za-z]+)?")]
    private static partial Regex WordPattern();
}
