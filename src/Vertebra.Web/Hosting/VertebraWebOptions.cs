using Vertebra.Settings;

namespace Vertebra.Web.Hosting;

/// <summary>Where the site keeps its data and finds its bundled content, and the rest of what the site is started with.</summary>
public sealed record VertebraWebOptions
{
    /// <summary>
    /// The site's options from the deployment settings, checked: a public address that is not http(s), proxies that
    /// cannot be read or an emergency number that is not a telephone number stop start-up with a message naming the setting.
    /// </summary>
    /// <exception cref="VertebraSettingException">A setting cannot be used.</exception>
    public static VertebraWebOptions From(VertebraOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IReadOnlyList<string> trusted;
        try
        {
            trusted = Hosting.TrustedProxies.Parse(settings.Proxies);
        }
        catch (FormatException ex)
        {
            throw new VertebraSettingException("The proxies setting is wrong: " + ex.Message);
        }

        if (settings.PublicUrlSetting is { } given && !(Uri.TryCreate(given, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)))
        {
            throw new VertebraSettingException($"The public address \"{given}\" is not an http or https address such as https://spine.example.org.");
        }

        return new VertebraWebOptions
        {
            DataDirectory = settings.DataDirectory,
            ContentDirectory = settings.ContentDirectory,
            Urls = settings.Urls,
            Database = settings.DatabaseSetting,
            PublicBaseUrl = settings.PublicUrlSetting,
            TrustedProxies = trusted,
            EditorialPolicy = new Vertebra.Editorial.EditorialPolicy
            {
                ReviewerMaySignOffOwnText = settings.ReviewerMaySignOffOwnText,
                TwoPeopleToPublish = settings.TwoPeopleToPublish,
            },
            EmergencyNumber = settings.CheckedEmergencyNumber,
            Semantic = settings.SemanticOn,
            // The standard OpenTelemetry variable, not one of ours: the exporter reads it too.
            OtlpEndpoint = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"),
            KeysCertificatePath = string.IsNullOrWhiteSpace(settings.KeysCertificate) ? null : settings.KeysCertificate,
            KeysCertificatePassword = settings.KeysCertificatePassword,
            CdsFhirServers = (settings.CdsFhirServers ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
    }

    /// <summary>Folder for the SQLite file (and, later, the search index).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The bundled content folder: articles and catalogue to seed an empty store, and the guidance rules.</summary>
    public required string ContentDirectory { get; init; }

    /// <summary>Fill an empty store from <see cref="ContentDirectory"/> at start (default true).</summary>
    public bool SeedEmptyStore { get; init; } = true;

    /// <summary>
    /// The database: null for the SQLite file in <see cref="DataDirectory"/>, <c>sqlite:PATH</c>, or a PostgreSQL
    /// connection string (<c>Host=...;Database=...</c>, optionally prefixed <c>postgres:</c>). See <c>StorageRegistration</c>.
    /// </summary>
    public string? Database { get; init; }

    /// <summary>Addresses to listen on, such as http://127.0.0.1:5000.</summary>
    public string? Urls { get; init; }

    /// <summary>
    /// The address the public reaches the site at, such as https://spine.example.org: every absolute link (JSON-LD,
    /// CDS cards, FHIR canonicals, Infobutton feeds) is built from it, never from the request's Host header. Default: the
    /// first listen address, else http://localhost.
    /// </summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>Proxies whose X-Forwarded-For and X-Forwarded-Proto headers are believed: addresses or networks (10.0.0.0/8). Empty: loopback only.</summary>
    public IReadOnlyList<string> TrustedProxies { get; init; } = [];

    /// <summary>Who may sign off and publish.</summary>
    public Vertebra.Editorial.EditorialPolicy EditorialPolicy { get; init; } = new();

    /// <summary>The public base address without a trailing slash.</summary>
    public string PublicBase
    {
        get
        {
            var configured = PublicBaseUrl ?? Urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            return configured is not null && Uri.TryCreate(configured, UriKind.Absolute, out var uri)
                   && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host is not ("*" or "+" or "0.0.0.0" or "[::]") && uri.Host.Length > 0
                ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
                : "http://localhost";
        }
    }

    /// <summary>
    /// Match questions by meaning too (the bundled sentence encoder), not only by their words (default true). Off
    /// saves about 350 MB of memory and the one-time encoding of the content, for very small machines.
    /// </summary>
    public bool Semantic { get; init; } = true;

    /// <summary>
    /// The emergency telephone number of the place the department serves (setting <c>emergency_number</c>, see
    /// <see cref="VertebraOptions.EmergencyNumber"/>, default 999). Every page and language shows this number.
    /// </summary>
    public string EmergencyNumber { get; init; } = EmergencyNumberSetting.Default;

    /// <summary>How long a rendered page is served from memory before it is built again (default 30 seconds).</summary>
    public TimeSpan PageCacheDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Mistake reports one address may send per <see cref="MistakeReportWindow"/> (default 5).</summary>
    public int MistakeReportsPerAddress { get; init; } = 5;

    /// <summary>Mistake reports the whole site accepts per <see cref="MistakeReportWindow"/> (default 100).</summary>
    public int MistakeReportsPerSite { get; init; } = 100;

    /// <summary>The window the mistake-report limits count in (default 15 minutes).</summary>
    public TimeSpan MistakeReportWindow { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// FHIR servers the CDS Hooks services may read a patient's Conditions from when a request does not prefetch them
    /// (<see cref="VertebraOptions.CdsFhirServers"/>: comma-separated base URLs, or <c>*</c> for any). Empty (the
    /// default): never fetch; a request without prefetch gets 412.
    /// </summary>
    public IReadOnlyList<string> CdsFhirServers { get; init; } = [];

    /// <summary>
    /// Where metrics and traces are also sent over OTLP (the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; the OpenTelemetry
    /// SDK reads its other <c>OTEL_*</c> settings itself). Null: only <c>/metrics</c>.
    /// </summary>
    public string? OtlpEndpoint { get; init; }

    /// <summary>
    /// A .pfx certificate (with its private key) that encrypts the Data Protection keys at rest (<see
    /// cref="VertebraOptions.KeysCertificate"/>; its password in <see cref="VertebraOptions.KeysCertificatePassword"/>). Null: keys are stored
    /// unencrypted, protected only by who can read the data folder or the database.
    /// </summary>
    public string? KeysCertificatePath { get; init; }

    /// <summary>The password of <see cref="KeysCertificatePath"/>.</summary>
    public string? KeysCertificatePassword { get; init; }

    /// <summary>The guidance rule set: the content folder's <c>guidance</c> folder.</summary>
    public string GuidanceDirectory => DataFolders.Guidance(ContentDirectory);

    /// <summary>The claim checker's patterns: the content folder's <c>claims.yaml</c>.</summary>
    public string ClaimsFile => DataFolders.ClaimsFile(ContentDirectory);

    /// <summary>The search index folder, inside the data folder.</summary>
    public string IndexDirectory => DataFolders.Index(DataDirectory);

    /// <summary>The site's data-protection keys, inside the data folder.</summary>
    public string KeysDirectory => DataFolders.Keys(DataDirectory);

    /// <summary>The interoperability data (CDS card sources, ICD-10 aliases): the content folder's <c>interop</c> folder.</summary>
    public string InteropDirectory => DataFolders.Interop(ContentDirectory);

    /// <summary>The bundled articles: the content folder's <c>articles</c> folder.</summary>
    public string ArticlesDirectory => DataFolders.Articles(ContentDirectory);

    /// <summary>Query-understanding data (synonyms, question types): the content folder's <c>search</c> folder.</summary>
    public string SearchDataDirectory => DataFolders.SearchData(ContentDirectory);
}
