namespace Vertebra.Browser.Tests.Infrastructure;

/// <summary>A person who may sign in to the editor, added to the fixture's data folder before the site starts.</summary>
internal sealed record EditorAccount(string UserName, string Role, string DisplayName, string Password);

/// <summary>The editor and the medical reviewer the editorial journeys sign in as.</summary>
internal static class EditorAccounts
{
    public static EditorAccount Editor { get; } = new("sam.writer", "editor", "Sam Writer", "browser-test-editor-pass");

    public static EditorAccount Reviewer { get; } = new("ada.okafor", "reviewer", "Dr Ada Okafor", "browser-test-reviewer-pass");

    public static IReadOnlyList<EditorAccount> All { get; } = [Editor, Reviewer];
}
