using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Storage;
using Vertebra.Storage.Editorial;

namespace Vertebra.Web.Hosting;

/// <summary>
/// Chooses the database: <see cref="VertebraWebOptions.Database"/>, else configuration <c>Vertebra:Database</c>, else
/// the VERTEBRA_DATABASE environment variable; none of them means the SQLite file in the data folder.
/// </summary>
internal static class StorageRegistration
{
    public static StoreLocation Resolve(VertebraWebOptions options, IConfiguration configuration)
    {
        var database = options.Database;
        if (string.IsNullOrWhiteSpace(database))
        {
            database = configuration["Vertebra:Database"];
        }

        if (string.IsNullOrWhiteSpace(database))
        {
            database = Environment.GetEnvironmentVariable("VERTEBRA_DATABASE");
        }

        return StoreLocation.Parse(database, options.DataDirectory);
    }

    /// <returns>The content store, for the parts set up before the container is built (the key ring).</returns>
    public static IContentStore AddVertebraStorage(this IServiceCollection services, VertebraWebOptions options, IConfiguration configuration)
    {
        var location = Resolve(options, configuration);
        var (content, editorial) = location.Open();
        services.AddSingleton(location);
        services.AddSingleton(content);
        services.AddSingleton(editorial);
        services.AddExceptionHandler<StoreUnavailableHandler>();
        return content;
    }
}
