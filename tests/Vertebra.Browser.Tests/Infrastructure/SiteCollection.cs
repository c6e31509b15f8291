namespace Vertebra.Browser.Tests.Infrastructure;

/// <summary>All browser tests share one site process and one browser, and run one at a time (2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Vertebra site in Chromium";
}

/// <summary>The Chinese-edition browser tests share the site deployed with emergency number 120.</summary>
[CollectionDefinition(Name)]
public sealed class ChineseSiteCollection : ICollectionFixture<ChineseSiteFixture>
{
    public const string Name = "Vertebra Chinese site (emergency number 120) in Chromium";
}
