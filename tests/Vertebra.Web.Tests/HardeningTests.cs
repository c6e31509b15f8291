using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Storage;
using Vertebra.Storage.Editorial;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Tests;

/// <summary>Issue 19, editorial, sign-in and HTTP: each test pins one finding of the attack on a local copy.</summary>
public sealed class HardeningTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static Dictionary<string, string> Fields(string body, string action) => new()
    {
        ["title"] = "Sitting at a desk",
        ["summary"] = "How to sit at a desk with back pain.",
        ["body"] = body,
        ["topics"] = "back-and-leg-pain",
        ["conditions"] = "",
        ["references"] = "NICE NG59 | https://www.nice.org.uk/guidance/ng59/chapter/Recommendations",
        ["note"] = "hardening test",
        ["action"] = action,
    };

    /// <summary>The hidden fields of the page's sign-off form, as a browser would post them.</summary>
    private static async Task<Dictionary<string, string>> SignOffFormAsync(EditorSession session, string url)
    {
        var html = await session.Client.GetStringAsync(url);
        var form = new HtmlParser().ParseDocument(html).QuerySelectorAll("form")
            .First(f => (f.GetAttribute("action") ?? "").Contains("handler=SignOff", StringComparison.Ordinal));
        return form.QuerySelectorAll("input[type='hidden']")
            .Where(i => i.GetAttribute("name") is { } n && n != "__RequestVerificationToken")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
    }

    private async Task<string> NewArticleAsync(EditorSession editor, string body)
    {
        using var saved = await editor.PostFormAsync("/editor/articles/new", Fields(body, "submit"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return saved.Headers.Location!.OriginalString.Split('?')[0];
    }

    // Item 3: a sign-off covers the revision the reviewer was shown, not whatever is newest when it is posted.
    [Fact]
    public async Task SignOff_NewerRevisionSavedAfterThePageWasShown_IsRefusedAndNothingIsSignedOff()
    {
        using var editor = await EditorSession.SignInAsync(site, "h3-editor", EditorRole.Editor);
        using var reviewer = await EditorSession.SignInAsync(site, "h3-reviewer", EditorRole.Reviewer);
        var url = await NewArticleAsync(editor, "Stand up and move every half hour.\n");
        var shown = await SignOffFormAsync(reviewer, url);

        using var changed = await editor.PostFormAsync(url, Fields("Stand up and move every half hour. Rest as long as you like.\n", "submit"));
        using var signOff = await reviewer.PostFormAsync(url, shown, url + "?handler=SignOff");

        Assert.NotEqual(HttpStatusCode.Redirect, signOff.StatusCode);
        Assert.Contains("changed since you opened it", await signOff.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var state = await site.Services.GetRequiredService<IEditorialStore>().GetStateAsync(url.Split('/')[^1]);
        Assert.Null(state!.SignedOffRevision);
    }

    // Item 3: by default a reviewer may not sign off text they wrote themselves.
    [Fact]
    public async Task SignOff_ReviewerWroteTheText_IsRefusedByDefault()
    {
        using var reviewer = await EditorSession.SignInAsync(site, "h3-own", EditorRole.Reviewer);
        var url = await NewArticleAsync(reviewer, "Keep active while your back heals.\n");

        using var signOff = await reviewer.PostFormAsync(url, await SignOffFormAsync(reviewer, url), url + "?handler=SignOff");

        Assert.NotEqual(HttpStatusCode.Redirect, signOff.StatusCode);
        Assert.Contains("someone else must sign it off", await signOff.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // Item 7: a stranger's wrong passwords from another address do not lock the account, and say nothing about it.
    [Fact]
    public async Task SignIn_ManyWrongPasswordsForAnExistingUser_SameAnswerAsAMadeUpName_NeverSaysLocked()
    {
        var store = site.Services.GetRequiredService<IEditorialStore>();
        await store.AddUserAsync("h7-real", "Real", EditorRole.Editor, Vertebra.Editorial.EditorPasswords.Hash(EditorSession.Password));
        using var stranger = EditorSession.Anonymous(site);
        var answers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 8; i++)
        {
            foreach (var name in new[] { "h7-real", "h7-made-up" })
            {
                using var wrong = await stranger.PostFormAsync("/editor/login", new() { ["userName"] = name, ["password"] = "not the password " + i });
                Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
                var html = await wrong.Content.ReadAsStringAsync();
                answers.Add(new HtmlParser().ParseDocument(html).QuerySelector("[role='alert']")!.TextContent.Trim());
            }
        }

        Assert.Single(answers);
        Assert.DoesNotContain("locked", answers.Single(), StringComparison.OrdinalIgnoreCase);
    }

    // Item 9: logging out ends the sign-in; a copy of the cookie taken before stops working.
    [Fact]
    public async Task Logout_CookieCapturedBeforeLogout_NoLongerSignsIn()
    {
        using var editor = await EditorSession.SignInAsync(site, "h9-logout", EditorRole.Editor);
        var captured = editor.CookieHeader();
        using var before = await SendWithCookieAsync("/editor", captured);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var logout = await editor.PostFormAsync("/editor/logout", []);
        using var after = await SendWithCookieAsync("/editor", captured);

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/editor/login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    // Item 9: a role change ends sign-ins made with the old role.
    [Fact]
    public async Task RoleChange_ReviewerMadeEditor_OldSignInLosesReviewRights()
    {
        using var reviewer = await EditorSession.SignInAsync(site, "h9-role", EditorRole.Reviewer);
        var options = site.Services.GetRequiredService<VertebraWebOptions>();
        await using (var connection = new SqliteConnection($"Data Source={StoreLocation.Parse(options.Database, options.DataDirectory).Target}"))
        {
            await connection.OpenAsync();
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE editor_users SET role = 'Editor' WHERE user_name = 'h9-role'";
            await update.ExecuteNonQueryAsync();
        }

        using var dashboard = await reviewer.Client.GetAsync("/editor");

        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Contains("/editor/login", dashboard.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    // Item 14: the status line shows only the site's own messages.
    [Fact]
    public async Task EditorStatusLine_ArbitrarySavedText_IsNotShown()
    {
        using var editor = await EditorSession.SignInAsync(site, "h14-status", EditorRole.Editor);

        var html = await editor.Client.GetStringAsync("/editor/articles/scoliosis?saved=" + Uri.EscapeDataString("Your account is suspended, call 0900 123"));

        Assert.DoesNotContain("call 0900 123", html, StringComparison.Ordinal);
    }

    // Item 14: a return address with a tab or a line break is not an error.
    [Theory]
    [InlineData("/editor\tx")]
    [InlineData("/editor\r\nSet-Cookie: x=1")]
    [InlineData("/editor\nx")]
    public async Task SignIn_ReturnUrlWithControlCharacters_IsNotAServerError(string returnUrl)
    {
        await EditorSession.SignInAsync(site, "h14-return", EditorRole.Editor);
        using var person = EditorSession.Anonymous(site);
        using var page = await person.Client.GetAsync("/editor/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        using var posted = await person.PostFormAsync("/editor/login",
            new() { ["userName"] = "h14-return", ["password"] = EditorSession.Password, ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/editor", posted.Headers.Location!.OriginalString);
    }

    // Item 8: absolute links come from the configured public address, never from the Host header.
    [Theory]
    [InlineData("/fhir/Questionnaire/spine-guidance")]
    [InlineData("/infobutton?mainSearchCriteria.v.c=M51.1&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90")]
    [InlineData("/articles/sciatica")]
    public async Task AbsoluteLinks_ForgedHostHeader_AreNotFollowed(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "evil.example";

        using var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // Item 8: behind the proxy (loopback by default) an HTTPS visit gets HSTS; a stranger's forwarded header is ignored.
    [Fact]
    public async Task ForwardedProtoHttps_FromLoopbackProxy_GetsHsts_FromOtherAddress_DoesNot()
    {
        var server = site.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>() as TestServer;
        Assert.NotNull(server);

        var viaProxy = await server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Connection.RemoteIpAddress = IPAddress.Loopback;
        });
        var fromStranger = await server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        });

        Assert.True(viaProxy.Response.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.False(fromStranger.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    // Item 8: the sign-in cookie is Secure when the visit came over HTTPS through the proxy.
    [Fact]
    public async Task SignInCookie_OverHttpsThroughTheProxy_IsSecure()
    {
        await EditorSession.SignInAsync(site, "h8-secure", EditorRole.Editor);
        var server = (TestServer)site.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>();
        var page = await server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/editor/login";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Connection.RemoteIpAddress = IPAddress.Loopback;
        });
        var html = await new StreamReader(page.Response.Body).ReadToEndAsync();
        var token = new HtmlParser().ParseDocument(html).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var cookies = string.Join("; ", page.Response.Headers.SetCookie.Select(v => v!.Split(';')[0]));
        var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "h8-secure", ["password"] = EditorSession.Password, ["__RequestVerificationToken"] = token,
        });
        var bytes = await body.ReadAsByteArrayAsync();

        var signedIn = await server.SendAsync(c =>
        {
            c.Request.Method = "POST";
            c.Request.Path = "/editor/login";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers.Cookie = cookies;
            c.Request.ContentType = "application/x-www-form-urlencoded";
            c.Request.Body = new MemoryStream(bytes);
            c.Request.ContentLength = bytes.Length;
            c.Connection.RemoteIpAddress = IPAddress.Loopback;
        });

        Assert.Equal(302, signedIn.Response.StatusCode);
        var cookie = signedIn.Response.Headers.SetCookie.Single(v => v!.StartsWith("vertebra.editor=", StringComparison.Ordinal))!;
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<HttpResponseMessage> SendWithCookieAsync(string url, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await site.Client.SendAsync(request);
    }
}
