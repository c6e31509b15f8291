using Vertebra.Settings;
using Vertebra.Storage;
using Vertebra.Storage.Editorial;

namespace Vertebra.Cli;

/// <summary>Opening the database the settings name: SQLite in the data folder unless <c>--database</c> names another.</summary>
public static class DatabaseOption
{
    /// <summary>
    /// Opens the command's stores, after checking that a PostgreSQL server answers, so a wrong or unreachable database
    /// is reported in one line (see <see cref="DatabaseErrors"/>) rather than deep inside the command.
    /// </summary>
    public static async Task<(IContentStore Content, IEditorialStore Editorial)> OpenAsync(VertebraOptions settings, CancellationToken cancellationToken)
    {
        var location = Locate(settings);
        await location.CheckReachableAsync(cancellationToken).ConfigureAwait(false);
        return location.Open();
    }

    /// <summary>Where the command's data lives.</summary>
    public static StoreLocation Locate(VertebraOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return StoreLocation.Parse(settings.DatabaseSetting, settings.DataDirectory);
    }
}
