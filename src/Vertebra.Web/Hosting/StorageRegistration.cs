using Microsoft.Extensions.DependencyInjection;
using Vertebra.Storage;
using Vertebra.Storage.Editorial;

namespace Vertebra.Web.Hosting;

/// <summary>
/// Opens the database <see cref="VertebraWebOptions.Database"/> names (bound once with the other settings, see
/// <c>VertebraOptions</c>); none means the SQLite file in the data folder.
/// </summary>
internal static class StorageRegistration
{
    /// <returns>The content store, for the parts set up before the container is built (the key ring).</returns>
    public static IContentStore AddVertebraStorage(this IServiceCollection services, VertebraWebOptions options)
    {
        var location = StoreLocation.Parse(string.IsNullOrWhiteSpace(options.Database) ? null : options.Database, options.DataDirectory);
        var (content, editorial) = location.Open();
        services.AddSingleton(location);
        services.AddSingleton(content);
        services.AddSingleton(editorial);
        services.AddExceptionHandler<StoreUnavailableHandler>();
        return content;
    }
}
