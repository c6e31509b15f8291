using Vertebra.Content.Import;
using Vertebra.Content.Model;

namespace Vertebra.Interop.Catalogue;

/// <summary>
/// A read-only snapshot of the department's conditions and their published articles, built by the host from the
/// content store. The services look codes up in it; they never touch the store themselves.
/// </summary>
public sealed class SpineCatalogue
{
    private readonly Dictionary<string, Condition> _conditions;
    private readonly Dictionary<string, IReadOnlyList<CatalogueArticle>> _articlesByCondition;
    private readonly Dictionary<string, CatalogueArticle> _articlesBySlug;

    /// <summary>Per condition (same order as <see cref="Conditions"/>): the word sets of its name and synonyms.</summary>
    private readonly IReadOnlyList<HashSet<string>>[] _phrases;

    private SpineCatalogue(
        IReadOnlyList<Condition> conditions,
        Dictionary<string, IReadOnlyList<CatalogueArticle>> articlesByCondition,
        Dictionary<string, CatalogueArticle> articlesBySlug,
        IReadOnlyList<Icd10Alias> icd10Aliases)
    {
        Conditions = conditions;
        _conditions = conditions.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _articlesByCondition = articlesByCondition;
        _articlesBySlug = articlesBySlug;
        Codes = new Icd10Index(conditions, icd10Aliases);
        _phrases = conditions
            .Select(c => (IReadOnlyList<HashSet<string>>)new[] { c.Name }.Concat(c.Synonyms)
                .Select(p => TextMatch.Words(p).ToHashSet(StringComparer.Ordinal))
                .Where(p => p.Count > 0)
                .ToArray())
            .ToArray();
    }

    /// <summary>An empty catalogue (no content yet).</summary>
    public static SpineCatalogue Empty { get; } = Create([], new Dictionary<string, IReadOnlyList<CatalogueArticle>>(), [], []);

    /// <summary>Every condition the department treats, in catalogue order.</summary>
    public IReadOnlyList<Condition> Conditions { get; }

    /// <summary>The ICD-10 lookup over <see cref="Conditions"/>.</summary>
    internal Icd10Index Codes { get; }

    /// <summary>Builds a catalogue.</summary>
    /// <param name="conditions">The condition catalogue.</param>
    /// <param name="articlesByCondition">Published articles per condition id, in reading order.</param>
    /// <param name="allArticles">Every published article (for the few articles the services name by slug).</param>
    /// <param name="icd10Aliases">Extra ICD-10 codes that mean a condition (<see cref="InteropData.Icd10Aliases"/>).</param>
    public static SpineCatalogue Create(
        IEnumerable<Condition> conditions,
        IReadOnlyDictionary<string, IReadOnlyList<CatalogueArticle>> articlesByCondition,
        IEnumerable<CatalogueArticle> allArticles,
        IEnumerable<Icd10Alias> icd10Aliases)
    {
        ArgumentNullException.ThrowIfNull(icd10Aliases);
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(articlesByCondition);
        ArgumentNullException.ThrowIfNull(allArticles);
        var bySlug = new Dictionary<string, CatalogueArticle>(StringComparer.Ordinal);
        foreach (var article in allArticles.Concat(articlesByCondition.Values.SelectMany(a => a)))
        {
            bySlug.TryAdd(article.Slug, article);
        }

        return new SpineCatalogue(
            conditions.ToArray(),
            articlesByCondition.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            bySlug,
            icd10Aliases.ToArray());
    }

    /// <summary>
    /// Builds a catalogue from a content folder read as it is (its published articles, by condition in title order),
    /// without a store: for tools and tests that work on the bundled content.
    /// </summary>
    public static SpineCatalogue FromContent(ContentBatch batch, IEnumerable<Icd10Alias> icd10Aliases)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var published = batch.Articles.Where(a => a.Status == ArticleStatus.Published)
            .Select(a => (Article: a, Entry: new CatalogueArticle(a.Slug, a.Title, a.Summary))).ToArray();
        var byCondition = batch.Conditions.ToDictionary(
            c => c.Id,
            c => (IReadOnlyList<CatalogueArticle>)published.Where(p => p.Article.Conditions.Contains(c.Id))
                .OrderBy(p => p.Article.Title, StringComparer.Ordinal).Select(p => p.Entry).ToArray(),
            StringComparer.Ordinal);
        return Create(batch.Conditions, byCondition, published.Select(p => p.Entry), icd10Aliases);
    }

    public Condition? FindCondition(string id) => _conditions.GetValueOrDefault(id);

    public IReadOnlyList<CatalogueArticle> ArticlesFor(string conditionId) =>
        _articlesByCondition.TryGetValue(conditionId, out var articles) ? articles : [];

    public CatalogueArticle? FindArticle(string slug) => _articlesBySlug.GetValueOrDefault(slug);

    /// <summary>The department's conditions for an ICD-10 or ICD-10-CM code, most specific first.</summary>
    public IReadOnlyList<Condition> ConditionsForIcd10(string code) =>
        Codes.Match(code).Select(id => _conditions[id]).ToArray();

    /// <summary>
    /// Conditions named by <paramref name="text"/>: the text holds every word of the condition's name or of a synonym
    /// ("Sciatica, left side" → lumbar disc herniation), or a name or synonym holds every word of the text ("tumour").
    /// </summary>
    public IReadOnlyList<Condition> ConditionsForText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextMatch.Words(text);
        if (words.Count == 0)
        {
            return [];
        }

        var have = words.ToHashSet(StringComparer.Ordinal);
        var found = new List<Condition>();
        for (var i = 0; i < Conditions.Count; i++)
        {
            foreach (var phrase in _phrases[i])
            {
                if (phrase.All(have.Contains) || words.All(phrase.Contains))
                {
                    found.Add(Conditions[i]);
                    break;
                }
            }
        }

        return found;
    }
}
