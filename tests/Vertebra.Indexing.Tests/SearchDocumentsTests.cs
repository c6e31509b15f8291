using Vertebra.Content.Model;
using Vertebra.Indexing;

namespace Vertebra.Indexing.Tests;

public sealed class SearchDocumentsTests
{
    private static Article Article(params string[] conditions) => new()
    {
        Slug = "massage-ldh",
        Title = "What massage can and cannot do",
        Summary = "Massage eases muscles.",
        Body = "Intro.\n\n## What massage can do\n\nIt eases tight muscles.\n\n## What it cannot do\n\nIt cannot push a disc back.\n",
        Conditions = conditions,
    };

    [Fact]
    public void FromArticle_FocusIsTheFirstConditionInWords_OnTheArticleAndEverySection()
    {
        var documents = SearchDocuments.FromArticle(Article("lumbar-disc-herniation", "sciatica")).ToList();

        Assert.Equal(3, documents.Count);
        Assert.All(documents, d => Assert.Equal("Lumbar disc herniation", d.Focus));
    }

    [Fact]
    public void FromArticle_WithoutConditions_HasNoFocus()
    {
        Assert.All(SearchDocuments.FromArticle(Article()), d => Assert.Equal("", d.Focus));
    }

    [Fact]
    public void FromArticle_ChineseArticle_CarriesItsLanguageAndItsZhAddressOnEveryDocument()
    {
        var chinese = Article("lumbar-disc-herniation") with { Slug = "anmo-yu-yaotu", Language = ArticleLanguages.Chinese };

        var documents = SearchDocuments.FromArticle(chinese).ToList();

        Assert.All(documents, d => Assert.Equal(ArticleLanguages.Chinese, d.Language));
        Assert.All(documents, d => Assert.StartsWith("/zh/articles/anmo-yu-yaotu", d.Url, StringComparison.Ordinal));
        Assert.All(SearchDocuments.FromArticle(Article()), d => Assert.Equal(ArticleLanguages.English, d.Language));
    }

    [Fact]
    public void FromArticle_WarningSignMarkerLine_IsNotIndexedAsWords()
    {
        var article = Article("sciatica") with
        {
            Body = "Intro.\n\n## When to get help\n\nGo now if you have:\n\n{warning-signs: saddle-numbness, bladder-or-bowel-change}\n\nSee a GP if it lasts.\n",
        };

        var documents = SearchDocuments.FromArticle(article).ToList();

        Assert.All(documents, d => Assert.DoesNotContain("warning-signs", d.Body, StringComparison.Ordinal));
        Assert.All(documents, d => Assert.DoesNotContain("saddle-numbness", d.Body, StringComparison.Ordinal));
        var section = Assert.Single(documents, d => d.Title.EndsWith("When to get help", StringComparison.Ordinal));
        Assert.Contains("Go now if you have:", section.Body, StringComparison.Ordinal);
        Assert.Contains("See a GP if it lasts.", section.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void IndexedChineseArticle_IsFoundWithItsLanguageOnTheHit()
    {
        using var index = Vertebra.Search.SearchIndex.CreateInMemory();
        var english = Article("lumbar-disc-herniation");
        var chinese = english with { Slug = "anmo-yu-yaotu", Title = "按摩 massage 中文", Language = ArticleLanguages.Chinese };
        index.Rebuild(SearchDocuments.FromArticle(english).Concat(SearchDocuments.FromArticle(chinese)));

        var hits = index.Search("massage", top: 20).Hits;

        Assert.Contains(hits, h => h.Language == ArticleLanguages.Chinese && h.Url.StartsWith("/zh/articles/", StringComparison.Ordinal));
        Assert.Contains(hits, h => h.Language == ArticleLanguages.English && h.Url.StartsWith("/articles/", StringComparison.Ordinal));
    }
}
