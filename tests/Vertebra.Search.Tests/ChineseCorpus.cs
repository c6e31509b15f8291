using System.Text.Json;

namespace Vertebra.Search.Tests;

/// <summary>
/// A small Chinese corpus written for these tests (Data/zh-corpus.jsonl: sections of Chinese articles in our own words)
/// and Chinese queries with the sections that should answer them (Data/zh-queries.jsonl), plus a few English documents
/// so the tests can check that each language searches its own text.
/// </summary>
internal static class ChineseCorpus
{
    public static IReadOnlyList<SearchDocument> Documents { get; } = Load();

    public static IReadOnlyList<(string Query, IReadOnlySet<string> Expected)> Queries { get; } = LoadQueries();

    public static SearchIndex CreateIndex()
    {
        var index = SearchIndex.CreateInMemory();
        index.Rebuild(Documents.Concat(TestCorpus.Documents));
        return index;
    }

    private static List<SearchDocument> Load()
    {
        var docs = new List<SearchDocument>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "zh-corpus.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString()!;
            docs.Add(new SearchDocument
            {
                Id = id,
                SourceKey = id.Split('#')[0],
                Kind = SearchDocumentKind.ArticleSection,
                Title = json.RootElement.GetProperty("title").GetString()!,
                Body = json.RootElement.GetProperty("body").GetString()!,
                Url = "/zh/articles/" + id.Replace('#', '/'),
                Source = "Vertebra",
            });
        }

        return docs;
    }

    private static List<(string, IReadOnlySet<string>)> LoadQueries()
    {
        var queries = new List<(string, IReadOnlySet<string>)>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "zh-queries.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var expected = json.RootElement.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
            queries.Add((json.RootElement.GetProperty("q").GetString()!, expected));
        }

        return queries;
    }
}
