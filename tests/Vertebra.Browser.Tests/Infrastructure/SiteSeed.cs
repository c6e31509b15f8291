using System.Diagnostics;

namespace Vertebra.Browser.Tests.Infrastructure;

/// <summary>
/// Prepares the fixture's fresh data folder with the built <c>vertebra</c> program before the site starts:
/// a few trusted answers (MedQuAD pairs, so the answer page has an outside source) and the editor accounts.
/// </summary>
internal static class SiteSeed
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Nine MedQuAD pairs on "Herniated disk" (A.D.A.M. via MedlinePlus, CC BY 4.0), all with one source address.</summary>
    public static string TrustedAnswers => Path.Combine(BrowserEnvironment.ProjectDirectory, "TestData", "medquad-herniated-disk.jsonl");

    /// <summary>The outside page every seeded answer links to.</summary>
    public const string TrustedAnswerUrl = "https://www.nlm.nih.gov/medlineplus/ency/article/000442.htm";

    public static async Task RunAsync(string dotnet, string dll, string dataDirectory)
    {
        await RunCliAsync(dotnet, dataDirectory, null, dll, "import", "qa-jsonl", TrustedAnswers, "--data", dataDirectory).ConfigureAwait(false);
        foreach (var account in EditorAccounts.All)
        {
            await RunCliAsync(dotnet, dataDirectory, account.Password,
                dll, "users", "add", account.UserName, "--role", account.Role, "--name", account.DisplayName, "--data", dataDirectory).ConfigureAwait(false);
        }
    }

    private static async Task RunCliAsync(string dotnet, string workingDirectory, string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "VERTEBRA_DATA", "VERTEBRA_CONTENT", "VERTEBRA_DATABASE", "ASPNETCORE_ENVIRONMENT" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the vertebra program.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteLineAsync(standardInput).ConfigureAwait(false);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"vertebra {args[1]} {args[2]} did not finish within {CommandTimeout.TotalSeconds} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"vertebra {string.Join(' ', args.Skip(1).Take(3))} failed with exit code {process.ExitCode}:{Environment.NewLine}{await stdout.ConfigureAwait(false)}{await stderr.ConfigureAwait(false)}");
        }
    }
}
