namespace Vertebra.Search.Tests;

/// <summary>Search results as a reader sees them: each article once, only searched words marked, list items kept apart.</summary>
public sealed class GroupedSearchTests
{
    private static SearchIndex CreateIndex()
    {
        var index = SearchIndex.CreateInMemory();
        index.Rebuild(TestCorpus.Documents.Concat(SciaticaArticle()));
        return index;
    }

    private static IEnumerable<SearchDocument> SciaticaArticle()
    {
        const string key = "article:sciatica";
        const string help = "Go to an emergency department now if you have:\nnumbness around your bottom\ntrouble controlling your bowels\nweakness in your legs that is getting worse";
        const string causes = "Sciatica is often caused by a herniated disc pressing on a nerve root.";
        const string lasts = "Sciatica usually gets better in 4 to 6 weeks. Sciatica can come back.";
        yield return Article("article:sciatica", SearchDocumentKind.Article, "Sciatica: what it is and what helps", causes + "\n" + lasts + "\n" + help, "/articles/sciatica");
        yield return Article("article:sciatica#causes", SearchDocumentKind.ArticleSection, "Sciatica: what it is and what helps: What causes it", causes, "/articles/sciatica#causes");
        yield return Article("article:sciatica#lasts", SearchDocumentKind.ArticleSection, "Sciatica: what it is and what helps: How long it lasts", lasts, "/articles/sciatica#lasts");
        yield return Article("article:sciatica#help", SearchDocumentKind.ArticleSection, "Sciatica: what it is and what helps: When to get help", help, "/articles/sciatica#help");

        SearchDocument Article(string id, SearchDocumentKind kind, string title, string body, string url) => new()
        {
            Id = id,
            SourceKey = key,
            Kind = kind,
            Title = title,
            Focus = "Sciatica",
            Body = body,
            Url = url,
            Source = "Vertebra",
        };
    }

    [Fact]
    public void SearchGrouped_ArticleWithManyMatchingParts_IsListedOnceWithItsBestPartAndTheRestUnderIt()
    {
        using var index = CreateIndex();
        var results = index.SearchGrouped("sciatica");

        var article = Assert.Single(results.Groups, g => g.Kind == SearchDocumentKind.Article && g.Url == "/articles/sciatica");
        Assert.Equal("Sciatica: what it is and what helps", article.Title);
        Assert.Equal(SearchDocumentKind.ArticleSection, article.Best.Kind);
        Assert.NotEmpty(article.More);
        Assert.DoesNotContain(article.More, m => m.Id == article.Best.Id);
        Assert.Equal(results.Groups.Count, results.TotalGroups);
        Assert.Equal(results.TotalGroups, results.KindCounts.Values.Sum());
        Assert.Equal(1, results.KindCounts[SearchDocumentKind.Article]);
    }

    [Fact]
    public void SearchGrouped_ArticleWhoseTitleNamesTheSearch_LeadsTheList()
    {
        using var index = SearchIndex.CreateInMemory();
        index.Rebuild(SciaticaArticle().Append(new SearchDocument
        {
            Id = "article:traction",
            SourceKey = "article:traction",
            Kind = SearchDocumentKind.Article,
            Title = "Sciatica and traction for sciatica",
            Focus = "Sciatica",
            Body = "Sciatica and traction: traction does not cure sciatica. Sciatica often settles. People with sciatica should keep active.",
            Url = "/articles/traction",
            Source = "Vertebra",
        }));

        Assert.Equal("/articles/sciatica", index.SearchGrouped("sciatca").Groups[0].Url);
    }

    [Fact]
    public void SearchGrouped_KindFilter_CountsOnlyThatKind()
    {
        using var index = CreateIndex();
        var pairs = index.SearchGrouped("sciatica", kind: SearchDocumentKind.Qa);
        var articles = index.SearchGrouped("sciatica", kind: SearchDocumentKind.ArticleSection);

        Assert.All(pairs.Groups, g => Assert.Equal(SearchDocumentKind.Qa, g.Kind));
        Assert.All(articles.Groups, g => Assert.Equal(SearchDocumentKind.Article, g.Kind));
        Assert.Equal(pairs.KindCounts[SearchDocumentKind.Qa], pairs.TotalGroups);
        Assert.Equal(1, articles.TotalGroups);
    }

    [Fact]
    public void Search_Synonym_IsMarkedOnlyAsAWholePhrase()
    {
        using var index = CreateIndex();
        var results = index.SearchGrouped("sciatica");
        var snippets = results.Groups.SelectMany(g => g.More.Append(g.Best)).Select(h => h.Snippet).ToList();

        Assert.Contains(snippets, s => s.Contains("<mark>Sciatica</mark>", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(snippets, s => s.Contains("<mark>pain</mark>", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(snippets, s => s.Contains("<mark>leg</mark>", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(snippets, s => s.Contains("<mark>legs</mark>", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_SynonymOfSeveralWords_DoesNotMatchItsWordsApart()
    {
        using var index = CreateIndex();

        // "pain down the leg" is another name for sciatica; the gout answer says "pain" but is not about sciatica.
        var results = index.SearchGrouped("sciatica");
        Assert.DoesNotContain(results.Groups, g => g.SourceKey == "gout-treat");
        Assert.DoesNotContain(results.Groups, g => g.SourceKey == "ibu-side");
    }

    [Fact]
    public void Snippet_AcrossAList_KeepsEachItemOnItsOwnLine()
    {
        using var index = CreateIndex();
        var results = index.SearchGrouped("bowels");
        var article = Assert.Single(results.Groups, g => g.Url == "/articles/sciatica");

        Assert.Contains("<mark>bowels</mark>\nweakness", article.Best.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", article.Best.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sciatca", "Showing results for sciatica (you typed sciatca)")]
    [InlineData("slipped disc", "Showing results for herniated disc (you typed slipped disc)")]
    public void Explanation_OneLineSaysWhatWasSearchedAndWhatWasTyped(string typed, string expected)
    {
        using var index = CreateIndex();
        Assert.Equal(expected, index.SearchGrouped(typed).Interpretation.Explanation);
    }

    [Theory]
    [InlineData("sciatica")]
    [InlineData("herniated disc")]
    public void Explanation_WordsSearchedAsTyped_IsNull(string typed)
    {
        using var index = CreateIndex();
        Assert.Null(index.SearchGrouped(typed).Interpretation.Explanation);
    }
}
