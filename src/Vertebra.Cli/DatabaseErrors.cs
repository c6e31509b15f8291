using System.CommandLine;
using System.CommandLine.Invocation;
using Vertebra.Storage;

namespace Vertebra.Cli;

/// <summary>
/// Turns database problems that escape a command into one line on standard error and an exit code, instead of a stack
/// trace: 2 for a database setting that cannot be read, 1 for a database that cannot be reached or fails. Messages
/// name the database and the cause, never the password.
/// </summary>
internal static class DatabaseErrors
{
    public const int BadSetting = 2;
    public const int Unavailable = 1;

    /// <summary>Wraps the action of this command and of every command below it.</summary>
    public static void Guard(Command command, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Action is AsynchronousCommandLineAction action)
        {
            command.Action = new GuardedAction(action, error);
        }

        foreach (var sub in command.Subcommands)
        {
            Guard(sub, error);
        }
    }

    /// <summary>The one-line message and exit code for a database problem; null for any other exception.</summary>
    public static (string Message, int ExitCode)? Describe(Exception exception) => exception switch
    {
        DatabaseSettingException e => (e.Message, BadSetting),
        DatabaseUnavailableException e => (e.Message, Unavailable),
        System.Data.Common.DbException e => ($"The database failed: {StoreLocation.Reason(e)}", Unavailable),
        _ => null,
    };

    private sealed class GuardedAction(AsynchronousCommandLineAction inner, TextWriter error) : AsynchronousCommandLineAction
    {
        public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
        {
            try
            {
                return await inner.InvokeAsync(parseResult, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && Describe(ex) is { } problem)
            {
                await error.WriteLineAsync(problem.Message).ConfigureAwait(false);
                return problem.ExitCode;
            }
        }
    }
}
