using Lucene.Net.Analysis;
using Vertebra.Search.Indexing;

namespace Vertebra.Search.Understanding;

/// <summary>
/// Reads a Chinese question (one with Chinese characters): fixes common wrong characters, segments it into words
/// (SmartCn), drops chatter words (吗, 能不能, 请问 ...), and widens names with their synonyms, all from
/// synonyms-zh.yaml. The words are searched in the Chinese word fields, their character pairs in the bigram field.
/// Thread-safe.
/// </summary>
internal sealed class ChineseQuestionReader(ChineseQueryData data) : IDisposable
{
    private const float ExpansionWeight = 0.6f;
    private const int MaxTerms = 40;

    private readonly Analyzer words = ChineseAnalyzers.CreateWords();
    private readonly Analyzer bigrams = ChineseAnalyzers.CreateBigrams();

    public AnalyzedQuestion Read(string text, bool truncated)
    {
        var (corrected, corrections) = Correct(text);
        var kept = new List<string>();
        var withoutChatter = corrected.ToCharArray();
        foreach (var (term, start, end) in TermExtractor.TermsWithOffsets(words, corrected))
        {
            if (data.Chatter.Contains(term))
            {
                withoutChatter.AsSpan(start, end - start).Fill(' ');
            }
            else
            {
                kept.Add(term);
            }
        }

        // The question without its chatter: character pairs are made across words the segmenter split (栓系 in
        // 脊髓栓系 is cut into 栓 / 系), never across a dropped word.
        var core = string.Join(' ', new string(withoutChatter).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        var grams = new Dictionary<string, float>(StringComparer.Ordinal);
        var phrases = new List<IReadOnlyList<string>>();
        AddWords(terms, phrases, kept, 1f);
        AddGrams(grams, core, 1f);

        var expansions = new List<QueryExpansion>();
        foreach (var (matched, group) in FindNames(corrected))
        {
            var names = data.Groups[group];
            var alternatives = names.Where(n => n != matched).ToList();
            expansions.Add(new QueryExpansion(matched, names[0], alternatives));
            phrases.Add(Characters(matched));
            foreach (var alternative in alternatives)
            {
                AddWords(terms, phrases, TermExtractor.Terms(words, alternative), ExpansionWeight);
                AddGrams(grams, alternative, ExpansionWeight);
                phrases.Add(Characters(alternative));
            }
        }

        var interpretation = new QueryInterpretation
        {
            Text = text,
            Truncated = truncated,
            CoreQuestion = core,
            Corrections = corrections,
            Expansions = expansions,
            Language = "zh",
            EmptyReason = terms.Count == 0 && grams.Count == 0 ? "您的问题里没有可以搜索的词，请多写几个字。" : null,
        };
        if (terms.Count > MaxTerms)
        {
            terms = terms.OrderByDescending(t => t.Value).ThenByDescending(t => t.Key.Length).Take(MaxTerms).ToDictionary(StringComparer.Ordinal);
        }

        return new AnalyzedQuestion(interpretation, terms, terms.Keys.ToHashSet(StringComparer.Ordinal), [], [])
        {
            Chinese = true,
            GramTerms = grams.Count > MaxTerms ? grams.OrderByDescending(g => g.Value).Take(MaxTerms).ToDictionary(StringComparer.Ordinal) : grams,
            HighlightPhrases = phrases,
        };
    }

    public void Dispose()
    {
        words.Dispose();
        bigrams.Dispose();
    }

    /// <summary>Common wrong characters, fixed wherever they stand (longest wrong form first).</summary>
    private (string Text, List<SpellingCorrection> Corrections) Correct(string text)
    {
        var corrections = new List<SpellingCorrection>();
        foreach (var (wrong, right) in data.Corrections)
        {
            if (text.Contains(wrong, StringComparison.Ordinal))
            {
                text = text.Replace(wrong, right, StringComparison.Ordinal);
                corrections.Add(new SpellingCorrection(wrong, right));
            }
        }

        return (text, corrections);
    }

    /// <summary>Synonym names in the question, longest first, never overlapping.</summary>
    private List<(string Name, int Group)> FindNames(string text)
    {
        var taken = new bool[text.Length];
        var found = new List<(string, int)>();
        foreach (var (name, group) in data.Names)
        {
            var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                if (!taken.AsSpan(at, name.Length).Contains(true))
                {
                    taken.AsSpan(at, name.Length).Fill(true);
                    if (!found.Any(f => f.Item2 == group))
                    {
                        found.Add((text.Substring(at, name.Length), group));
                    }
                }

                at = text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase);
            }
        }

        return found;
    }

    /// <summary>Words of two or more characters (one Chinese character says too little), or any Latin word or number.</summary>
    private static void AddWords(Dictionary<string, float> terms, List<IReadOnlyList<string>> phrases, IEnumerable<string> list, float weight)
    {
        foreach (var term in list)
        {
            if (term.Length < 2 && Semantic.Script.HasHan(term))
            {
                continue;
            }

            terms[term] = Math.Max(terms.GetValueOrDefault(term), weight);
            phrases.Add(Characters(term));
        }
    }

    private void AddGrams(Dictionary<string, float> grams, string text, float weight)
    {
        foreach (var gram in TermExtractor.Terms(bigrams, text))
        {
            if (gram.Length >= 2 || !Semantic.Script.HasHan(gram))
            {
                grams[gram] = Math.Max(grams.GetValueOrDefault(gram), weight);
            }
        }
    }

    /// <summary>
    /// A Chinese word as the snippet cutter sees it: the English analyser makes each Chinese character a token, so a
    /// word is marked where its characters stand together.
    /// </summary>
    private static List<string> Characters(string word) =>
        Semantic.Script.HasHan(word) ? word.Where(c => !char.IsWhiteSpace(c)).Select(c => char.ToLowerInvariant(c).ToString()).ToList() : [word.ToLowerInvariant()];
}
