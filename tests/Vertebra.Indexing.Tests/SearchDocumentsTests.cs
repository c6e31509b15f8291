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
}
