using Vertebra.Content.Import;
using Vertebra.Content.Markdown;
using Vertebra.Content.Model;
using Vertebra.Content.Tests.Support;

namespace Vertebra.Content.Tests;

/// <summary>An article's language and its counterpart in the other language, as read and checked at import (issue 15).</summary>
public sealed class ArticleLanguageImportTests
{
    [Fact]
    public void Read_ChineseArticleNamingItsEnglishCounterpart_KeepsLanguageAndLink()
    {
        using var temp = new TempFolder();
        temp.Write("articles/massage.md", Samples.Minimal("massage"));
        temp.Write("articles/zh/anmo.md", Samples.Minimal("anmo", "language: zh\ncounterpart: massage\n", "按摩只能缓解症状。"));

        var batch = MarkdownFolderImporter.Read(temp.Path, KnownIds.None);

        var chinese = Assert.Single(batch.Articles, a => a.Slug == "anmo");
        Assert.Equal(ArticleLanguages.Chinese, chinese.Language);
        Assert.Equal("massage", chinese.Counterpart);
        Assert.Equal(ArticleLanguages.English, Assert.Single(batch.Articles, a => a.Slug == "massage").Language);
    }

    [Fact]
    public void Read_CounterpartAlreadyInTheStore_IsAccepted()
    {
        using var temp = new TempFolder();
        temp.Write("articles/zh/anmo.md", Samples.Minimal("anmo", "language: zh\ncounterpart: massage\n"));
        var known = KnownIds.None with { ArticleLanguages = new Dictionary<string, string> { ["massage"] = ArticleLanguages.English } };

        var batch = MarkdownFolderImporter.Read(temp.Path, known);

        Assert.Equal("massage", Assert.Single(batch.Articles).Counterpart);
    }

    [Fact]
    public void Read_CounterpartThatDoesNotExist_NamesFileAndTheCounterpartLine()
    {
        using var temp = new TempFolder();
        var path = temp.Write("articles/zh/anmo.md", Samples.Minimal("anmo", "language: zh\ncounterpart: no-such-article\n"));

        var error = Assert.Throws<ContentImportException>(() => MarkdownFolderImporter.Read(temp.Path, KnownIds.None));

        Assert.Equal(path, error.File);
        Assert.Equal(6, error.Line);
        Assert.Contains("no-such-article", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CounterpartInTheSameLanguage_IsRefused()
    {
        using var temp = new TempFolder();
        temp.Write("articles/zh/yaotu.md", Samples.Minimal("yaotu", "language: zh\n"));
        temp.Write("articles/zh/anmo.md", Samples.Minimal("anmo", "language: zh\ncounterpart: yaotu\n"));

        var error = Assert.Throws<ContentImportException>(() => MarkdownFolderImporter.Read(temp.Path, KnownIds.None));

        Assert.Contains("another language", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoChineseArticlesClaimingOneCounterpart_IsRefused()
    {
        using var temp = new TempFolder();
        temp.Write("articles/massage.md", Samples.Minimal("massage"));
        temp.Write("articles/zh/anmo.md", Samples.Minimal("anmo", "language: zh\ncounterpart: massage\n"));
        temp.Write("articles/zh/tuina.md", Samples.Minimal("tuina", "language: zh\ncounterpart: massage\n"));

        var error = Assert.Throws<ContentImportException>(() => MarkdownFolderImporter.Read(temp.Path, KnownIds.None));

        Assert.Contains("already names 'massage'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CounterpartNamingItself_IsRefused()
    {
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(Samples.Minimal("anmo", "language: zh\ncounterpart: anmo\n"), "anmo.md"));

        Assert.Equal(6, error.Line);
    }

    [Theory]
    [InlineData("zh", "zh")]
    [InlineData("zh-Hans", "zh")]
    [InlineData("zh-CN", "zh")]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    public void Parse_LanguageTag_IsReadAsTheSitesEdition(string tag, string expected)
    {
        Assert.Equal(expected, ArticleMarkdownReader.Parse(Samples.Minimal("a", $"language: {tag}\n"), "a.md").Language);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("zh-Hant")]
    [InlineData("zh-TW")]
    public void Parse_LanguageWithoutAnEdition_IsRefusedOnItsLine(string tag)
    {
        var error = Assert.Throws<ContentImportException>(() => ArticleMarkdownReader.Parse(Samples.Minimal("a", $"language: {tag}\n"), "a.md"));

        Assert.Equal(5, error.Line);
        Assert.Contains(tag, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThenParse_ChineseArticleWithCounterpart_RoundTrips()
    {
        var article = ArticleMarkdownReader.Parse(Samples.Minimal("anmo", "language: zh\ncounterpart: massage\n", "按摩只能缓解症状。"), "anmo.md");

        var again = ArticleMarkdownReader.Parse(ArticleMarkdownWriter.Write(article), "again.md");

        Assert.Equal((ArticleLanguages.Chinese, "massage", article.Body), (again.Language, again.Counterpart, again.Body));
    }
}
