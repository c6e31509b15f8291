using System.Diagnostics;
using Vertebra.Cli.Commands;
using Vertebra.Storage.Postgres;
using Vertebra.Tests.Shared;
using Xunit.Abstractions;

namespace Vertebra.Cli.Tests;

/// <summary>Two <c>vertebra serve</c> processes over one PostgreSQL database stay in step.</summary>
public sealed class TwoNodeTests(ITestOutputHelper log)
{
    [PostgresFact]
    public async Task ImportThroughOneNodesDatabase_ShowsInTheOtherNodesSearchWithinTwoSeconds()
    {
        var database = await PostgresTestDatabase.CreateSchemaAsync();
        using var temp = new TempStore();
        ServeNode? a = null, b = null;
        try
        {
            // A realistically sized index first: the MedQuAD corpus when the shared data is there, else generated pairs.
            await using (var store = new PostgresContentStore(database))
            {
                var (path, what) = await CorpusAsync(temp);
                var request = new ImportCommand.ImportRequest("qa-jsonl", path, Content.Model.ArticleStatus.Draft, null, "CC BY 4.0");
                Assert.Equal(0, await ImportCommand.RunAsync(store, request, new StringWriter(), new StringWriter(), CancellationToken.None));
                log.WriteLine($"imported {what}: {(await store.CountAsync()).QaPairs} pairs in the store");
            }

            // Words only: this pins how a change travels between nodes, not meaning search. With meaning search on, each
            // node would first encode the whole corpus (minutes on two cores); bench/load/sync-latency.sh measures that case.
            a = await ServeNode.StartAsync(temp.Path2("node-a"), database, "--semantic", "off");
            b = await ServeNode.StartAsync(temp.Path2("node-b"), database, "--semantic", "off");
            // Both search indexes built, and node B's search page warmed up, before the clock starts.
            Assert.True(await WaitUntilAsync(() => Task.FromResult(a.Log + "\n--\n" + b.Log), both => both.Split("\n--\n").All(l => l.Contains("Search index rebuilt", StringComparison.Ordinal)),
                TimeSpan.FromSeconds(180)), "the nodes did not build their search indexes");
            await b.GetAsync("/search?q=back+pain");

            // Node B has the "nothing found" page in its output cache before the import.
            Assert.DoesNotContain(Marker, await b.GetAsync("/search?q=zyxwvutron"), StringComparison.Ordinal);
            var file = temp.Path2("pairs.jsonl");
            await File.WriteAllTextAsync(file,
                $$"""{"id": "TWO_NODE_1", "question": "What is the {{Marker}} word?", "answer": "{{Marker}} is a made-up word for a test.", "source": "TEST", "focus": "Zyxwvutron"}""" + "\n");
            await using (var store = new PostgresContentStore(database))
            {
                var request = new ImportCommand.ImportRequest("qa-jsonl", file, Content.Model.ArticleStatus.Draft, null, "CC BY 4.0");
                Assert.Equal(0, await ImportCommand.RunAsync(store, request, new StringWriter(), new StringWriter(), CancellationToken.None));
            }

            var clock = Stopwatch.StartNew();
            log.WriteLine($"{TimeProvider.System.GetLocalNow():HH:mm:ss.fff} import committed");
            var seen = await WaitUntilAsync(() => b.GetAsync("/search?q=zyxwvutron"), page => page.Contains(Marker, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
            log.WriteLine($"node B showed the import after {clock.ElapsedMilliseconds} ms");
            Assert.True(seen, $"node B never showed the import.\nB's log:\n{b.Log}");
            var limit = SyncLimit();
            Assert.True(clock.Elapsed < limit, $"node B took {clock.ElapsedMilliseconds} ms to show the import (limit {limit.TotalMilliseconds} ms)");
            Assert.True(await WaitUntilAsync(() => a.GetAsync("/search?q=zyxwvutron"), page => page.Contains(Marker, StringComparison.Ordinal), limit),
                "node A never showed the import");

            // An edit of that one pair travels the same way.
            await File.WriteAllTextAsync(file,
                $$"""{"id": "TWO_NODE_1", "question": "What is the {{Marker}} word?", "answer": "{{Marker}} is made up; now it also means {{Edited}}.", "source": "TEST", "focus": "Zyxwvutron"}""" + "\n");
            await using (var store = new PostgresContentStore(database))
            {
                var request = new ImportCommand.ImportRequest("qa-jsonl", file, Content.Model.ArticleStatus.Draft, null, "CC BY 4.0");
                Assert.Equal(0, await ImportCommand.RunAsync(store, request, new StringWriter(), new StringWriter(), CancellationToken.None));
            }

            clock.Restart();
            var edited = await WaitUntilAsync(() => b.GetAsync("/search?q=quuxedit"), page => page.Contains(Edited, StringComparison.Ordinal) && page.Contains(Marker, StringComparison.Ordinal),
                TimeSpan.FromSeconds(10));
            log.WriteLine($"node B showed the edit after {clock.ElapsedMilliseconds} ms");
            Assert.True(edited, $"node B never showed the edit.\nB's log:\n{b.Log}");
            Assert.True(clock.Elapsed < limit, $"node B took {clock.ElapsedMilliseconds} ms to show the edit (limit {limit.TotalMilliseconds} ms)");
        }
        finally
        {
            if (b is not null)
            {
                log.WriteLine(b.Log);
                await b.DisposeAsync();
            }

            if (a is not null)
            {
                await a.DisposeAsync();
            }

            await PostgresTestDatabase.DropSchemaAsync(database);
        }
    }

    private const string Marker = "Zyxwvutron-two-node";
    private const string Edited = "quuxedit";

    /// <summary>The MedQuAD corpus (47,457 pairs) from ../shared when present; else 5,000 generated pairs.</summary>
    private static async Task<(string Path, string What)> CorpusAsync(TempStore temp)
    {
        var medquad = RepositoryPaths.SharedFile("data/medquad/corpus.jsonl.gz");
        if (File.Exists(medquad))
        {
            return (medquad, "the MedQuAD corpus");
        }

        var path = temp.Path2("generated.jsonl");
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture,
                $$"""{"id": "GEN_{{i}}", "question": "What helps condition {{i % 400}} number {{i}}?", "answer": "Rest, movement and time help condition {{i % 400}}; see a doctor when pain lasts. Pair {{i}}.", "source": "TEST", "focus": "Condition {{i % 400}}", "qtype": "treatment"}""")
                .Append('\n');
        }

        await File.WriteAllTextAsync(path, text.ToString());
        return (path, "5,000 generated pairs (the MedQuAD corpus is not in ../shared)");
    }

    /// <summary>
    /// Two seconds, the promise. On a machine already running far more work than it has cores (other builds, other
    /// test assemblies) the index rebuild alone can take longer, so there the test allows ten and says so.
    /// </summary>
    private TimeSpan SyncLimit()
    {
        var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "0";
        var load = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        if (load <= 2 * Environment.ProcessorCount)
        {
            return TimeSpan.FromSeconds(2);
        }

        log.WriteLine($"load average {load} on {Environment.ProcessorCount} cores: allowing 10 s instead of 2 s");
        return TimeSpan.FromSeconds(10);
    }

    private static async Task<bool> WaitUntilAsync(Func<Task<string>> get, Func<string, bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (done(await get()))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
