using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Vertebra.Interop.Tests;

/// <summary>
/// A FHIR server on a loopback port standing in for the CDS client's (the EHR's): it answers
/// <c>GET /Condition?patient=ID</c> with the fixture searchset, over real HTTP, and 401 when a token is expected and
/// missing. It counts calls so tests can tell a fetch happened.
/// </summary>
internal sealed class TestFhirServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _conditions;
    private readonly string? _expectedToken;
    private int _calls;

    public TestFhirServer(string? expectedToken = null)
    {
        _expectedToken = expectedToken;
        _conditions = File.ReadAllText(CdsFixtures.PathOf("fhir-server-conditions.json"));
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/fhir";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public int Calls => Volatile.Read(ref _calls);

    public string? LastPatient { get; private set; }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Interlocked.Increment(ref _calls);
            var response = context.Response;
            var path = context.Request.Url!.AbsolutePath;
            if (_expectedToken is not null && context.Request.Headers["Authorization"] != "Bearer " + _expectedToken)
            {
                response.StatusCode = 401;
            }
            else if (path.EndsWith("/Condition", StringComparison.Ordinal) && context.Request.QueryString["patient"] is { } patient)
            {
                LastPatient = patient;
                response.ContentType = "application/fhir+json";
                var bytes = Encoding.UTF8.GetBytes(_conditions.Replace("smart-1288992", patient, StringComparison.Ordinal));
                await response.OutputStream.WriteAsync(bytes);
            }
            else
            {
                response.StatusCode = 404;
            }

            response.Close();
        }
    }
}
