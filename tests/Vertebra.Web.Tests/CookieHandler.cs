using System.Net;

namespace Vertebra.Web.Tests;

/// <summary>Keeps cookies between requests, as a browser does, for the in-process test server.</summary>
internal sealed class CookieHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly CookieContainer _cookies = new();

    /// <summary>The Cookie header this browser would send to <paramref name="uri"/> (to replay it from elsewhere).</summary>
    public string Header(Uri uri) => _cookies.GetCookieHeader(uri);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var header = _cookies.GetCookieHeader(uri);
        if (header.Length > 0)
        {
            request.Headers.Remove("Cookie");
            request.Headers.Add("Cookie", header);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var value in values)
            {
                _cookies.SetCookies(uri, value);
            }
        }

        return response;
    }
}
