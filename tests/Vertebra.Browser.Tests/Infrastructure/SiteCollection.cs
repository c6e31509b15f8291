namespace Vertebra.Browser.Tests.Infrastructure;

/// <summary>All browser tests share one site process and one browser, and run one at a time (2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Vertebra site in Chromium";
}
