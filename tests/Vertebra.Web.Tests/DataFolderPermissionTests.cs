using Microsoft.Extensions.DependencyInjection;
using Vertebra.Tests.Shared;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Tests;

/// <summary>
/// Issue 19, finding 14: the data folder holds password hashes (vertebra.db) and sign-in keys, so only the account
/// that runs the site may read it: the folder is 700 and the database 600, also when the folder already existed
/// with looser modes.
/// </summary>
public sealed class DataFolderPermissionTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OthersAndGroup = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Start_FreshOrLooseDataFolder_Is700AndTheDatabase600(bool existedLoose)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var data = Path.Combine(Path.GetTempPath(), "vertebra-mode-tests-" + Guid.NewGuid().ToString("N"));
        if (existedLoose)
        {
            Directory.CreateDirectory(data);
            File.SetUnixFileMode(data, Private | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        try
        {
            await using (var app = await SiteFixture.StartAsync(new VertebraWebOptions { DataDirectory = data, ContentDirectory = RepositoryPaths.Content, SeedEmptyStore = false }))
            {
                await app.Services.GetRequiredService<Vertebra.Storage.IContentStore>().MigrateAsync();

                Assert.Equal(Private, File.GetUnixFileMode(data));
                var database = Path.Combine(data, "vertebra.db");
                Assert.True(File.Exists(database));
                Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(database) & OthersAndGroup);
                Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(Path.Combine(data, "keys")) & OthersAndGroup);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
