using System.CommandLine;
using Vertebra.Settings;

namespace Vertebra.Cli;

/// <summary>
/// The command-line options that set a deployment setting (<see cref="VertebraOptions"/>), and binding them: a
/// command's given options override the environment, which overrides the defaults.
/// </summary>
public static class CommonOptions
{
    public static Option<string?> Data() => new SettingOption("--data", nameof(VertebraOptions.Data),
        "Folder for the database and index.", "~/.local/share/vertebra");

    public static Option<string?> Content() => new SettingOption("--content", nameof(VertebraOptions.Content),
        "Bundled content used to fill an empty database.", "the content folder shipped with Vertebra");

    public static Option<string?> Database() => new SettingOption("--database", nameof(VertebraOptions.Database),
        "The database: a PostgreSQL connection string such as \"Host=db1;Database=vertebra;Username=vertebra\", or sqlite:PATH.",
        "the SQLite file vertebra.db in the data folder");

    public static Option<string?> Urls() => new SettingOption("--urls", nameof(VertebraOptions.Urls), "Where to listen.", VertebraOptions.DefaultUrls);

    public static Option<string?> PublicUrl() => new SettingOption("--public-url", nameof(VertebraOptions.PublicUrl),
        "The address people reach the site at, such as https://spine.example.org; absolute links use it.", "the listen address");

    public static Option<string?> Proxies() => new SettingOption("--proxies", nameof(VertebraOptions.Proxies),
        "Proxies whose X-Forwarded-For/-Proto headers are believed, comma-separated addresses or networks.", "loopback only");

    public static Option<string?> Semantic() => new SettingOption("--semantic", nameof(VertebraOptions.Semantic),
        "Match questions by meaning too (on) or by their words only (off, for very small machines).", "on");

    /// <summary>The settings for this command: its setting options where given, else the environment, else the defaults.</summary>
    public static VertebraOptions Bind(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var given = result.CommandResult.Command.Options.OfType<SettingOption>()
            .Select(option => KeyValuePair.Create(option.Key, result.GetValue(option)));
        return VertebraOptions.Bind(given).Value;
    }

    /// <summary>An option that sets the deployment setting <see cref="Key"/>; its help names the environment variable and the default.</summary>
    private sealed class SettingOption : Option<string?>
    {
        public SettingOption(string name, string key, string description, string fallback)
            : base(name)
        {
            Key = key;
            Description = $"{description} Default: ${VertebraOptions.Variable(key)}, else {fallback}.";
        }

        public string Key { get; }
    }
}
