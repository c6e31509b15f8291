using System.Collections;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Vertebra.Settings;

/// <summary>
/// Every deployment setting of Vertebra, bound once: the defaults below, then the <c>VERTEBRA_*</c> environment
/// variables, then the command line. Both hosts (the site's <c>serve</c> and the command line's commands) read their
/// settings here and nowhere else; an architecture test fails on a <c>VERTEBRA_</c> name anywhere else in <c>src</c>.
/// The README's configuration table lists the same settings.
/// </summary>
public sealed partial class VertebraOptions
{
    /// <summary>The prefix of every environment variable Vertebra reads.</summary>
    public const string EnvironmentPrefix = "VERTEBRA_";

    public const string DefaultUrls = "http://127.0.0.1:5000";

    public const string DefaultEmergencyNumber = "999";

    /// <summary>Folder for the database, search index and keys (<c>--data</c>). Default: <c>~/.local/share/vertebra</c>.</summary>
    public string? Data { get; set; }

    /// <summary>The bundled content folder (<c>--content</c>). Default: the <c>content</c> folder shipped beside the program.</summary>
    public string? Content { get; set; }

    /// <summary>A PostgreSQL connection string or <c>sqlite:PATH</c> (<c>--database</c>). Default: SQLite in the data folder.</summary>
    public string? Database { get; set; }

    /// <summary>Where the site listens (<c>--urls</c>).</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>The address people reach the site at (<c>--public-url</c>). Default: the first listen address.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Proxies whose forwarded headers are believed (<c>--proxies</c>). Default: loopback only.</summary>
    public string? Proxies { get; set; }

    /// <summary>The raw on/off text of "a reviewer may sign off their own text"; see <see cref="ReviewerMaySignOffOwnText"/>.</summary>
    public string? ReviewOwnText { get; set; }

    /// <summary>The raw on/off text of "two people to publish"; see <see cref="TwoPeopleToPublish"/>.</summary>
    public string? TwoPersonPublish { get; set; }

    /// <summary>The emergency telephone number shown on every emergency answer and page.</summary>
    public string? EmergencyNumber { get; set; }

    /// <summary>The raw on/off text of "match questions by meaning too"; see <see cref="SemanticOn"/>.</summary>
    public string? Semantic { get; set; }

    /// <summary>A .pfx certificate that encrypts the sign-in keys at rest (see docs/operations.md).</summary>
    public string? KeysCertificate { get; set; }

    /// <summary>The password of <see cref="KeysCertificate"/>, if it has one.</summary>
    public string? KeysCertificatePassword { get; set; }

    /// <summary>FHIR servers a CDS Hooks client may name as <c>fhirServer</c>, comma-separated base addresses; none: never fetch.</summary>
    public string? CdsFhirServers { get; set; }

    /// <summary>The data folder as a full path.</summary>
    public string DataDirectory => Path.GetFullPath(string.IsNullOrWhiteSpace(Data)
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "vertebra")
        : Data);

    /// <summary>The bundled content folder as a full path.</summary>
    public string ContentDirectory => Path.GetFullPath(string.IsNullOrWhiteSpace(Content) ? Path.Combine(AppContext.BaseDirectory, "content") : Content);

    /// <summary>The database setting, or null for the SQLite file in the data folder.</summary>
    public string? DatabaseSetting => string.IsNullOrWhiteSpace(Database) ? null : Database;

    /// <summary>The public address, or null for the first listen address.</summary>
    public string? PublicUrlSetting => string.IsNullOrWhiteSpace(PublicUrl) ? null : PublicUrl.Trim();

    public bool ReviewerMaySignOffOwnText => IsOn(ReviewOwnText);

    public bool TwoPeopleToPublish => IsOn(TwoPersonPublish);

    /// <summary>
    /// Match questions by meaning too (the bundled sentence encoder: about 350 MB of memory and a one-time encoding of
    /// the content), or by their words only, for very small machines. On unless set to off.
    /// </summary>
    /// <exception cref="VertebraSettingException">The value is neither on nor off.</exception>
    public bool SemanticOn => (Semantic ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "on" or "true" or "1" or "yes" => true,
        "off" or "false" or "0" or "no" => false,
        var other => throw new VertebraSettingException(
            $"The semantic setting must be on or off (got '{other}'). Use --semantic on|off or {Variable(nameof(Semantic))}=on|off."),
    };

    /// <summary>The emergency number, checked: 2 to 15 digits (a leading + and spaces allowed); 999 when not set.</summary>
    /// <exception cref="VertebraSettingException">The number is not a telephone number.</exception>
    public string CheckedEmergencyNumber
    {
        get
        {
            var number = EmergencyNumber?.Trim();
            if (string.IsNullOrEmpty(number))
            {
                return DefaultEmergencyNumber;
            }

            var digits = number.TrimStart('+').Replace(" ", string.Empty, StringComparison.Ordinal);
            if (digits.Length is < 2 or > 15 || !digits.All(char.IsAsciiDigit))
            {
                throw new VertebraSettingException($"{Variable(nameof(EmergencyNumber))} must be a telephone number of 2 to 15 digits, such as 999, 112 or 911, not '{number}'.");
            }

            return number;
        }
    }

    /// <summary>
    /// The environment variable that sets the property named <paramref name="setting"/>: the prefix and the name in
    /// capitals with words joined by underscores (<c>nameof(PublicUrl)</c> is set by <c>VERTEBRA_PUBLIC_URL</c>).
    /// </summary>
    public static string Variable(string setting) => EnvironmentPrefix + WordStart().Replace(setting, "_$1").ToUpperInvariant();

    /// <summary>
    /// Binds the settings: defaults, then <paramref name="environment"/> (the process's environment when null; only
    /// <c>VERTEBRA_*</c> names count), then <paramref name="commandLine"/> (property name to the value given; null values
    /// are options not given).
    /// </summary>
    public static IOptions<VertebraOptions> Bind(IEnumerable<KeyValuePair<string, string?>> commandLine, IDictionary? environment = null)
    {
        // VERTEBRA_PUBLIC_URL binds PublicUrl: the binder matches names without regard to case once the underscores go.
        var variables = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in environment ?? Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && name.StartsWith(EnvironmentPrefix, StringComparison.Ordinal))
            {
                variables[name[EnvironmentPrefix.Length..].Replace("_", string.Empty, StringComparison.Ordinal)] = entry.Value as string;
            }
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(variables)
            .AddInMemoryCollection(commandLine.Where(given => given.Value is not null))
            .Build();
        var options = new VertebraOptions();
        configuration.Bind(options);
        return Options.Create(options);
    }

    /// <summary>An on/off setting: 1, true, yes or on mean on; anything else off.</summary>
    private static bool IsOn(string? value) => value?.Trim().ToLowerInvariant() is "1" or "true" or "yes" or "on";

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordStart();
}
