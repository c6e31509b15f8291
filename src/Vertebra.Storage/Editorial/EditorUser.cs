namespace Vertebra.Storage.Editorial;

/// <summary>A person who may sign in to the editor. The password is only ever kept as a hash.</summary>
public sealed record EditorUser(
    long Id,
    string UserName,
    string DisplayName,
    EditorRole Role,
    string PasswordHash,
    int FailedSignIns,
    DateTimeOffset? LockedUntil);
