using System.Collections;
using Vertebra.Cli;
using Vertebra.Settings;
using Vertebra.Tests.Shared;

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
            [Variable(nameof(VertebraOptions.Data))] = "/srv/vertebra",
            [Variable(nameof(VertebraOptions.Content))] = "/srv/content",
            [Variable(nameof(VertebraOptions.Database))] = "Host=db1;Database=vertebra",
            [Variable(nameof(VertebraOptions.Urls))] = "http://0.0.0.0:8080",
            [Variable(nameof(VertebraOptions.PublicUrl))] = "https://spine.example.org",
            [Variable(nameof(VertebraOptions.Proxies))] = "10.0.0.0/8",
            [Variable(nameof(VertebraOptions.ReviewOwnText))] = "yes",
            [Variable(nameof(VertebraOptions.TwoPersonPublish))] = "1",
            [Variable(nameof(VertebraOptions.EmergencyNumber))] = "112",
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
        var environment = new Hashtable { [Variable(nameof(VertebraOptions.Data))] = "/from/environment", [Variable(nameof(VertebraOptions.Content))] = "/content/from/environment" };

        var settings = VertebraOptions.Bind(
            [KeyValuePair.Create(nameof(VertebraOptions.Data), (string?)"/from/command/line"), KeyValuePair.Create(nameof(VertebraOptions.Content), (string?)null)],
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
        var settings = VertebraOptions.Bind([], new Hashtable { [Variable(nameof(VertebraOptions.TwoPersonPublish))] = value }).Value;

        Assert.False(settings.TwoPeopleToPublish);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("on", true)]
    [InlineData("OFF", false)]
    [InlineData("false", false)]
    public void SemanticSetting_ReadsOnAndOff(string? value, bool expected) =>
        Assert.Equal(expected, new VertebraOptions { Semantic = value }.SemanticOn);

    [Fact]
    public void SemanticSetting_AnythingElse_IsRefusedSayingWhatIsAllowed()
    {
        var ex = Assert.Throws<VertebraSettingException>(() => new VertebraOptions { Semantic = "maybe" }.SemanticOn);
        Assert.Contains("on or off", ex.Message, StringComparison.Ordinal);
        Assert.Contains("VERTEBRA_SEMANTIC", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(VertebraOptions.Semantic), "VERTEBRA_SEMANTIC")]
    [InlineData(nameof(VertebraOptions.Data), "VERTEBRA_DATA")]
    [InlineData(nameof(VertebraOptions.PublicUrl), "VERTEBRA_PUBLIC_URL")]
    [InlineData(nameof(VertebraOptions.ReviewOwnText), "VERTEBRA_REVIEW_OWN_TEXT")]
    [InlineData(nameof(VertebraOptions.TwoPersonPublish), "VERTEBRA_TWO_PERSON_PUBLISH")]
    [InlineData(nameof(VertebraOptions.EmergencyNumber), "VERTEBRA_EMERGENCY_NUMBER")]
    public void Variable_IsTheNameTheReadmeGives(string setting, string variable) =>
        Assert.Equal(variable, VertebraOptions.Variable(setting));

    [Fact]
    public void TheReadmesConfigurationTable_NamesEverySetting()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var settings = typeof(VertebraOptions).GetProperties().Where(p => p.CanWrite).Select(p => VertebraOptions.Variable(p.Name)).ToArray();

        Assert.Equal(13, settings.Length);
        Assert.All(settings, variable => Assert.Contains("`" + variable, readme, StringComparison.Ordinal));
    }

    [Fact]
    public void CommandOptions_HelpNamesTheEnvironmentVariable()
    {
        Assert.Contains("$" + Variable(nameof(VertebraOptions.Data)), CommonOptions.Data().Description, StringComparison.Ordinal);
        Assert.Contains("$" + Variable(nameof(VertebraOptions.Database)), CommonOptions.Database().Description, StringComparison.Ordinal);
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
