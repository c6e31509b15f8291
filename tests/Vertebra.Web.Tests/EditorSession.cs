using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Storage.Editorial;
using Vertebra.Editorial;

namespace Vertebra.Web.Tests;

/// <summary>A person using the editor through real pages and forms.</summary>
internal sealed class EditorSession : IDisposable
{
    public const string Password = "correct horse battery staple";

    private readonly CookieHandler _cookies;

    private EditorSession((HttpClient Client, CookieHandler Cookies) browser)
    {
        Client = browser.Client;
        _cookies = browser.Cookies;
    }

    public HttpClient Client { get; }

    public static async Task<EditorSession> SignInAsync(SiteFixture site, string userName, EditorRole role)
    {
        var store = site.Services.GetRequiredService<IEditorialStore>();
        if (await store.FindUserAsync(userName) is null)
        {
            await store.AddUserAsync(userName, "Dr " + userName, role, EditorPasswords.Hash(Password));
        }

        var session = new EditorSession(site.CreateBrowser());
        using var response = await session.PostFormAsync("/editor/login", new() { ["userName"] = userName, ["password"] = Password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return session;
    }

    public static EditorSession Anonymous(SiteFixture site) => new(site.CreateBrowser());

    /// <summary>Loads the page holding the form (for its anti-forgery token), then posts to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, Dictionary<string, string> fields, string? action = null, bool withToken = true)
    {
        var html = await Client.GetStringAsync(pageUrl);
        var token = new HtmlParser().ParseDocument(html).QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");
        if (withToken && token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        return await Client.PostAsync(action ?? pageUrl, new FormUrlEncodedContent(fields));
    }

    /// <summary>Signs off the revision the article's page shows, as the page's sign-off button does.</summary>
    public async Task<HttpResponseMessage> SignOffAsync(string pageUrl)
    {
        var html = await Client.GetStringAsync(pageUrl);
        var document = new HtmlParser().ParseDocument(html);
        var fields = new Dictionary<string, string>
        {
            ["revision"] = document.QuerySelector("form[action$='handler=SignOff'] input[name='revision']")?.GetAttribute("value") ?? "",
            ["__RequestVerificationToken"] = document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "",
        };
        return await Client.PostAsync(pageUrl + "?handler=SignOff", new FormUrlEncodedContent(fields));
    }

    /// <summary>The Cookie header this session sends (to replay it elsewhere, as someone who copied it would).</summary>
    public string CookieHeader() => _cookies.Header(Client.BaseAddress!);

    public void Dispose() => Client.Dispose();
}
