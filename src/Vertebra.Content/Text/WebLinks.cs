namespace Vertebra.Content;

/// <summary>
/// Which links from outside data may become links on the site: only absolute http or https addresses with a host.
/// <c>javascript:</c>, <c>data:</c>, protocol-relative <c>//host</c> and site-relative <c>/path</c> never pass (a
/// relative link would show as "our own article").
/// </summary>
public static class WebLinks
{
    public static bool IsWebAddress(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2000)
        {
            return false;
        }

        foreach (var c in url)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        var scheme = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7 : 0;
        return scheme > 0
            && url.Length > scheme && url[scheme] is not ('/' or '\\')
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Length > 0;
    }

    /// <summary>The summary line for a dropped link, with the link cut short.</summary>
    public static string DroppedReason(string url) =>
        $"the link '{(url.Length > 80 ? url[..80] + "…" : url)}' is not an http or https web address with a host, so it was dropped.";
}
