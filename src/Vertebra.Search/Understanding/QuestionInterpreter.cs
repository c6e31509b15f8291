using System.Text;
using Lucene.Net.Analysis;
using Vertebra.Search.Indexing;

namespace Vertebra.Search.Understanding;

/// <summary>
/// Reads a question: cuts it to length, fixes spelling, finds the core question, applies synonyms,
/// and finds the focus and the question type. Thread-safe.
/// </summary>
internal sealed class QuestionInterpreter : IDisposable
{
    public const int MaxLength = 2000;
    private const float BackstoryWeight = 0.3f;
    private const int MaxTerms = 28;
    private const float ExpansionWeight = 0.6f;

    private readonly QueryKnowledge knowledge;
    private readonly CoreQuestionExtractor extractor;
    private readonly Analyzer search = Analyzers.CreateSearch();
    private readonly Analyzer key = Analyzers.CreateKey();
    private readonly Analyzer plain = Analyzers.CreatePlain();
    private readonly HashSet<string> knownWords;
    private readonly ChineseQuestionReader chinese;

    public QuestionInterpreter(QueryKnowledge knowledge)
    {
        this.knowledge = knowledge;
        extractor = new CoreQuestionExtractor(knowledge.Chatter);
        chinese = new ChineseQuestionReader(knowledge.Chinese);
        knownWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in knowledge.Synonyms.AllNames.Concat(knowledge.Chatter.AllWords).SelectMany(n => TermExtractor.Terms(plain, n)))
        {
            knownWords.Add(word);
        }
    }

    public AnalyzedQuestion Analyze(string? input, IndexVocabulary vocabulary)
    {
        var text = (input ?? "").Trim();
        var truncated = false;
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
            truncated = true;
        }

        if (text.Length == 0)
        {
            return Empty(text, truncated, "Please type a question.");
        }

        // A question with Chinese characters is read and searched in Chinese (the English steps below would drop every
        // word: the English analyser makes each Chinese character a one-letter word).
        if (Semantic.Script.HasHan(text))
        {
            return chinese.Read(text, truncated);
        }

        var (corrected, corrections) = FixSpelling(text, vocabulary);
        var (core, backstory) = extractor.Extract(corrected);
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        AddTerms(terms, core, 1f);
        AddTerms(terms, backstory, BackstoryWeight);

        var coreKeys = TermExtractor.TermsWithOffsets(key, core);
        var coreTokens = coreKeys.Select(k => k.Term).ToList();
        var expansions = new List<QueryExpansion>();

        // In text written all in capitals, capitals say nothing about short forms.
        var shouting = MostlyUpper(core);
        bool CoreUpper(int i) => !shouting && IsUpper(core, coreKeys[i].Start, coreKeys[i].End);
        string Written(int i) => core[coreKeys[i].Start..coreKeys[i].End].ToLowerInvariant();
        bool OtherShortForm(int i) => CoreUpper(i) && !knowledge.Synonyms.HasName(Written(i)) && FocusDetector.IsOtherShortForm(Written(i), coreTokens[i], vocabulary);
        var matches = knowledge.Synonyms.Find(coreTokens, CoreUpper);

        // A short form is read as written: "EDS" (the initials of Ehlers-Danlos syndrome) is not the plural of "ED".
        // A word in capitals that folding changed, that no synonym lists as written ("AIDS" is listed) and that is the
        // initials of a focus in the index, is that short form: the folded word's synonyms do not apply.
        matches.RemoveAll(m => m.Length == 1 && OtherShortForm(m.Start));
        var foci = FocusDetector.Find(coreTokens, vocabulary, 1.0);

        // A word a synonym already read ("AIDS") is not guessed as the initials of something else.
        var read = matches.SelectMany(m => Enumerable.Range(m.Start, m.Length)).ToHashSet();
        foci.AddRange(FocusDetector.FindAcronyms(coreTokens, CoreUpper, vocabulary, i => read.Contains(i) ? null : OtherShortForm(i) ? Written(i) : coreTokens[i]));
        foreach (var m in matches)
        {
            var matched = core[coreKeys[m.Start].Start..coreKeys[m.Start + m.Length - 1].End];
            if (!expansions.Any(e => string.Equals(e.Matched, matched, StringComparison.OrdinalIgnoreCase) && e.Preferred == m.Preferred))
            {
                expansions.Add(new QueryExpansion(matched, m.Preferred, m.Alternatives));
            }

            foreach (var alt in m.Alternatives)
            {
                AddTerms(terms, alt, ExpansionWeight);
            }

            foreach (var alt in m.AlternativeTokens)
            {
                var altKey = string.Join(' ', alt);
                if (vocabulary.Foci.TryGetValue(altKey, out var entry))
                {
                    var w = 0.8 * FocusDetector.Specificity(entry.Key, vocabulary);
                    foci.Add(new FocusCandidate(entry.Key, entry.Display, m.Start, m.Length, w, 1));
                }
            }
        }

        if (foci.Count == 0 && backstory.Length > 0)
        {
            foci = FocusDetector.Find(TermExtractor.Terms(key, backstory), vocabulary, 0.5);
        }

        foci = FocusDetector.Resolve(foci);
        var types = QuestionTypeClassifier.Classify(knowledge.Types, core);
        if (terms.Count == 0)
        {
            return Empty(text, truncated, "Your question has no words we can search for. Please use a few more words.");
        }

        if (terms.Count > MaxTerms)
        {
            terms = terms
                .OrderByDescending(t => t.Value * (0.2 + vocabulary.Specificity(t.Key)))
                .Take(MaxTerms)
                .ToDictionary(StringComparer.Ordinal);
        }

        var coreTerms = TermExtractor.Terms(search, core).ToHashSet(StringComparer.Ordinal);
        var interpretation = new QueryInterpretation
        {
            Text = text,
            Truncated = truncated,
            CoreQuestion = core,
            Corrections = corrections,
            Expansions = expansions,
            Focus = foci.Select(f => f.Display).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            QuestionType = types.Count > 0 ? types[0].Name : "information",
            QuestionTypes = types.Select(t => t.Name).ToList(),
        };
        return new AnalyzedQuestion(interpretation, terms, coreTerms, foci, types)
        {
            FocusTerms = foci.Select(f => (IReadOnlyList<string>)TermExtractor.Terms(search, f.Key).Distinct(StringComparer.Ordinal).ToList()).ToList(),
        };
    }

    /// <summary>Analyses a short search-box query: spelling and synonyms only.</summary>
    public AnalyzedQuestion AnalyzeQuery(string? input, IndexVocabulary vocabulary) => Analyze(input, vocabulary);

    public void Dispose()
    {
        chinese.Dispose();
        search.Dispose();
        key.Dispose();
        plain.Dispose();
    }

    private (string Text, List<SpellingCorrection> Corrections) FixSpelling(string text, IndexVocabulary vocabulary)
    {
        var corrections = new List<SpellingCorrection>();
        var builder = new StringBuilder(text.Length);
        var last = 0;
        foreach (var (word, start, end) in TermExtractor.TermsWithOffsets(plain, text))
        {
            if (knownWords.Contains(word) || Analyzers.StopWords.Contains(word))
            {
                continue;
            }

            var fix = SpellingCorrector.Correct(vocabulary, word);
            if (fix is null)
            {
                continue;
            }

            builder.Append(text, last, start - last).Append(fix);
            last = end;
            if (!corrections.Any(c => string.Equals(c.From, text[start..end], StringComparison.OrdinalIgnoreCase)))
            {
                corrections.Add(new SpellingCorrection(text[start..end], fix));
            }
        }

        builder.Append(text, last, text.Length - last);
        return (builder.ToString(), corrections);
    }

    private void AddTerms(Dictionary<string, float> terms, string text, float weight)
    {
        foreach (var t in TermExtractor.Terms(search, text))
        {
            if (t.Length < 2 && !char.IsDigit(t[0]))
            {
                continue;
            }

            terms[t] = Math.Max(terms.GetValueOrDefault(t), weight);
        }
    }

    private static bool MostlyUpper(string text)
    {
        int upper = 0, letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters >= 12 && upper * 10 >= letters * 7;
    }

    private static bool IsUpper(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        foreach (var c in span)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static AnalyzedQuestion Empty(string text, bool truncated, string reason) =>
        new(new QueryInterpretation { Text = text, Truncated = truncated, EmptyReason = reason }, new Dictionary<string, float>(), new HashSet<string>(), [], []);
}
