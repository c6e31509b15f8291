using Vertebra.Tests.Shared;

namespace Vertebra.Content.Tests;

public sealed class SharedDataFactTests
{
    [Fact]
    public void SharedDataFact_MissingData_SkipsWithAMessageNamingThePath()
    {
        var fact = new SharedDataFactAttribute("data/no-such-folder-" + Guid.NewGuid().ToString("N"));

        Assert.NotNull(fact.Skip);
        Assert.Contains("no-such-folder-", fact.Skip, StringComparison.Ordinal);
        Assert.Contains("not found", fact.Skip, StringComparison.Ordinal);
    }

    [Fact]
    public void RepositoryPaths_Root_IsTheFolderHoldingTheSolution()
    {
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "Vertebra.slnx")));
        Assert.Equal(Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared")), RepositoryPaths.Shared);
    }
}
