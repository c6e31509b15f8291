using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Vertebra.Web.Api;

/// <summary>A request body over an endpoint's limit is refused before any of it is read.</summary>
internal static class BodyLimit
{
    /// <summary>
    /// False when the request declares a body over <paramref name="maxBytes"/>. Otherwise true, and the server reads at
    /// most that much, so a body sent without a length (or with a false one) fails with 413 while it is read.
    /// </summary>
    public static bool Apply(HttpContext context, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.ContentLength > maxBytes)
        {
            return false;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBytes;
        }

        return true;
    }
}
