using Vertebra.Tests.Shared;

namespace Vertebra.Content.Tests;

/// <summary>
/// Issue 13 found copies of NHS and NICE text cited instead of the owners' pages, and a replaced guideline.
/// None of them may come back anywhere in the bundled content: articles, catalogue, guidance rules or claims.
/// </summary>
public sealed class ContentHostsTests
{
    public static TheoryData<string> Forbidden() =>
    [
        "sheffieldachespains-staging.preflight.site",
        "preflight.site",
        "windsorhousegrouppractice.co.uk",
        "drpharmacy.uk",
        "independentpharmacist.co.uk",
        "blog.fht.org.uk",
        "medscape.com",
        "sheffieldachesandpains.com",
        "CG75",
    ];

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void ContentFolder_NeverMentions(string text)
    {
        var hits = Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories)
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, number: i + 1)))
            .Where(x => x.line.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{Path.GetRelativePath(RepositoryPaths.Content, x.path)}:{x.number}")
            .ToList();

        Assert.True(hits.Count == 0, $"'{text}' appears in content/ at {string.Join(", ", hits)}");
    }

    [Fact]
    public void ContentFolder_HasNoHttpAddress()
    {
        var hits = Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories)
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, number: i + 1)))
            .Where(x => x.line.Contains("http://", StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{Path.GetRelativePath(RepositoryPaths.Content, x.path)}:{x.number}")
            .ToList();

        Assert.True(hits.Count == 0, $"http:// appears in content/ at {string.Join(", ", hits)}");
    }
}
