using System.CommandLine;
using Vertebra.Editorial;
using Vertebra.Storage.Editorial;

namespace Vertebra.Cli.Commands;

/// <summary>
/// <c>vertebra users add NAME --role admin</c>: creates a person who may sign in to the editor.
/// The password is read from standard input (never an argument, never a default) and only its hash is kept.
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
        var database = DatabaseOption.Create();
        var add = new Command("add", "Add a person. Type the password when asked (at least 12 characters), or pipe it in on standard input.")
        {
            userName, role, displayName, data, database,
        };
        add.SetAction(async (result, cancellationToken) =>
        {
            var (content, store) = await DatabaseOption.OpenAsync(result.GetValue(database), result.GetValue(data), cancellationToken).ConfigureAwait(false);
            await using var owned = content as IAsyncDisposable;
            await content.MigrateAsync(cancellationToken).ConfigureAwait(false);
            if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In))
            {
                await output.WriteAsync("Password: ").ConfigureAwait(false);
            }

            var password = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            var name = result.GetValue(userName)!;
            return await AddAsync(store, name, result.GetValue(displayName) ?? name, Enum.Parse<EditorRole>(result.GetValue(role)!, ignoreCase: true), password, output, error, cancellationToken).ConfigureAwait(false);
        });
        return new Command("users", "Manage the people who may sign in to the editor.") { add };
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
