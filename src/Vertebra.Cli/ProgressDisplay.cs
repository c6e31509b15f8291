using Spectre.Console;
using Vertebra.Content.Import;

namespace Vertebra.Cli;

/// <summary>A two-line progress bar (read, save) on a terminal; nothing extra when output is redirected.</summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(TextWriter output, Func<IProgress<ImportProgress>, IProgress<ImportProgress>, Task<T>> work)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            var silent = new Progress<ImportProgress>(_ => { });
            return await work(silent, silent).ConfigureAwait(false);
        }

        T result = default!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var read = context.AddTask("Reading", maxValue: 1);
                var save = context.AddTask("Saving", maxValue: 1);
                result = await work(Reporter(read), Reporter(save)).ConfigureAwait(false);
                read.Value = read.MaxValue;
                save.Value = save.MaxValue;
            }).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// A progress bar while texts are encoded for meaning search; on a redirected output, a line at every tenth.
    /// Nothing is shown when nothing needs encoding.
    /// </summary>
    public static async Task<T> EncodeAsync<T>(TextWriter output, Func<IProgress<(int Done, int Total)>, Task<T>> work)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            var lastTenth = 0;
            var lines = new LineProgress(p =>
            {
                var tenth = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
                if (tenth > lastTenth)
                {
                    lastTenth = tenth;
                    output.WriteLine($"Encoding for meaning search: {p.Done:N0} of {p.Total:N0} texts");
                }
            });
            return await work(lines).ConfigureAwait(false);
        }

        T result = default!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Encoding for meaning search", maxValue: 1);
                result = await work(new LineProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                })).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return result;
    }

    private sealed class LineProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }

    private static SyncProgress Reporter(ProgressTask task) => new(p =>
    {
        if (p.Total is { } total && total > 0)
        {
            task.MaxValue = total;
            task.Value = Math.Min(p.Done, total);
        }
    });

    /// <summary>Reports on the caller's thread: the bar updates while the import runs synchronously.</summary>
    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
