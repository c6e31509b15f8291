using System.Net;
using System.Net.Sockets;

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
}
