using Vertebra.Storage.Editorial;
using Vertebra.Storage.Sqlite;

namespace Vertebra.Cli.Tests;

/// <summary>Issue 19, item 9: people can be removed, given another role and a new password from the command line.</summary>
public sealed class UsersCommandTests
{
    private const string Password = "correct horse battery staple";

    private static async Task<(int Code, string Output, string Error)> RunAsync(TempStore temp, string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await VertebraCommandLine.Create(output, error, new StringReader(input))
            .Parse([.. args, "--data", temp.Folder]).InvokeAsync();
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Remove_ExistingUser_CannotBeFoundAfterwards()
    {
        using var temp = new TempStore();
        Assert.Equal(0, (await RunAsync(temp, Password + "\n", "users", "add", "ana", "--role", "editor")).Code);

        var (code, _, error) = await RunAsync(temp, "", "users", "remove", "ana");

        Assert.True(code == 0, error);
        Assert.Null(await new SqliteEditorialStore(temp.Store).FindUserAsync("ana"));
    }

    [Fact]
    public async Task Role_ChangesTheRoleAndTheSecurityStamp()
    {
        using var temp = new TempStore();
        await RunAsync(temp, Password + "\n", "users", "add", "ana", "--role", "reviewer");
        var before = await new SqliteEditorialStore(temp.Store).FindUserAsync("ana");

        var (code, _, error) = await RunAsync(temp, "", "users", "role", "ana", "--role", "editor");

        Assert.True(code == 0, error);
        var after = await new SqliteEditorialStore(temp.Store).FindUserAsync("ana");
        Assert.Equal(EditorRole.Editor, after!.Role);
        Assert.NotEqual(before!.SecurityStamp, after.SecurityStamp);
    }

    [Fact]
    public async Task ResetPassword_ReadsTheNewPasswordFromStandardInput()
    {
        using var temp = new TempStore();
        await RunAsync(temp, Password + "\n", "users", "add", "ana", "--role", "editor");

        var (code, output, error) = await RunAsync(temp, "a brand new long password\n", "users", "reset-password", "ana");

        Assert.True(code == 0, error);
        var user = await new SqliteEditorialStore(temp.Store).FindUserAsync("ana");
        Assert.True(Vertebra.Editorial.EditorPasswords.Verify(user!, "a brand new long password"));
        Assert.False(Vertebra.Editorial.EditorPasswords.Verify(user!, Password));
        Assert.DoesNotContain("a brand new long password", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_TooShort_ChangesNothing()
    {
        using var temp = new TempStore();
        await RunAsync(temp, Password + "\n", "users", "add", "ana", "--role", "editor");

        var (code, _, _) = await RunAsync(temp, "short\n", "users", "reset-password", "ana");

        Assert.NotEqual(0, code);
        Assert.True(Vertebra.Editorial.EditorPasswords.Verify((await new SqliteEditorialStore(temp.Store).FindUserAsync("ana"))!, Password));
    }
}
