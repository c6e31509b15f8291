using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using FormToken = System.Text.RegularExpressions.Regex;
using Npgsql;
using Vertebra.Cli.Commands;
using Vertebra.Storage.Postgres;
using Vertebra.Tests.Shared;
using Xunit.Abstractions;

namespace Vertebra.Cli.Tests;

/// <summary>What happens when things break on PostgreSQL: a killed import, a database that goes away and comes back.</summary>
public sealed class FaultTests(ITestOutputHelper log)
{
    [PostgresFact]
    public async Task ImportKilledWithSigkill_LeavesNothingBehindAndCanBeRunAgain()
    {
        var database = await PostgresTestDatabase.CreateSchemaAsync();
        using var temp = new TempStore();
        try
        {
            const int Pairs = 40_000;
            var file = temp.Path2("big.jsonl");
            var text = new StringBuilder();
            for (var i = 0; i < Pairs; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $$"""{"id": "KILL_{{i}}", "question": "Question {{i}}?", "answer": "{{new string('a', 400)}} {{i}}"}""").Append('\n');
            }

            await File.WriteAllTextAsync(file, text.ToString());
            await using var store = new PostgresContentStore(database);
            await store.MigrateAsync();
            var versionBefore = await store.GetContentVersionAsync();

            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "vertebra.dll"), "import", "qa-jsonl", file, "--database", database, "--data", temp.Path2("data") })
            {
                start.ArgumentList.Add(a);
            }

            using var import = Process.Start(start)!;
            var killedWhileWriting = await WaitForWritingTransactionAsync(database, import, TimeSpan.FromSeconds(120));
            import.Kill();
            await import.WaitForExitAsync();
            log.WriteLine($"killed while writing: {killedWhileWriting}");

            Assert.True(killedWhileWriting, "the import finished or never started writing before it could be killed");
            await WaitAsync(async () => (await OpenTransactionsAsync(database)) == 0, TimeSpan.FromSeconds(30));
            Assert.Equal(0, (await store.CountAsync()).QaPairs);
            Assert.Equal(versionBefore, await store.GetContentVersionAsync());

            var request = new ImportCommand.ImportRequest("qa-jsonl", file, Content.Model.ArticleStatus.Draft, null, "CC BY 4.0");
            Assert.Equal(0, await ImportCommand.RunAsync(store, request, new StringWriter(), new StringWriter(), CancellationToken.None));
            Assert.Equal(Pairs, (await store.CountAsync()).QaPairs);
        }
        finally
        {
            await PostgresTestDatabase.DropSchemaAsync(database);
        }
    }

    [PostgresFact]
    public async Task DatabaseGoesAway_WritesAnswer503CachedPagesStayAndTheNodeRecovers()
    {
        var database = await PostgresTestDatabase.CreateSchemaAsync();
        using var temp = new TempStore();
        var real = new NpgsqlConnectionStringBuilder(database);
        await using var proxy = new LoopbackProxy(real.Host!, real.Port);
        var viaProxy = new NpgsqlConnectionStringBuilder(database) { Host = "127.0.0.1", Port = proxy.Port }.ConnectionString;
        ServeNode? node = null;
        try
        {
            node = await ServeNode.StartAsync(temp.Path2("node"), viaProxy);

            // Ready first (database and search index, meaning vectors included), so "not ready" below is the outage's doing.
            Assert.True(await WaitAsync(async () =>
            {
                using var ready = await node.Client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
                return ready.IsSuccessStatusCode;
            }, TimeSpan.FromSeconds(180)), "the node never became ready");
            const string Article = "/articles/back-pain-at-work";
            using (var warm = await node.Client.GetAsync(new Uri(Article, UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
            }

            proxy.TakeDown();

            using (var cached = await node.Client.GetAsync(new Uri(Article, UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
            }

            using (var write = await PostSignInAsync(node))
            {
                var body = await write.Content.ReadAsStringAsync();
                Assert.True(write.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)write.StatusCode}: {body}");
                Assert.Contains("nothing was saved", body, StringComparison.Ordinal);
            }

            using (var health = await node.Client.GetAsync(new Uri("/healthz/ready", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            }

            proxy.BringBack();
            var recovered = await WaitAsync(async () =>
            {
                using var health = await node.Client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
                return health.IsSuccessStatusCode;
            }, TimeSpan.FromSeconds(30));
            Assert.True(recovered, "the node did not recover after the database came back");
            using (var write = await PostSignInAsync(node))
            {
                Assert.NotEqual(HttpStatusCode.ServiceUnavailable, write.StatusCode);
            }

            // The change feed reconnects by itself and resyncs.
            Assert.True(await WaitAsync(() => Task.FromResult(node.Log.Split("(resync)").Length >= 3), TimeSpan.FromSeconds(30)), node.Log);
        }
        finally
        {
            if (node is not null)
            {
                log.WriteLine(node.Log);
                await node.DisposeAsync();
            }

            await PostgresTestDatabase.DropSchemaAsync(database);
        }
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(ServeNode node)
    {
        var form = await node.Client.GetStringAsync(new Uri("/editor/login", UriKind.Relative));
        var token = FormToken.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"|value=\"([^\"]+)\" name=\"__RequestVerificationToken\"");
        var fields = new Dictionary<string, string> { ["userName"] = "nobody", ["password"] = "not the password at all" };
        if (token.Success)
        {
            fields["__RequestVerificationToken"] = token.Groups[1].Success ? token.Groups[1].Value : token.Groups[2].Value;
        }

        using var content = new FormUrlEncodedContent(fields);
        return await node.Client.PostAsync(new Uri("/editor/login", UriKind.Relative), content);
    }

    private static async Task<bool> WaitForWritingTransactionAsync(string database, Process import, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit && !import.HasExited)
        {
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE '%qa_pairs%' AND xact_start IS NOT NULL " +
                "AND backend_xid IS NOT NULL", connection);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    private static async Task<long> OpenTransactionsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE '%qa_pairs%' AND backend_xid IS NOT NULL", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<bool> WaitAsync(Func<Task<bool>> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            try
            {
                if (await done())
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not answering yet.
            }

            await Task.Delay(200);
        }

        return false;
    }
}
