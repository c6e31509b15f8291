using Microsoft.Extensions.DependencyInjection;
using Vertebra.Search;
using System.Net;
using System.Text.Json;

namespace Vertebra.Web.Tests;

public sealed class SearchAndAskTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public async Task Search_LayTerm_FindsTheHerniatedDiscArticlesAndSaysHowItReadTheWords()
    {
        var html = await site.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("slipped disc massage"));
        Assert.Contains("/articles/massage-for-lumbar-disc-herniation", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ask?q=when+should+I+get+help+for+sciatica")]
    [InlineData("/ask?q=numb+between+my+legs+and+cannot+pee")]
    [InlineData("/search?q=when+to+get+help+back+pain")]
    [InlineData("/search?q=saddle+numbness")]
    [InlineData("/zh/ask?q=%E4%BB%80%E4%B9%88%E6%97%B6%E5%80%99%E8%A6%81%E9%A9%AC%E4%B8%8A%E5%8E%BB%E6%80%A5%E8%AF%8A")]
    public async Task AnswersAndSnippets_NeverShowAWarningSignMarker_TheSignsAreListedInstead(string url)
    {
        var html = await site.Client.GetStringAsync(url);
        Assert.DoesNotContain("{warning-signs", html, StringComparison.Ordinal);
        Assert.DoesNotContain("saddle-numbness", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Typo_SaysInOneLineWhatItSearchedAndStillFindsArticles()
    {
        var html = await site.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("sciatca"));
        Assert.Contains("Showing results for sciatica (you typed sciatca)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/sciatica\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Synonym_MarksOnlyTheSearchedWordsAndWholeOtherNames()
    {
        var html = await site.Client.GetStringAsync("/search?q=sciatica");
        var marked = System.Text.RegularExpressions.Regex.Matches(html, "<mark>(.*?)</mark>").Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct().ToList();
        Assert.Contains("sciatica", marked);
        Assert.DoesNotContain("pain", marked);
        Assert.DoesNotContain("legs", marked);
        Assert.DoesNotContain("leg", marked);
    }

    [Fact]
    public async Task Search_Results_KeepListItemsOnSeparateLines()
    {
        // The cauda equina warning signs are a list; a snippet across them keeps one item a line.
        var html = await site.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("bladder bowels"));
        var snippets = System.Text.RegularExpressions.Regex.Matches(html, "<p class=\"snippet\">(.*?)</p>", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(snippets, s => s.Contains('\n', StringComparison.Ordinal));
        Assert.DoesNotContain(snippets, s => s.Contains("bowels weakness", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("title:(disc) AND body:[a TO z] OR \"")]
    [InlineData("<script>alert(1)</script> disc")]
    [InlineData("*?~^")]
    public async Task Search_QuerySyntaxAndMarkup_AreTreatedAsText(string query)
    {
        using var response = await site.Client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_LongMessage_AnswersWithSourceAndReadNext()
    {
        var message = "Hello, I hope you can help me. My mother is 60. Can massage push a slipped disc back into place? Thank you, Anna";
        var html = await site.Client.GetStringAsync("/ask?q=" + Uri.EscapeDataString(message));
        Assert.Contains("Read next", html, StringComparison.Ordinal);
        Assert.Contains("/articles/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiSearch_ReturnsHitsAndFacetsAsJson()
    {
        using var json = JsonDocument.Parse(await site.Client.GetStringAsync("/api/search?q=sciatica&top=5"));
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
        Assert.True(json.RootElement.GetProperty("hits").GetArrayLength() is > 0 and <= 5);
    }

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/api/ask?q=%20")]
    [InlineData("/api/search?q=disc&top=500")]
    public async Task Api_BadQueries_Return400Problems(string url)
    {
        using var response = await site.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void Site_WithSemanticOff_AnswersByWordsOnly()
    {
        Assert.Equal(AnswerMode.Lexical, site.Services.GetRequiredService<QuestionAnswerer>().Mode);
        Assert.Equal(0, site.Services.GetRequiredService<SearchIndex>().VectorCount);
    }

    [Fact]
    public async Task ApiAsk_Question_ReturnsInterpretation()
    {
        using var json = JsonDocument.Parse(await site.Client.GetStringAsync("/api/ask?q=" + Uri.EscapeDataString("what is sciatica?")));
        Assert.True(json.RootElement.TryGetProperty("interpretation", out var interpretation));
        Assert.False(string.IsNullOrEmpty(interpretation.GetProperty("questionType").GetString()));
    }
}
