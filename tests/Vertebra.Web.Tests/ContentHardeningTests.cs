using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Content.Import;
using Vertebra.Content.Model;
using Vertebra.Indexing;
using Vertebra.Storage;
using Vertebra.Storage.Editorial;

namespace Vertebra.Web.Tests;

/// <summary>Issue 19, findings 2, 6, 12 and 14 as seen through the site.</summary>
public sealed class ContentHardeningTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly string Nested = new string('>', 130) + " deep";

    [Fact]
    public async Task Preview_TextOverTheSizeLimit_Answers413BeforeRendering()
    {
        using var editor = await EditorSession.SignInAsync(site, "hard-preview-1", EditorRole.Editor);

        using var response = await PostPreviewAsync(editor, new string('a', 200_001));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("200,000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(130, '>')]
    [InlineData(130, '[')]
    public async Task Preview_DeeplyNestedText_Answers400WithAPlainReason(int count, char mark)
    {
        using var editor = await EditorSession.SignInAsync(site, "hard-preview-2", EditorRole.Editor);

        using var response = await PostPreviewAsync(editor, new string(mark, count) + " x");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nested", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Preview_RequestBodyOverTheLimit_Answers413WithoutReadingIt()
    {
        using var editor = await EditorSession.SignInAsync(site, "hard-preview-3", EditorRole.Editor);
        var token = await TokenAsync(editor);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("__RequestVerificationToken=" + Uri.EscapeDataString(token) + "&body=" + new string('a', 3_000_000)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");

        using var response = await editor.Client.PostAsync("/editor/preview", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task EditorPage_DraftWithDeeplyNestedLine_OpensForEveryRoleSoItCanBeFixed()
    {
        var editorial = site.Services.GetRequiredService<IEditorialStore>();
        var markdown = "---\nslug: nested-draft\ntitle: Nested draft\nsummary: A draft with a bad line.\nstatus: draft\n---\n\nIntro.\n\n" + Nested + "\n";
        await editorial.SaveRevisionAsync("nested-draft", "Nested draft", markdown, "test", TimeProvider.System.GetUtcNow(), "", EditorialStates.Draft);

        foreach (var role in new[] { EditorRole.Editor, EditorRole.Reviewer, EditorRole.Admin })
        {
            using var person = await EditorSession.SignInAsync(site, "hard-open-" + role, role);
            using var response = await person.Client.GetAsync("/editor/articles/nested-draft");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Intro.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ArticlePage_BodyWithDeeplyNestedLineAndMedQuadEmphasis_Answers200()
    {
        var store = site.Services.GetRequiredService<IContentStore>();
        var batch = new ContentBatch();
        batch.Articles.Add(new Article
        {
            Slug = "hard-nested-article",
            Title = "Nested article",
            Summary = "A bad body.",
            Body = "Intro.\n\n" + Nested + "\n\n" + string.Concat(Enumerable.Repeat("++a ", 130)) + string.Concat(Enumerable.Repeat("a++ ", 130)) + "\n",
            Status = ArticleStatus.Published,
        });
        await store.ApplyAsync(batch);

        using var response = await site.Client.GetAsync("/articles/hard-nested-article");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ask_PairWithProtocolRelativeUrl_IsNeverCalledOurOwnArticle()
    {
        var store = site.Services.GetRequiredService<IContentStore>();
        var batch = new ContentBatch();
        batch.QaPairs.Add(new QaPair
        {
            Id = "HARD_0000001_Sec1.txt",
            Source = "GHR",
            Focus = "Wombat syndrome",
            QuestionType = "information",
            Question = "What is wombat syndrome ?",
            Answer = "Wombat syndrome is a made-up condition used in a test.",
            Url = "//evil.example/phish",
            Licence = "CC BY 4.0",
        });
        await store.ApplyAsync(batch);
        await site.Services.GetRequiredService<SearchIndexKeeper>().OnContentChangedAsync(0, CancellationToken.None);

        var html = await site.Client.GetStringAsync("/ask?q=" + Uri.EscapeDataString("What is wombat syndrome?"));

        Assert.Contains("made-up condition", html, StringComparison.Ordinal);
        Assert.DoesNotContain("our own article", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"//evil.example", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewDraft_TitledNew_GetsASlugTheEditorPagesDoNotShadow()
    {
        using var editor = await EditorSession.SignInAsync(site, "hard-new-1", EditorRole.Editor);

        using var saved = await editor.PostFormAsync("/editor/articles/new", new()
        {
            ["title"] = "New",
            ["summary"] = "An article called New.",
            ["body"] = "Text.",
            ["topics"] = "",
            ["conditions"] = "",
            ["references"] = "NHS | https://www.nhs.uk/conditions/back-pain/",
            ["note"] = "",
            ["action"] = "save",
        });

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        Assert.DoesNotMatch("^/editor/articles/new(\\?|$)", saved.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOffAndPublishHandlers_PostedToTheNewArticlePage_PublishNothing()
    {
        var editorial = site.Services.GetRequiredService<IEditorialStore>();
        var markdown = "---\nslug: new\ntitle: New\nsummary: An old draft that took the slug new.\nstatus: draft\n---\n\nText of the old draft.\n";
        await editorial.SaveRevisionAsync("new", "New", markdown, "old import", TimeProvider.System.GetUtcNow(), "", EditorialStates.InReview);
        using var reviewer = await EditorSession.SignInAsync(site, "hard-new-2", EditorRole.Admin);

        using var signOff = await reviewer.PostFormAsync("/editor/articles/new", [], "/editor/articles/new?handler=SignOff");
        using var publish = await reviewer.PostFormAsync("/editor/articles/new", [], "/editor/articles/new?handler=Publish");

        Assert.NotEqual(HttpStatusCode.Redirect, signOff.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Null((await editorial.GetStateAsync("new"))!.SignedOffBy);
        Assert.Null(await site.Services.GetRequiredService<IContentStore>().GetArticleAsync("new"));
    }

    [Fact]
    public async Task Dashboard_RecordTheIndexCouldNotHold_IsNamedForEditorsAndEverythingElseIsSearchable()
    {
        var store = site.Services.GetRequiredService<IContentStore>();
        var batch = new ContentBatch();
        batch.QaPairs.Add(new QaPair { Id = "HARD-BAD-" + new string('q', 40_000), Source = "TEST", Question = "Bad?", Answer = "Bad.", Licence = "CC BY 4.0" });
        batch.QaPairs.Add(new QaPair { Id = "HARD-GOOD-1", Source = "TEST", Question = "What is a bandicootword?", Answer = "A bandicootword is a test word.", Licence = "CC BY 4.0" });
        await store.ApplyAsync(batch);

        await site.Services.GetRequiredService<SearchIndexKeeper>().OnContentChangedAsync(0, CancellationToken.None);
        using var editor = await EditorSession.SignInAsync(site, "hard-dashboard", EditorRole.Editor);
        var dashboard = await editor.Client.GetStringAsync("/editor");
        var search = await site.Client.GetStringAsync("/search?q=bandicootword");

        Assert.Contains("could not be indexed", dashboard, StringComparison.Ordinal);
        Assert.Contains("HARD-BAD-qqq", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('q', 1000), dashboard, StringComparison.Ordinal);
        Assert.Contains("bandicootword", search, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\": 5}")]
    [InlineData("[1, 2]")]
    [InlineData("{\"text\": {\"a\": 1}}")]
    public async Task ClaimsApi_JsonOfTheWrongShape_DoesNotNameDotNetTypes(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await site.Client.PostAsync("/api/claims/check", content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vertebra.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CheckRequest", text, StringComparison.Ordinal);
    }

    private static async Task<string> TokenAsync(EditorSession editor)
    {
        var html = await editor.Client.GetStringAsync("/editor/articles/new");
        return new HtmlParser().ParseDocument(html).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
    }

    private static async Task<HttpResponseMessage> PostPreviewAsync(EditorSession editor, string body)
    {
        var token = await TokenAsync(editor);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["body"] = body });
        return await editor.Client.PostAsync("/editor/preview", content);
    }
}
