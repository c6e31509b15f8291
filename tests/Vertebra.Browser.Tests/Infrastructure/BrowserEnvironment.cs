using System.Reflection;
using Vertebra.Tests.Shared;

namespace Vertebra.Browser.Tests.Infrastructure;

/// <summary>Where the browser, the site program, axe-core and the screenshot folder are on this machine.</summary>
internal static class BrowserEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Debian's Chromium flags for a quiet, offline, headless run as root.</summary>
    public static IReadOnlyList<string> ChromiumArgs { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    public static bool ChromiumAvailable => File.Exists(ChromiumPath);

    public static string ChromiumMissing =>
        $"Chromium not found at {ChromiumPath}: run `apt-get install -y chromium` to run the browser tests (CI installs it).";

    public static string ProjectDirectory => Path.Combine(RepositoryPaths.Root, "tests", "Vertebra.Browser.Tests");

    public static string AxeScript => Path.Combine(ProjectDirectory, "axe", "node_modules", "axe-core", "axe.min.js");

    public static bool AxeAvailable => File.Exists(AxeScript);

    public static string AxeMissing =>
        $"axe-core not found at {AxeScript}: run `npm ci` in {Path.Combine(ProjectDirectory, "axe")} (CI does).";

    public static string ScreenshotDirectory => Path.Combine(RepositoryPaths.Root, "docs", "screenshots");

    /// <summary>True when VERTEBRA_SCREENSHOTS=1 asks for the README's pictures to be written again.</summary>
    public static bool WriteScreenshots => Environment.GetEnvironmentVariable("VERTEBRA_SCREENSHOTS") == "1";

    /// <summary>The build output of src/Vertebra.Host (the `vertebra` program), recorded at build time.</summary>
    public static string CliDll { get; } = typeof(BrowserEnvironment).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "VertebraCliDll").Value
        ?? throw new InvalidOperationException("The VertebraCliDll build metadata is missing.");
}
