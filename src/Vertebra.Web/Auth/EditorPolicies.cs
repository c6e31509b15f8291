using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Vertebra.Storage.Editorial;

namespace Vertebra.Web.Auth;

/// <summary>Who may do what in the editor.</summary>
public static class EditorPolicies
{
    /// <summary>Any signed-in editor, reviewer or admin: write and submit drafts.</summary>
    public const string Write = "editor.write";

    /// <summary>Medical reviewers and admins: sign off, dismiss claim findings, publish.</summary>
    public const string Review = "editor.review";

    /// <summary>Admins: the audit log.</summary>
    public const string Admin = "editor.admin";

    public const string DisplayNameClaim = "vertebra:display_name";

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Write, p => p.RequireAuthenticatedUser().RequireRole(nameof(EditorRole.Editor), nameof(EditorRole.Reviewer), nameof(EditorRole.Admin)));
        options.AddPolicy(Review, p => p.RequireAuthenticatedUser().RequireRole(nameof(EditorRole.Reviewer), nameof(EditorRole.Admin)));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(nameof(EditorRole.Admin)));
    }

    public static string DisplayName(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst(DisplayNameClaim)?.Value ?? user.Identity?.Name ?? "unknown";
    }

    public static bool CanReview(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(nameof(EditorRole.Reviewer)) || user.IsInRole(nameof(EditorRole.Admin));
    }
}
