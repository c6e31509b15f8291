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
        var error = Assert.Throws<ArgumentException>(() => StoreLocation.Parse("postgres:Hots=db1;Nonsense=1", "/srv"));

        Assert.Contains("Host=", error.Message, StringComparison.Ordinal);
    }
}
