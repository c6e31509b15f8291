namespace Vertebra.Content.Sources;

/// <summary>
/// The publishers whose own sites we cite. Kept in code, not in data, so that the list changes only on
/// purpose and in review: a source, an article link or a guidance citation on any other host is refused.
/// Each domain also admits its subdomains (www.nhs.uk, cks.nice.org.uk, pubmed.ncbi.nlm.nih.gov).
/// </summary>
public static class TrustedPublishers
{
    /// <summary>Registrable domains of publishers' own sites.</summary>
    public static IReadOnlyList<string> Domains { get; } =
    [
        "nhs.uk",                            // NHS and NHS bodies' own sites (trusts, 111 Wales, G-Care)
        "nhsinform.scot",
        "hscni.net",                         // Health and Social Care Northern Ireland
        "gov.uk",
        "nice.org.uk",                       // includes cks.nice.org.uk
        "nih.gov",                           // NINDS, NIAMS, NCCIH, ncbi.nlm.nih.gov, pubmed
        "medlineplus.gov",
        "cdc.gov",
        "who.int",
        "doi.org",                           // journal articles through their DOI
        "gettingitrightfirsttime.co.uk",     // GIRFT
        "girft-interactivepathways.org.uk",  // GIRFT national pathways
        "spine.org",                         // North American Spine Society
        "csp.org.uk",
        "versusarthritis.org",
        "nass.org.uk",
        "rcpch.ac.uk",
        "cochranelibrary.com",
        "bmj.com",
        "thelancet.com",
        "tg.org.au",
        "aaos.org",
        "aans.org",
        "mayoclinic.org",
        "rcseng.ac.uk",
        "nhc.gov.cn",
        "chinacdc.cn",
        "cma.org.cn",
    ];

    /// <summary>True when the host is one of the domains or a subdomain of one.</summary>
    public static bool IsTrustedHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var h = host.TrimEnd('.').ToLowerInvariant();
        foreach (var domain in Domains)
        {
            if (h == domain || h.EndsWith("." + domain, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why the address may not be cited, or null when it may: https on a trusted host only.</summary>
    public static string? Problem(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return $"'{url}' is not a web address.";
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"'{url}' must use https.";
        }

        return IsTrustedHost(uri.Host)
            ? null
            : $"'{uri.Host}' is not a publisher's own site on the fixed list (TrustedPublishers); cite the publisher's page, not a copy.";
    }
}
