using Microsoft.AspNetCore.Http;

namespace Vertebra.Web.Hosting;

/// <summary>Serves the stylesheet, the editor's script and the diagrams, embedded in the assembly so the site needs no files beside it.</summary>
internal static class SiteAssets
{
    private static readonly Dictionary<string, Lazy<byte[]>> Diagrams = Presentation.DiagramCatalogue.All
        .SelectMany(d => d.Panels)
        .ToDictionary(p => p.File, p => new Lazy<byte[]>(() => Load("diagrams." + p.File)), StringComparer.Ordinal);

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

    /// <summary>A diagram by its file name (only those in <see cref="Presentation.DiagramCatalogue"/>).</summary>
    public static IResult Diagram(HttpContext context, string file)
    {
        if (!Diagrams.TryGetValue(file, out var bytes))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(bytes.Value, "image/svg+xml");
    }

    internal static byte[] Load(string name)
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("Vertebra.Web.Assets." + name)
            ?? throw new InvalidOperationException($"The embedded asset {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
