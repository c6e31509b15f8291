using System.Diagnostics;
using Vertebra.Tests.Shared;

namespace Vertebra.Cli.Tests;

/// <summary>
/// Issue 19, finding 13: one writer per search index, across processes. With a real <c>vertebra serve</c> running on a
/// data folder, <c>vertebra index rebuild</c> (another process) refuses with one line and <c>vertebra ask</c> answers
/// without writing the index; the site then still indexes what is imported next.
/// </summary>
public sealed class IndexWriterLockTests
{
    [Fact]
    public async Task SecondProcess_WhileTheSiteRuns_NeverWritesTheIndex()
    {
        using var temp = new TempStore();
        var data = temp.Path2("data");
        var database = "sqlite:" + Path.Combine(data, "vertebra.db");
        await using var site = await ServeNode.StartAsync(data, database);
        var index = Path.Combine(data, "index");
        await WaitForAsync(() => File.Exists(Path.Combine(index, "indexed-sources.json")), "the site did not build its index");
        var before = Snapshot(index);

        var rebuild = await RunAsync(["index", "rebuild", "--data", data, "--database", database, "--content", RepositoryPaths.Content]);
        var ask = await RunAsync(["ask", "What is sciatica?", "--data", data, "--database", database, "--content", RepositoryPaths.Content]);

        Assert.Equal(1, rebuild.Code);
        Assert.Contains("Stop the site first", Assert.Single(rebuild.Error.Trim().Split('\n')), StringComparison.Ordinal);
        Assert.Equal(0, ask.Code);
        Assert.Contains("ciatica", ask.Output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(index));

        var pairs = temp.Path2("pairs.jsonl");
        await File.WriteAllTextAsync(pairs, "{\"id\":\"LOCK_1\",\"question\":\"What is a quokkaword?\",\"answer\":\"A quokkaword is a test word.\",\"url\":\"https://example.org/q\"}\n");
        var import = await RunAsync(["import", "qa-jsonl", pairs, "--data", data, "--database", database]);
        Assert.Equal(0, import.Code);
        await WaitForAsync(async () => (await site.GetAsync("/api/search?q=quokkaword")).Contains("LOCK_1", StringComparison.Ordinal),
            "the site did not index the pair imported after the second process:\n" + site.Log);
        Assert.False(site.HasExited);
    }

    [Fact]
    public async Task IndexRebuild_FreshIndexWithADeeplyNestedArticle_BuildsTheIndexAndExits0()
    {
        using var temp = new TempStore();
        var data = temp.Path2("fresh");
        var folder = temp.Path2("content");
        Directory.CreateDirectory(Path.Combine(folder, "articles"));
        await File.WriteAllTextAsync(Path.Combine(folder, "articles", "nested.md"),
            "---\nslug: nested\ntitle: Nested\nsummary: A body line of 130 quote marks.\n---\n\nIntro.\n\n" + new string('>', 130) + " deep\n");
        var import = await RunAsync(["import", "markdown", folder, "--data", data, "--database", "sqlite:" + Path.Combine(data, "vertebra.db")]);
        Assert.True(import.Code == 0, import.Output + import.Error);

        var rebuild = await RunAsync(["index", "rebuild", "--data", data, "--database", "sqlite:" + Path.Combine(data, "vertebra.db"), "--content", RepositoryPaths.Content]);

        Assert.True(rebuild.Code == 0, rebuild.Output + rebuild.Error);
        Assert.Contains("Indexed", rebuild.Output + rebuild.Error, StringComparison.Ordinal);
    }

    /// <summary>Every file of the index with its size and last write time: equal snapshots mean nothing was written.</summary>
    private static List<string> Snapshot(string folder) =>
        Directory.GetFiles(folder).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f):O}").ToList();

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vertebra.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("VERTEBRA_DATABASE");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    private static Task WaitForAsync(Func<bool> condition, string failure) => WaitForAsync(() => Task.FromResult(condition()), failure);

    private static async Task WaitForAsync(Func<Task<bool>> condition, string failure)
    {
        for (var i = 0; i < 600; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail(failure);
    }
}
