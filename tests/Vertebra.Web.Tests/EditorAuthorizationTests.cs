using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Storage.Editorial;

namespace Vertebra.Web.Tests;

/// <summary>Every editor endpoint refuses people who are not signed in, and the wrong roles.</summary>
public sealed class EditorAuthorizationTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly string[] OpenToAll = ["/editor/login", "/editor/denied"];

    private IReadOnlyList<string> EditorRoutes()
    {
        var routes = site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/editor", StringComparison.Ordinal))
            .Distinct()
            .Select(r => r.Replace("{slug}", "massage-for-lumbar-disc-herniation", StringComparison.Ordinal))
            .ToList();
        Assert.Contains("/editor", routes);
        Assert.Contains("/editor/preview", routes);
        Assert.True(routes.Count >= 8, string.Join(", ", routes));
        return routes;
    }

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } to
            && (to.Contains("/editor/login", StringComparison.Ordinal) || to.Contains("/editor/denied", StringComparison.Ordinal)));

    [Fact]
    public async Task EveryEditorEndpoint_Anonymous_IsRefused()
    {
        using var anonymous = EditorSession.Anonymous(site);
        foreach (var route in EditorRoutes().Except(OpenToAll))
        {
            using var get = await anonymous.Client.GetAsync(route);
            Assert.True(Refused(get) || get.StatusCode == HttpStatusCode.MethodNotAllowed, $"GET {route} answered {(int)get.StatusCode}");
            using var post = await anonymous.Client.PostAsync(route, new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "x" }));
            Assert.True(Refused(post), $"POST {route} answered {(int)post.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/editor/articles/massage-for-lumbar-disc-herniation?handler=SignOff")]
    [InlineData("/editor/articles/massage-for-lumbar-disc-herniation?handler=Publish")]
    [InlineData("/editor/articles/massage-for-lumbar-disc-herniation?handler=Dismiss")]
    public async Task ReviewActions_AsEditor_AreRefused(string action)
    {
        using var editor = await EditorSession.SignInAsync(site, "ed-role", EditorRole.Editor);
        using var response = await editor.PostFormAsync("/editor/articles/massage-for-lumbar-disc-herniation", new() { ["reason"] = "a long enough reason" }, action);
        Assert.True(Refused(response), $"{action} answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task AuditLog_AsReviewer_IsRefused_AsAdmin_IsShown()
    {
        using var reviewer = await EditorSession.SignInAsync(site, "rev-role", EditorRole.Reviewer);
        using var refused = await reviewer.Client.GetAsync("/editor/audit");
        Assert.True(Refused(refused));
        using var admin = await EditorSession.SignInAsync(site, "admin-role", EditorRole.Admin);
        using var shown = await admin.Client.GetAsync("/editor/audit");
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
    }

    [Fact]
    public async Task EditorForm_PostWithoutAntiforgeryToken_IsRefused()
    {
        using var editor = await EditorSession.SignInAsync(site, "ed-token", EditorRole.Editor);
        using var response = await editor.PostFormAsync("/editor/articles/new", new() { ["title"] = "T", ["action"] = "save" }, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var store = site.Services.GetRequiredService<IEditorialStore>();
        await store.AddUserAsync("locky", "Locky", EditorRole.Editor, Vertebra.Editorial.EditorPasswords.Hash(EditorSession.Password));
        using var person = EditorSession.Anonymous(site);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await person.PostFormAsync("/editor/login", new() { ["userName"] = "locky", ["password"] = "not the password" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await person.PostFormAsync("/editor/login", new() { ["userName"] = "locky", ["password"] = EditorSession.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_UnknownUser_GetsTheSameMessageAsAWrongPassword()
    {
        using var person = EditorSession.Anonymous(site);
        using var response = await person.PostFormAsync("/editor/login", new() { ["userName"] = "nobody-here", ["password"] = "whatever it is" });
        Assert.Contains("The user name or password is wrong.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
