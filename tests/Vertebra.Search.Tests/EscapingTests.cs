namespace Vertebra.Search.Tests;

public sealed class EscapingTests
{
    public static TheoryData<string> LuceneSyntax => new()
    {
        "title:sciatica",
        "sciatica AND",
        "OR NOT AND",
        "\"unbalanced quote sciatica",
        "(sciatica",
        "sciatica)",
        "sciatica~2^3",
        "*",
        "?",
        "sci*",
        "[a TO z]",
        "{x TO y}",
        "\\",
        "sciatica || gout && !massage",
        "+sciatica -gout",
        "/regex.*/",
        "body:(a OR b)^5",
    };

    [Theory]
    [MemberData(nameof(LuceneSyntax))]
    public void Search_LuceneSyntax_IsTreatedAsText(string query)
    {
        using var index = TestCorpus.CreateIndex();
        var exception = Record.Exception(() => index.Search(query));

        Assert.Null(exception);
    }

    [Theory]
    [MemberData(nameof(LuceneSyntax))]
    public void Ask_LuceneSyntax_IsTreatedAsText(string question)
    {
        using var index = TestCorpus.CreateIndex();
        var exception = Record.Exception(() => new QuestionAnswerer(index).Ask(question));

        Assert.Null(exception);
    }

    [Fact]
    public void Search_FieldSyntax_SearchesTheWordsNotTheField()
    {
        using var index = TestCorpus.CreateIndex();

        // "id:gout-treat" would find one document by id if it were parsed as syntax; as text it finds gout by its words.
        var results = index.Search("id:gout-treat");
        Assert.Contains(results.Hits, h => h.Id == "gout-treat");
        Assert.Equal("gout-treat", index.Search("gout").Hits[0].Id);
    }

    [Fact]
    public void Snippet_HtmlInText_IsEncoded()
    {
        using var index = SearchIndex.CreateInMemory();
        index.Upsert(new SearchDocument { Id = "x", Title = "Scripts", Body = "Sciatica <script>alert(1)</script> pain" });

        var snippet = index.Search("sciatica").Hits[0].Snippet;
        Assert.DoesNotContain("<script>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>Sciatica</mark>", snippet, StringComparison.Ordinal);
    }
}
