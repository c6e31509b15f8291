using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Hosting;
using Vertebra.Cli;
using Vertebra.Settings;
using Vertebra.Storage;
using Vertebra.Web.Hosting;

namespace Vertebra.Host;

/// <summary><c>vertebra serve</c>: runs the website on the embedded SQLite database, seeding it on first start.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter error)
    {
        var urls = CommonOptions.Urls();
        var data = CommonOptions.Data();
        var content = CommonOptions.Content();
        var database = CommonOptions.Database();
        var publicUrl = CommonOptions.PublicUrl();
        var proxies = CommonOptions.Proxies();
        var semantic = CommonOptions.Semantic();
        var command = new Command("serve", "Run the website. Opens at http://127.0.0.1:5000 unless --urls says otherwise.") { urls, data, content, database, publicUrl, proxies, semantic };
        command.SetAction(async (result, cancellationToken) =>
        {
            VertebraWebOptions options;
            try
            {
                options = VertebraWebOptions.From(CommonOptions.Bind(result));
            }
            catch (VertebraSettingException ex)
            {
                await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
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

            // The bundled data (rules, claim patterns, interop data, search words) is read and checked while the site is
            // built: a malformed file stops the start in one line naming the file and line, not with a stack trace.
            WebApplication builtApp;
            try
            {
                builtApp = VertebraWebHost.Build(options);
            }
            catch (Exception ex) when (ContentDataProblem(ex))
            {
                await error.WriteLineAsync("Vertebra did not start: " + ex.Message).ConfigureAwait(false);
                return 2;
            }

            await using var app = builtApp;
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
                await error.WriteLineAsync(AddressInUseMessage(options.Urls ?? VertebraOptions.DefaultUrls)).ConfigureAwait(false);
                return 1;
            }

            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>A content file that cannot be used; each of these messages names the file (and the line where there is one).</summary>
    private static bool ContentDataProblem(Exception ex) =>
        ex is Vertebra.Guidance.GuidanceRuleException or Vertebra.Claims.ClaimRulesException or Vertebra.Interop.InteropDataException or Vertebra.Search.SearchDataException
            or InvalidDataException;

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
