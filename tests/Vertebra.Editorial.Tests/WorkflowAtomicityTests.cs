using Microsoft.Data.Sqlite;
using Vertebra.Storage.Editorial;

namespace Vertebra.Editorial.Tests;

/// <summary>
/// Issue 19, item 4: sign-off and publication each write their records and their audit entry together or not at all.
/// A failure is injected between the writes with a database trigger (a real failure inside the real transaction), not by
/// timing a kill.
/// </summary>
public sealed class WorkflowAtomicityTests
{
    private static async Task FailOnAsync(EditorialBench bench, string trigger)
    {
        await using var connection = new SqliteConnection($"Data Source={bench.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = trigger;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task SignOffAsync_AuditEntryFails_LeavesNoSignOff()
    {
        await using var bench = await EditorialBench.StartAsync();
        var slug = (await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Ana", "", true, CancellationToken.None)).Slug!;
        await FailOnAsync(bench, "CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'injected failure'); END");

        await Assert.ThrowsAsync<SqliteException>(() => bench.SignOffLatestAsync(slug, "Dr Li"));

        var state = await bench.Store.GetStateAsync(slug);
        Assert.Null(state!.SignedOffRevision);
        Assert.Null(state.SignedOffBy);
    }

    [Fact]
    public async Task PublishAsync_FailureAfterTheArticleIsWritten_LeavesNothingLiveAndNoAudit()
    {
        await using var bench = await EditorialBench.StartAsync();
        var slug = (await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Ana", "", true, CancellationToken.None)).Slug!;
        await bench.SignOffLatestAsync(slug, "Dr Li");
        var auditBefore = await bench.Store.ListAuditAsync(100);
        await FailOnAsync(bench, "CREATE TRIGGER fail_state BEFORE UPDATE ON editorial_state BEGIN SELECT RAISE(ABORT, 'injected failure'); END");

        await Assert.ThrowsAsync<SqliteException>(() => bench.Service.PublishAsync(slug, "Dr Li", CancellationToken.None));

        Assert.Null(await bench.Content.GetArticleAsync(slug));
        Assert.Equal(auditBefore.Count, (await bench.Store.ListAuditAsync(100)).Count);
    }

    [Fact]
    public async Task PublishAsync_AuditEntryFails_LeavesNothingLiveAndTheStateInReview()
    {
        await using var bench = await EditorialBench.StartAsync();
        var slug = (await bench.Service.SaveAsync(null, EditorialBench.Draft(), "Ana", "", true, CancellationToken.None)).Slug!;
        await bench.SignOffLatestAsync(slug, "Dr Li");
        await FailOnAsync(bench, "CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'injected failure'); END");

        await Assert.ThrowsAsync<SqliteException>(() => bench.Service.PublishAsync(slug, "Dr Li", CancellationToken.None));

        Assert.Null(await bench.Content.GetArticleAsync(slug));
        Assert.Equal(EditorialStates.InReview, (await bench.Store.GetStateAsync(slug))!.State);
    }
}
