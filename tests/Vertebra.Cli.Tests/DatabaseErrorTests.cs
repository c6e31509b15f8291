namespace Vertebra.Cli.Tests;

/// <summary>A malformed or unreachable PostgreSQL database gives one clear line and a non-zero exit code, never a stack trace or the password.</summary>
public sealed class DatabaseErrorTests
{
    private const string Password = "secret-pw-123";

    public static TheoryData<string> Commands => ["serve", "import", "export", "ask", "index", "users"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_MalformedConnectionString_NamesTheProblemInOneLineAndExitsWith2(string command)
    {
        var (code, output, error) = await RunAsync(command, $"Hots=db1;Password={Password}");

        Assert.Equal(2, code);
        Assert.Equal("The database setting is not a PostgreSQL connection string such as \"Host=db1;Database=vertebra;Username=vertebra\": \"hots\" is not a PostgreSQL connection setting.",
            error.Trim());
        Assert.DoesNotContain(Password, output + error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_UnreachableServer_SaysWhichDatabaseAndWhyInOneLineAndExitsWith1(string command)
    {
        var (code, output, error) = await RunAsync(command, $"Host=127.0.0.1;Port=1;Database=vertebra;Username=web;Password={Password};Timeout=2");

        Assert.Equal(1, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("Could not connect to the PostgreSQL database vertebra on 127.0.0.1:1: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_MalformedTarget_NamesTheProblemInOneLineAndExitsWith2()
    {
        using var temp = new TempStore();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await Host.VertebraHost.CommandLine(output, error, new StringReader(""))
            .Parse(["migrate", "--from", "sqlite:" + temp.Path2("x.db"), "--to", $"Host=db1;Port=abc;Password={Password}"]).InvokeAsync();

        Assert.Equal(2, code);
        Assert.Contains("the value of \"port\" is not valid", error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Trim().Split('\n'));
        Assert.DoesNotContain(Password, output.ToString() + error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string command, string database)
    {
        using var temp = new TempStore();
        var file = temp.Path2("pairs.jsonl");
        await File.WriteAllTextAsync(file, "");
        string[] args = command switch
        {
            "serve" => ["serve", "--urls", "http://127.0.0.1:0"],
            "import" => ["import", "qa-jsonl", file],
            "export" => ["export", "markdown", temp.Path2("out")],
            "ask" => ["ask", "What is sciatica?"],
            "index" => ["index", "rebuild"],
            _ => ["users", "add", "someone", "--role", "editor"],
        };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Host.VertebraHost.CommandLine(output, error, new StringReader("a long enough password\n"))
            .Parse([.. args, "--data", temp.Path2("data"), "--database", database]).InvokeAsync();
        return (code, output.ToString(), error.ToString());
    }
}
