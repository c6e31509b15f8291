using System.CommandLine;
using Vertebra.Editorial;
using Vertebra.Storage.Editorial;

namespace Vertebra.Cli.Commands;

/// <summary>
/// <c>vertebra users add|remove|role|reset-password NAME</c>: the people who may sign in to the editor.
/// Passwords are read from standard input (never an argument, never a default) and only their hash is kept; removing a
/// person, changing their role or password gives them a new security stamp, which ends their sign-ins.
/// </summary>
internal static class UsersCommand
{
    public const int MinPasswordLength = 12;

    public static Command Create(TextReader input, TextWriter output, TextWriter error)
    {
        var userName = new Argument<string>("user-name") { Description = "The name to sign in with." };
        var role = new Option<string>("--role") { Description = "editor, reviewer or admin.", Required = true };
        role.AcceptOnlyFromAmong("editor", "reviewer", "admin");
        var displayName = new Option<string?>("--name") { Description = "The name shown on sign-offs, such as \"Dr Li Wei\". Default: the user name." };
        var data = CommonOptions.Data();
        var database = CommonOptions.Database();
        var add = new Command("add", "Add a person. Type the password when asked (at least 12 characters), or pipe it in on standard input.")
        {
            userName, role, displayName, data, database,
        };
        add.SetAction((result, cancellationToken) => WithEditorialStoreAsync(result, async store =>
        {
            var password = await ReadPasswordAsync(input, output, "Password: ", cancellationToken).ConfigureAwait(false);
            var name = result.GetValue(userName)!;
            return await AddAsync(store, name, result.GetValue(displayName) ?? name, Enum.Parse<EditorRole>(result.GetValue(role)!, ignoreCase: true), password, output, error, cancellationToken).ConfigureAwait(false);
        }, cancellationToken));
        var remove = new Command("remove", "Remove a person. Their sign-ins end at once; their revisions and audit entries stay.") { userName, data, database };
        remove.SetAction((result, cancellationToken) => WithEditorialStoreAsync(result, async store =>
        {
            var name = result.GetValue(userName)!.Trim();
            return await ReportAsync(await store.RemoveUserAsync(name, cancellationToken).ConfigureAwait(false), name, $"Removed {name}. Their sign-ins have ended.", output, error).ConfigureAwait(false);
        }, cancellationToken));

        var newRole = new Option<string>("--role") { Description = "editor, reviewer or admin.", Required = true };
        newRole.AcceptOnlyFromAmong("editor", "reviewer", "admin");
        var changeRole = new Command("role", "Give a person another role. Their current sign-ins end; they sign in again with the new role.") { userName, newRole, data, database };
        changeRole.SetAction((result, cancellationToken) => WithEditorialStoreAsync(result, async store =>
        {
            var name = result.GetValue(userName)!.Trim();
            var role = Enum.Parse<EditorRole>(result.GetValue(newRole)!, ignoreCase: true);
            var done = await store.UpdateUserAsync(name, role, null, EditorUser.NewSecurityStamp(), cancellationToken).ConfigureAwait(false);
            return await ReportAsync(done, name, $"{name} is now {role.ToString().ToLowerInvariant()}. Their sign-ins have ended.", output, error).ConfigureAwait(false);
        }, cancellationToken));

        var reset = new Command("reset-password", "Set a new password, read from standard input (at least 12 characters). Their sign-ins end.") { userName, data, database };
        reset.SetAction((result, cancellationToken) => WithEditorialStoreAsync(result, async store =>
        {
            var password = await ReadPasswordAsync(input, output, "New password: ", cancellationToken).ConfigureAwait(false);
            var name = result.GetValue(userName)!.Trim();
            if (password is null || password.Length < MinPasswordLength)
            {
                await error.WriteLineAsync($"The password must have at least {MinPasswordLength} characters. Nothing was changed.").ConfigureAwait(false);
                return 1;
            }

            var done = await store.UpdateUserAsync(name, null, EditorPasswords.Hash(password), EditorUser.NewSecurityStamp(), cancellationToken).ConfigureAwait(false);
            return await ReportAsync(done, name, $"The password of {name} is changed. Their sign-ins have ended.", output, error).ConfigureAwait(false);
        }, cancellationToken));

        return new Command("users", "Manage the people who may sign in to the editor.") { add, remove, changeRole, reset };
    }

    /// <summary>Opens the stores the settings name, brings their schema up to date, runs <paramref name="step"/> and closes them.</summary>
    private static async Task<int> WithEditorialStoreAsync(ParseResult result, Func<IEditorialStore, Task<int>> step, CancellationToken cancellationToken)
    {
        var (content, store) = await DatabaseOption.OpenAsync(CommonOptions.Bind(result), cancellationToken).ConfigureAwait(false);
        await using var owned = content as IAsyncDisposable;
        await content.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return await step(store).ConfigureAwait(false);
    }

    /// <summary>A password line from <paramref name="input"/>, asking for it with <paramref name="prompt"/> when a person types it.</summary>
    private static async Task<string?> ReadPasswordAsync(TextReader input, TextWriter output, string prompt, CancellationToken cancellationToken)
    {
        if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In))
        {
            await output.WriteAsync(prompt).ConfigureAwait(false);
        }

        return await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ReportAsync(bool done, string userName, string message, TextWriter output, TextWriter error)
    {
        if (!done)
        {
            await error.WriteLineAsync($"There is no user called {userName}. Nothing was changed.").ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync(message).ConfigureAwait(false);
        return 0;
    }

    internal static async Task<int> AddAsync(IEditorialStore store, string userName, string displayName, EditorRole role, string? password, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName) || userName.Length > 64)
        {
            await error.WriteLineAsync("Give a user name of 1 to 64 characters.").ConfigureAwait(false);
            return 1;
        }

        if (password is null || password.Length < MinPasswordLength)
        {
            await error.WriteLineAsync($"The password must have at least {MinPasswordLength} characters. Nothing was saved.").ConfigureAwait(false);
            return 1;
        }

        try
        {
            await store.AddUserAsync(userName.Trim(), displayName.Trim(), role, EditorPasswords.Hash(password), cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync($"Added {userName} as {role.ToString().ToLowerInvariant()}. They can sign in at /editor.").ConfigureAwait(false);
        return 0;
    }
}
