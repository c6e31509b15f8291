using System.Collections;
using Vertebra.Cli;
using Vertebra.Settings;

namespace Vertebra.Cli.Tests;

/// <summary>The deployment settings are bound once: the command line over the environment over the defaults.</summary>
public sealed class SettingsTests
{
    private static string Variable(string key) => VertebraOptions.Variable(key);

    [Fact]
    public void Bind_NothingGiven_UsesTheDefaults()
    {
        var settings = VertebraOptions.Bind([], new Hashtable()).Value;

        Assert.Equal(VertebraOptions.DefaultUrls, settings.Urls);
        Assert.Null(settings.DatabaseSetting);
        Assert.Null(settings.PublicUrlSetting);
        Assert.False(settings.ReviewerMaySignOffOwnText);
        Assert.False(settings.TwoPeopleToPublish);
        Assert.Equal(VertebraOptions.DefaultEmergencyNumber, settings.CheckedEmergencyNumber);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "content"), settings.ContentDirectory);
        Assert.EndsWith("vertebra", settings.DataDirectory, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_EnvironmentVariables_SetEverySetting()
    {
        var environment = new Hashtable
        {
            [Variable(VertebraOptions.Keys.Data)] = "/srv/vertebra",
            [Variable(VertebraOptions.Keys.Content)] = "/srv/content",
            [Variable(VertebraOptions.Keys.Database)] = "Host=db1;Database=vertebra",
            [Variable(VertebraOptions.Keys.Urls)] = "http://0.0.0.0:8080",
            [Variable(VertebraOptions.Keys.PublicUrl)] = "https://spine.example.org",
            [Variable(VertebraOptions.Keys.Proxies)] = "10.0.0.0/8",
            [Variable(VertebraOptions.Keys.ReviewOwnText)] = "yes",
            [Variable(VertebraOptions.Keys.TwoPersonPublish)] = "1",
            [Variable(VertebraOptions.Keys.EmergencyNumber)] = "112",
            ["OTHER_DATA"] = "/not/ours",
        };

        var settings = VertebraOptions.Bind([], environment).Value;

        Assert.Equal("/srv/vertebra", settings.DataDirectory);
        Assert.Equal("/srv/content", settings.ContentDirectory);
        Assert.Equal("Host=db1;Database=vertebra", settings.DatabaseSetting);
        Assert.Equal("http://0.0.0.0:8080", settings.Urls);
        Assert.Equal("https://spine.example.org", settings.PublicUrlSetting);
        Assert.Equal("10.0.0.0/8", settings.Proxies);
        Assert.True(settings.ReviewerMaySignOffOwnText);
        Assert.True(settings.TwoPeopleToPublish);
        Assert.Equal("112", settings.CheckedEmergencyNumber);
    }

    [Fact]
    public void Bind_CommandLine_WinsOverTheEnvironment_AndAnOptionNotGivenLeavesIt()
    {
        var environment = new Hashtable { [Variable(VertebraOptions.Keys.Data)] = "/from/environment", [Variable(VertebraOptions.Keys.Content)] = "/content/from/environment" };

        var settings = VertebraOptions.Bind(
            [KeyValuePair.Create(VertebraOptions.Keys.Data, (string?)"/from/command/line"), KeyValuePair.Create(VertebraOptions.Keys.Content, (string?)null)],
            environment).Value;

        Assert.Equal("/from/command/line", settings.DataDirectory);
        Assert.Equal("/content/from/environment", settings.ContentDirectory);
    }

    [Theory]
    [InlineData("off")]
    [InlineData("0")]
    [InlineData("maybe")]
    public void Bind_AFlagThatIsNotOn_IsOff(string value)
    {
        var settings = VertebraOptions.Bind([], new Hashtable { [Variable(VertebraOptions.Keys.TwoPersonPublish)] = value }).Value;

        Assert.False(settings.TwoPeopleToPublish);
    }

    [Fact]
    public void CommandOptions_HelpNamesTheEnvironmentVariable()
    {
        Assert.Contains("$" + Variable(VertebraOptions.Keys.Data), CommonOptions.Data().Description, StringComparison.Ordinal);
        Assert.Contains("$" + Variable(VertebraOptions.Keys.Database), CommonOptions.Database().Description, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandOptions_BindTheGivenValues()
    {
        var data = CommonOptions.Data();
        var database = CommonOptions.Database();
        var command = new System.CommandLine.Command("probe") { data, database };

        var settings = CommonOptions.Bind(command.Parse(["--data", "/given/data", "--database", "sqlite:/given/store.db"]));

        Assert.Equal("/given/data", settings.DataDirectory);
        Assert.Equal("sqlite:/given/store.db", settings.DatabaseSetting);
    }
}
