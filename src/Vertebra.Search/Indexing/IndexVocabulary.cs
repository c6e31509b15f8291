using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Vertebra.Search.Indexing;

/// <summary>
/// What one index snapshot knows: every focus (by normalised key) and the spelling vocabulary. Built once per snapshot,
/// so it follows every change to the index. Lucene keeps the terms of replaced or removed documents until their
/// segment is merged; words and foci are counted from live documents only, so a word that was edited away is not
/// "known" any more.
/// </summary>
internal sealed class IndexVocabulary
{
    private static readonly ConditionalWeakTable<IndexReader, IndexVocabulary> Cache = [];
    private static readonly Lucene.Net.Analysis.Analyzer StemAnalyzer = Analyzers.CreateSearch();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, double> specificity = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyDictionary<(char First, int Length), List<(string, int)>>> spellCandidates;

    /// <summary>Which documents are live; null when none was deleted (then document frequencies are exact).</summary>
    private readonly IBits? liveDocs;

    private IndexVocabulary(IndexReader reader)
    {
        Reader = reader;
        liveDocs = reader.HasDeletions ? MultiFields.GetLiveDocs(reader) : null;
        SpellTerms = MultiFields.GetTerms(reader, SearchFields.Spell);
        var foci = new Dictionary<string, FocusEntry>(StringComparer.Ordinal);
        var key = new BytesRef();
        var display = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var keys = atomic.GetBinaryDocValues(SearchFields.FocusKey);
            var names = atomic.GetSortedDocValues(SearchFields.Focus);
            var live = atomic.LiveDocs;
            if (keys is null || names is null)
            {
                continue;
            }

            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                keys.Get(doc, key);
                var k = key.Utf8ToString();
                if (k.Length == 0)
                {
                    continue;
                }

                if (foci.TryGetValue(k, out var entry))
                {
                    foci[k] = entry with { Documents = entry.Documents + 1 };
                }
                else
                {
                    names.Get(doc, display);
                    foci[k] = new FocusEntry(k, display.Utf8ToString(), 1, k.Split(' ').Length);
                }
            }
        }

        Foci = foci;
        var acronyms = new Dictionary<string, List<FocusEntry>>(StringComparer.Ordinal);
        foreach (var entry in foci.Values)
        {
            var words = entry.Key.Split(' ').Where(w => w.Length > 0 && !Analyzers.StopWords.Contains(w)).ToList();
            if (words.Count is < 2 or > 5 || !words.All(w => char.IsAsciiLetterLower(w[0])))
            {
                continue;
            }

            var initials = string.Concat(words.Select(w => w[0]));
            if (!acronyms.TryGetValue(initials, out var list))
            {
                list = [];
                acronyms[initials] = list;
            }

            list.Add(entry);
        }

        Acronyms = acronyms;
        spellCandidates = new Lazy<IReadOnlyDictionary<(char First, int Length), List<(string, int)>>>(BuildSpellCandidates);
        MaxFocusLength = foci.Count == 0 ? 0 : Math.Min(10, foci.Values.Max(f => f.Length));
    }

    public IndexReader Reader { get; }

    public Terms? SpellTerms { get; }

    public IReadOnlyDictionary<string, FocusEntry> Foci { get; }

    /// <summary>Foci of two to five words by their initials ("normal pressure hydrocephalus" under "nph").</summary>
    public IReadOnlyDictionary<string, List<FocusEntry>> Acronyms { get; }

    /// <summary>Words that may replace a misspelt word (letters only, in at least one document), by first letter and length.</summary>
    public IReadOnlyDictionary<(char First, int Length), List<(string Word, int Freq)>> SpellCandidates => spellCandidates.Value;

    public int MaxFocusLength { get; }

    public static IndexVocabulary For(IndexReader reader) => Cache.GetValue(reader, r => new IndexVocabulary(r));

    /// <summary>True when the word's search stem occurs in some title or text.</summary>
    public bool IsKnownStem(string word)
    {
        var stems = TermExtractor.Terms(StemAnalyzer, word);
        if (stems.Count != 1)
        {
            return stems.Count == 0;
        }

        var term = new BytesRef(stems[0]);
        if (liveDocs is null)
        {
            return Reader.DocFreq(new Term(SearchFields.Body, term)) + Reader.DocFreq(new Term(SearchFields.Title, term)) > 0;
        }

        return HasLiveDocument(MultiFields.GetTermDocsEnum(Reader, liveDocs, SearchFields.Body, term, DocsFlags.NONE))
            || HasLiveDocument(MultiFields.GetTermDocsEnum(Reader, liveDocs, SearchFields.Title, term, DocsFlags.NONE));
    }

    /// <summary>How specific a word is: 0 for a word in every document, 1 for a word in one.</summary>
    public double Specificity(string word) => specificity.GetOrAdd(word, ComputeSpecificity);

    private double ComputeSpecificity(string word)
    {
        var n = Math.Max(2, Reader.NumDocs);
        var df = SpellDocFreq(word);
        return Math.Clamp(Math.Log((double)n / (df + 1)) / Math.Log(n), 0, 1);
    }

    private IReadOnlyDictionary<(char First, int Length), List<(string, int)>> BuildSpellCandidates()
    {
        var byLetter = new Dictionary<(char First, int Length), List<(string, int)>>();
        if (SpellTerms is null)
        {
            return byLetter;
        }

        var terms = SpellTerms.GetEnumerator();
        var minFreq = Math.Clamp(Reader.NumDocs / 1000, 1, 3);
        while (terms.MoveNext())
        {
            var freq = terms.DocFreq;
            if (freq < minFreq)
            {
                continue;
            }

            var word = terms.Term.Utf8ToString();
            if (word.Length < 3 || !word.All(char.IsAsciiLetterLower))
            {
                continue;
            }

            if (liveDocs is not null && !HasLiveDocument(terms.Docs(liveDocs, null, DocsFlags.NONE)))
            {
                continue; // only in replaced or removed documents
            }

            if (!byLetter.TryGetValue((word[0], word.Length), out var list))
            {
                list = [];
                byLetter[(word[0], word.Length)] = list;
            }

            list.Add((word, freq));
        }

        return byLetter;
    }

    /// <summary>
    /// In how many live documents the word occurs, counted up to <paramref name="stopAt"/> (a caller that only asks
    /// "is it there at all" or "fewer than three" need not walk a common word's whole posting list after an update).
    /// </summary>
    public int SpellDocFreq(string word, int stopAt = int.MaxValue)
    {
        if (SpellTerms is null)
        {
            return 0;
        }

        var terms = SpellTerms.GetEnumerator();
        if (!terms.SeekExact(new BytesRef(word)))
        {
            return 0;
        }

        if (liveDocs is null)
        {
            return terms.DocFreq;
        }

        var docs = terms.Docs(liveDocs, null, DocsFlags.NONE);
        var count = 0;
        while (count < stopAt && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            count++;
        }

        return count;
    }

    private static bool HasLiveDocument(DocsEnum? docs) => docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS;
}

/// <summary>One focus in the index.</summary>
internal sealed record FocusEntry(string Key, string Display, int Documents, int Length);
