using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Vertebra.Storage;
using Vertebra.Web.Hosting;

namespace Vertebra.Cli.Commands;

/// <summary><c>vertebra serve</c>: runs the website on the embedded SQLite database, seeding it on first start.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("VERTEBRA_URLS") ?? DefaultUrls };
        var data = CommonOptions.Data();
        var content = CommonOptions.Content();
        var database = DatabaseOption.Create();
        var command = new Command("serve", "Run the website. Opens at http://127.0.0.1:5000 unless --urls says otherwise.") { urls, data, content, database };
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new VertebraWebOptions
            {
                DataDirectory = CommonOptions.ResolveData(result.GetValue(data)),
                ContentDirectory = CommonOptions.ResolveContent(result.GetValue(content)),
                Urls = result.GetValue(urls),
                Database = DatabaseOption.Resolve(result.GetValue(database)),
            };
            // A wrong or unreachable database is reported in one line (DatabaseErrors), before the host starts logging.
            var location = StoreLocation.Parse(options.Database, options.DataDirectory);
            await location.CheckReachableAsync(cancellationToken).ConfigureAwait(false);
            await using var app = VertebraWebHost.Build(options);
            await Console.Out.WriteLineAsync($"Vertebra is starting. Data folder: {options.DataDirectory}. Database: {location.Describe()}").ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"Open {options.Urls} in a browser. Press Ctrl+C to stop.").ConfigureAwait(false);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
