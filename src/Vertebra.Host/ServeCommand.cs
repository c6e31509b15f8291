using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Hosting;
using Vertebra.Cli;
using Vertebra.Storage;
using Vertebra.Web.Hosting;

namespace Vertebra.Host;

/// <summary><c>vertebra serve</c>: runs the website on the embedded SQLite database, seeding it on first start.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static Command Create(TextWriter error)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("VERTEBRA_URLS") ?? DefaultUrls };
        var data = CommonOptions.Data();
        var content = CommonOptions.Content();
        var database = DatabaseOption.Create();
        var semantic = SemanticOption.Create();
        var publicUrl = new Option<string?>("--public-url")
        {
            Description = "The address people reach the site at, such as https://spine.example.org; absolute links use it. Default: $VERTEBRA_PUBLIC_URL, else the listen address.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("VERTEBRA_PUBLIC_URL"),
        };
        var proxies = new Option<string?>("--proxies")
        {
            Description = "Proxies whose X-Forwarded-For/-Proto headers are believed, comma-separated addresses or networks. Default: $VERTEBRA_PROXIES, else loopback only.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("VERTEBRA_PROXIES"),
        };
        var command = new Command("serve", "Run the website. Opens at http://127.0.0.1:5000 unless --urls says otherwise.") { urls, data, content, database, publicUrl, proxies, semantic };
        command.SetAction(async (result, cancellationToken) =>
        {
            string emergencyNumber;
            bool semanticOn;
            try
            {
                emergencyNumber = EmergencyNumberSetting.Resolve();
                semanticOn = Vertebra.Indexing.SemanticSetting.IsOn(result.GetValue(semantic));
            }
            catch (ArgumentException ex)
            {
                await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return 2;
            }

            IReadOnlyList<string> trusted;
            try
            {
                trusted = Vertebra.Web.Hosting.TrustedProxies.Parse(result.GetValue(proxies));
            }
            catch (FormatException ex)
            {
                await error.WriteLineAsync("The proxies setting is wrong: " + ex.Message).ConfigureAwait(false);
                return 2;
            }

            var options = new VertebraWebOptions
            {
                Semantic = semanticOn,
                DataDirectory = CommonOptions.ResolveData(result.GetValue(data)),
                ContentDirectory = CommonOptions.ResolveContent(result.GetValue(content)),
                Urls = result.GetValue(urls),
                Database = DatabaseOption.Resolve(result.GetValue(database)),
                PublicBaseUrl = result.GetValue(publicUrl),
                TrustedProxies = trusted,
                EditorialPolicy = new Vertebra.Editorial.EditorialPolicy
                {
                    ReviewerMaySignOffOwnText = Flag("VERTEBRA_REVIEW_OWN_TEXT"),
                    TwoPeopleToPublish = Flag("VERTEBRA_TWO_PERSON_PUBLISH"),
                },
                EmergencyNumber = emergencyNumber,
                OtlpEndpoint = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"),
                KeysCertificatePath = NonEmpty(Environment.GetEnvironmentVariable("VERTEBRA_KEYS_CERTIFICATE")),
                KeysCertificatePassword = Environment.GetEnvironmentVariable("VERTEBRA_KEYS_CERTIFICATE_PASSWORD"),
                CdsFhirServers = (Environment.GetEnvironmentVariable("VERTEBRA_CDS_FHIR_SERVERS") ?? "")
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            };
            if (options.PublicBaseUrl is { } given && !(Uri.TryCreate(given, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)))
            {
                await error.WriteLineAsync($"The public address \"{given}\" is not an http or https address such as https://spine.example.org.").ConfigureAwait(false);
                return 2;
            }

            if (VertebraWebHost.KeysCertificateProblem(options) is { } keysProblem)
            {
                await error.WriteLineAsync(keysProblem).ConfigureAwait(false);
                return 2;
            }

            // A wrong or unreachable database is reported in one line (DatabaseErrors), before the host starts logging.
            var location = StoreLocation.Parse(options.Database, options.DataDirectory);
            await location.CheckReachableAsync(cancellationToken).ConfigureAwait(false);
            if (options.Urls is { } listen && AddressInUse(listen) is { } taken)
            {
                await error.WriteLineAsync(AddressInUseMessage(taken)).ConfigureAwait(false);
                return 1;
            }

            await using var app = VertebraWebHost.Build(options);
            await Console.Out.WriteLineAsync($"Vertebra is starting. Data folder: {options.DataDirectory}. Database: {location.Describe()}").ConfigureAwait(false);
            await Console.Out.WriteLineAsync(VertebraWebHost.DescribeKeys(options)).ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"Open {options.Urls} in a browser. Press Ctrl+C to stop.").ConfigureAwait(false);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex) when (ex.InnerException is AddressInUseException)
            {
                // Someone took the address between the check above and the start.
                await error.WriteLineAsync(AddressInUseMessage(options.Urls ?? DefaultUrls)).ConfigureAwait(false);
                return 1;
            }

            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>An on/off setting from the environment: 1, true, yes or on mean on.</summary>
    private static bool Flag(string variable) =>
        Environment.GetEnvironmentVariable(variable)?.Trim().ToLowerInvariant() is "1" or "true" or "yes" or "on";

    private static string AddressInUseMessage(string url) =>
        $"Another program is already using {url}. Stop it, or start Vertebra on another port, for example --urls http://127.0.0.1:5080.";

    /// <summary>
    /// The first of the listening addresses (separated by ';') whose IP address and port another program holds, so
    /// the person is told in one line before anything starts; null when all are free or cannot be checked here.
    /// </summary>
    internal static string? AddressInUse(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Port <= 0)
            {
                continue;
            }

            var address = uri.IsLoopback && !IPAddress.TryParse(uri.Host, out _) ? IPAddress.Loopback : IPAddress.TryParse(uri.Host, out var ip) ? ip : null;
            if (address is null)
            {
                continue;
            }

            var probe = new TcpListener(address, uri.Port);
            try
            {
                probe.Start();
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                return url;
            }
            catch (SocketException)
            {
                // Not ours to judge (no such interface, no permission): Kestrel will say what is wrong.
            }
            finally
            {
                probe.Stop();
            }
        }

        return null;
    }
}
