using Microsoft.AspNetCore.Http;

namespace Vertebra.Web.Interop;

/// <summary>Small request helpers shared by the interoperability endpoints.</summary>
internal static class InteropRequests
{
    /// <summary>The site's configured public base URL, for links in answers (never the request's Host header, which a client chooses).</summary>
    public static string BaseUrl(HttpRequest request) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Hosting.VertebraWebOptions>(request.HttpContext.RequestServices).PublicBase;

    /// <summary>Reads the whole body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Lets browser-based CDS clients call the services (CDS Hooks asks services to allow cross-origin calls).</summary>
    public static void AllowCrossOrigin(HttpResponse response)
    {
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.AccessControlAllowHeaders = "Authorization, Content-Type";
        response.Headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
    }
}
