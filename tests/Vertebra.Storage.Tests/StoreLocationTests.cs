namespace Vertebra.Storage.Tests;

public sealed class StoreLocationTests
{
    [Fact]
    public void Parse_Nothing_IsTheSqliteFileInTheDataFolder()
    {
        var location = StoreLocation.Parse(null, "/srv/vertebra");

        Assert.False(location.IsPostgres);
        Assert.Equal(Path.GetFullPath("/srv/vertebra/vertebra.db"), location.Target);
    }

    [Theory]
    [InlineData("Host=db1;Database=vertebra;Username=web;Password=secret")]
    [InlineData("postgres:Host=db1;Database=vertebra;Username=web;Password=secret")]
    [InlineData("postgresql:Host=db1;Database=vertebra;Username=web;Password=secret")]
    public void Parse_ConnectionString_IsPostgresAndDescribedWithoutThePassword(string value)
    {
        var location = StoreLocation.Parse(value, "/srv/vertebra");

        Assert.True(location.IsPostgres);
        Assert.Equal("Host=db1;Database=vertebra;Username=web;Password=secret", location.Target);
        Assert.Equal("PostgreSQL database vertebra on db1:5432", location.Describe());
        Assert.DoesNotContain("secret", location.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SqlitePrefix_IsThatFile()
    {
        var location = StoreLocation.Parse("sqlite:/tmp/other.db", "/srv/vertebra");

        Assert.False(location.IsPostgres);
        Assert.Equal(Path.GetFullPath("/tmp/other.db"), location.Target);
    }

    [Fact]
    public void Parse_BrokenConnectionString_SaysWhatIsExpected()
    {
        var error = Assert.Throws<DatabaseSettingException>(() => StoreLocation.Parse("postgres:Hots=db1;Nonsense=1", "/srv"));

        Assert.Contains("Host=", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hots=db1;Password=secret-pw", "\"hots\" is not a PostgreSQL connection setting")]
    [InlineData("Host=db1;Port=secret-pw", "the value of \"port\" is not valid")]
    [InlineData("Host=db1;Password=\"secret-pw", "not a list of Key=Value settings")]
    [InlineData("Database=vertebra;Password=secret-pw", "names no Host")]
    public void Parse_MalformedConnectionString_NamesTheProblemButNeverAValue(string value, string problem)
    {
        var error = Assert.Throws<DatabaseSettingException>(() => StoreLocation.Parse(value, "/srv"));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-pw", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task CheckReachableAsync_NoServerThere_SaysWhichDatabaseAndWhyWithoutThePassword()
    {
        var location = StoreLocation.Parse("Host=127.0.0.1;Port=1;Database=vertebra;Username=web;Password=secret-pw;Timeout=2", "/srv");

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => location.CheckReachableAsync());

        Assert.StartsWith("Could not connect to the PostgreSQL database vertebra on 127.0.0.1:1: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-pw", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckReachableAsync_Sqlite_DoesNothing()
    {
        await StoreLocation.Parse("sqlite:/nonexistent/folder/x.db", "/srv").CheckReachableAsync();
    }
}
