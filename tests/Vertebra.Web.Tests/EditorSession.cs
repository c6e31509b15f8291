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

    private EditorSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static async Task<EditorSession> SignInAsync(SiteFixture site, string userName, EditorRole role)
    {
        var store = site.Services.GetRequiredService<IEditorialStore>();
        if (await store.FindUserAsync(userName) is null)
        {
            await store.AddUserAsync(userName, "Dr " + userName, role, EditorPasswords.Hash(Password));
        }

        var session = new EditorSession(site.CreateBrowserClient());
        using var response = await session.PostFormAsync("/editor/login", new() { ["userName"] = userName, ["password"] = Password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return session;
    }

    public static EditorSession Anonymous(SiteFixture site) => new(site.CreateBrowserClient());

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

    public void Dispose() => Client.Dispose();
}
