using Microsoft.AspNetCore.Http;

namespace Vertebra.Web.Hosting;

/// <summary>Serves the one stylesheet, embedded in the assembly so the site needs no files beside it.</summary>
internal static class SiteAssets
{
    private static readonly Lazy<byte[]> Stylesheet = new(() =>
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("Vertebra.Web.Assets.site.css")
            ?? throw new InvalidOperationException("The embedded stylesheet is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IResult Css(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(Stylesheet.Value, "text/css; charset=utf-8");
    }
}
