using System.CommandLine;
using Vertebra.Storage;
using Vertebra.Storage.Editorial;

namespace Vertebra.Cli;

/// <summary><c>--database</c>: which database to use; SQLite in the data folder unless it names another.</summary>
public static class DatabaseOption
{
    public const string Variable = "VERTEBRA_DATABASE";

    public static Option<string?> Create() => new("--database")
    {
        Description = "The database: a PostgreSQL connection string such as \"Host=db1;Database=vertebra;Username=vertebra\", " +
                      "or sqlite:PATH. Default: $VERTEBRA_DATABASE, else the SQLite file vertebra.db in the data folder.",
    };

    /// <summary>The option, else the environment variable, else null (SQLite in the data folder).</summary>
    public static string? Resolve(string? option)
    {
        var value = string.IsNullOrWhiteSpace(option) ? Environment.GetEnvironmentVariable(Variable) : option;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>
    /// Opens the command's stores, after checking that a PostgreSQL server answers, so a wrong or unreachable database
    /// is reported in one line (see <see cref="DatabaseErrors"/>) rather than deep inside the command.
    /// </summary>
    public static async Task<(IContentStore Content, IEditorialStore Editorial)> OpenAsync(string? option, string? dataOption, CancellationToken cancellationToken)
    {
        var location = Locate(option, dataOption);
        await location.CheckReachableAsync(cancellationToken).ConfigureAwait(false);
        return location.Open();
    }

    /// <summary>Where the command's data lives.</summary>
    public static StoreLocation Locate(string? option, string? dataOption) =>
        StoreLocation.Parse(Resolve(option), CommonOptions.ResolveData(dataOption));
}
