using Microsoft.AspNetCore.Http;

namespace Vertebra.Web.Hosting;

/// <summary>Serves the stylesheet and the editor's script, embedded in the assembly so the site needs no files beside it.</summary>
internal static class SiteAssets
{
    private static readonly Lazy<byte[]> Stylesheet = new(() => Load("site.css"));
    private static readonly Lazy<byte[]> EditorScript = new(() => Load("editor.js"));

    public static IResult Css(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(Stylesheet.Value, "text/css; charset=utf-8");
    }

    public static IResult EditorJs(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(EditorScript.Value, "text/javascript; charset=utf-8");
    }

    private static byte[] Load(string name)
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("Vertebra.Web.Assets." + name)
            ?? throw new InvalidOperationException($"The embedded asset {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
