using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Content.Import;
using Vertebra.Content.Model;
using Vertebra.Storage;
using Vertebra.Storage.Editorial;
using Vertebra.Storage.Changes;

namespace Vertebra.Web.Tests;

/// <summary>The running site's keeper: a change to the store reaches search, and no cached search page hides it.</summary>
public sealed class SearchIndexKeeperTests : IAsyncLifetime
{
    private readonly SiteFixture _site = new();

    public Task InitializeAsync() => _site.InitializeAsync();

    public Task DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task RequestCheckAsync_AfterAPairIsImported_SearchShowsItEvenWhereTheEmptyResultWasCached()
    {
        const string Url = "/search?q=platypusword";
        Assert.DoesNotContain("Platypus question", await _site.Client.GetStringAsync(Url), StringComparison.Ordinal); // now in the output cache

        var batch = new ContentBatch();
        batch.QaPairs.Add(new QaPair
        {
            Id = "KEEPER_1", Source = "TEST", Focus = "Platypus", QuestionType = "information",
            Question = "Platypus question?", Answer = "The platypusword is made up for this test.", Licence = "CC BY 4.0",
        });
        await _site.Services.GetRequiredService<IContentStore>().ApplyAsync(batch);
        await _site.Services.GetRequiredService<IContentChangeSignal>().RequestCheckAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("Platypus question", await _site.Client.GetStringAsync(Url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_InTheEditor_ShowsInSearchAtOnceEvenWhereTheEmptyResultWasCached()
    {
        const string Url = "/search?q=kookaburraword";
        const string Edit = "/editor/articles/back-pain-at-work";
        Assert.DoesNotContain("/articles/back-pain-at-work", await _site.Client.GetStringAsync(Url), StringComparison.Ordinal); // now in the output cache

        using var editor = await EditorSession.SignInAsync(_site, "keeper-editor", EditorRole.Editor);
        using var saved = await editor.PostFormAsync(Edit, new Dictionary<string, string>
        {
            ["title"] = "Back pain at work", ["summary"] = "How to look after your back at work.",
            ["body"] = "Take a short walk every hour; the kookaburraword stretch helps.", ["topics"] = "back-and-leg-pain", ["conditions"] = "",
            ["references"] = "NICE NG59 | https://www.nice.org.uk/guidance/ng59/chapter/Recommendations", ["note"] = "keeper test", ["action"] = "submit",
        });
        using var reviewer = await EditorSession.SignInAsync(_site, "keeper-reviewer", EditorRole.Reviewer);
        using var signed = await reviewer.PostFormAsync(Edit, [], Edit + "?handler=SignOff");
        using var published = await reviewer.PostFormAsync(Edit, [], Edit + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        // The publication raises the change signal; no wait for the watcher's 2-second poll, nor for the cached page to expire.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!(await _site.Client.GetStringAsync(Url)).Contains("/articles/back-pain-at-work", StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "the published text did not reach search within 5 seconds");
            await Task.Delay(20);
        }
    }
}
