using Microsoft.Extensions.Time.Testing;
using Vertebra.Content.Import;
using Vertebra.Guidance;
using Vertebra.Interop.Catalogue;
using Vertebra.Tests.Shared;

namespace Vertebra.Interop.Tests;

/// <summary>The bundled content (rules, conditions, articles) and a fixed clock, shared by the tests.</summary>
internal static class TestData
{
    public const string BaseUrl = "https://vertebra.test";

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<GuidanceEngine> LazyEngine = new(() => GuidanceEngine.Load(Path.Combine(RepositoryPaths.Content, "guidance")));
    private static readonly Lazy<SpineCatalogue> LazyCatalogue = new(LoadCatalogue);
    private static readonly Lazy<InteropData> LazyData = new(() => InteropData.Load(Path.Combine(RepositoryPaths.Content, "interop"), Path.Combine(RepositoryPaths.Content, "articles")));

    public static GuidanceEngine Engine => LazyEngine.Value;

    public static SpineCatalogue Catalogue => LazyCatalogue.Value;

    /// <summary>The bundled interoperability data (content/interop).</summary>
    public static InteropData Data => LazyData.Value;

    public static FakeTimeProvider Clock() => new(Now);

    private static SpineCatalogue LoadCatalogue() =>
        SpineCatalogue.FromContent(MarkdownFolderImporter.Read(RepositoryPaths.Content, KnownIds.None), Data.Icd10Aliases);
}
