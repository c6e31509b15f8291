using AngleSharp.Html.Parser;

namespace Vertebra.Web.Tests;

/// <summary>Submits a site form as a browser would: fetch the page, keep the anti-forgery cookie and token, post.</summary>
internal static class FormPoster
{
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, IDictionary<string, string> fields, bool includeToken = true)
    {
        using var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);
        var token = document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");
        var cookies = page.Headers.TryGetValues("Set-Cookie", out var values)
            ? string.Join("; ", values.Select(v => v.Split(';')[0]))
            : "";

        var form = new Dictionary<string, string>(fields);
        if (includeToken && token is not null)
        {
            form["__RequestVerificationToken"] = token;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, pageUrl) { Content = new FormUrlEncodedContent(form) };
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", cookies);
        }

        return await client.SendAsync(request);
    }
}
