namespace Vertebra.Storage.Editorial;

/// <summary>What a signed-in person may do: editors write, medical reviewers sign off, admins do both and manage people.</summary>
public enum EditorRole
{
    Editor,
    Reviewer,
    Admin,
}
