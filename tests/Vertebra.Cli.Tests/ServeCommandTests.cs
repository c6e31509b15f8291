using System.Net;
using System.Net.Sockets;
using Vertebra.Tests.Shared;

namespace Vertebra.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_PortAlreadyInUse_SaysSoInOneLineAndExitsWith1()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var temp = new TempStore();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await Host.VertebraHost.CommandLine(output, error, new StringReader(""))
            .Parse(["serve", "--urls", $"http://127.0.0.1:{port}", "--data", temp.Path2("data")]).InvokeAsync();

        Assert.Equal(1, code);
        Assert.Equal($"Another program is already using http://127.0.0.1:{port}. Stop it, or start Vertebra on another port, for example --urls http://127.0.0.1:5080.", error.ToString().Trim());
    }

    [Fact]
    public async Task Serve_MalformedInteropData_StopsTheStartInOneLineNamingFileAndLine()
    {
        using var temp = new TempStore();
        var content = temp.Path2("content");
        CopyFolder(RepositoryPaths.Content, content);
        var aliases = Path.Combine(content, "interop", "icd10-aliases.yaml");
        var lines = File.ReadAllLines(aliases);
        var broken = Array.FindIndex(lines, l => l.Contains("code: G93.5", StringComparison.Ordinal));
        lines[broken] = lines[broken].Replace("G93.5", "not-a-code", StringComparison.Ordinal);
        File.WriteAllLines(aliases, lines);
        var error = new StringWriter();

        var code = await Host.VertebraHost.CommandLine(new StringWriter(), error, new StringReader(""))
            .Parse(["serve", "--urls", "http://127.0.0.1:0", "--data", temp.Path2("data"), "--content", content]).InvokeAsync();

        Assert.Equal(2, code);
        Assert.Equal($"Vertebra did not start: {aliases}:{broken + 1}: 'not-a-code' is not an ICD-10 code such as M51.2.", error.ToString().Trim());
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
