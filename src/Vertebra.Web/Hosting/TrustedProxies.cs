using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Vertebra.Web.Hosting;

/// <summary>Which proxies may tell the site the client's address and scheme (X-Forwarded-For, X-Forwarded-Proto).</summary>
public static class TrustedProxies
{
    /// <summary>Believes the forwarded headers only from <paramref name="proxies"/> (addresses or networks); loopback when none are given.</summary>
    public static void Configure(ForwardedHeadersOptions forwarded, IReadOnlyList<string> proxies)
    {
        ArgumentNullException.ThrowIfNull(forwarded);
        ArgumentNullException.ThrowIfNull(proxies);
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.ForwardLimit = 1;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        if (proxies.Count == 0)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse("127.0.0.0/8"));
            forwarded.KnownProxies.Add(IPAddress.IPv6Loopback);
            return;
        }

        foreach (var proxy in proxies)
        {
            if (proxy.Contains('/', StringComparison.Ordinal))
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
            }
            else
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        }
    }

    /// <summary>Reads a comma-separated setting; throws <see cref="FormatException"/> naming the entry that is not an address or network.</summary>
    public static IReadOnlyList<string> Parse(string? setting)
    {
        var entries = (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var entry in entries)
        {
            if (!(entry.Contains('/', StringComparison.Ordinal) ? System.Net.IPNetwork.TryParse(entry, out _) : IPAddress.TryParse(entry, out _)))
            {
                throw new FormatException($"\"{entry}\" is not an IP address or network such as 10.0.0.5 or 10.0.0.0/8.");
            }
        }

        return entries;
    }
}
