namespace Vertebra.Editorial;

/// <summary>
/// What an editorial step did: done (with the article's slug) or refused, with the reasons in plain words for the
/// editor. Every step of the workflow answers with this one type.
/// </summary>
public sealed record EditorialResult
{
    private EditorialResult(string? slug, IReadOnlyList<string> problems)
    {
        Slug = slug;
        Problems = problems;
    }

    /// <summary>The article the step was about; null when a new article was refused before it had one.</summary>
    public string? Slug { get; }

    /// <summary>Why the step was refused; empty when it was done.</summary>
    public IReadOnlyList<string> Problems { get; }

    public bool Succeeded => Problems.Count == 0;

    public static EditorialResult Done(string slug) => new(slug, []);

    public static EditorialResult Refused(string? slug, IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("A refusal needs at least one reason.", nameof(problems));
        }

        return new EditorialResult(slug, problems);
    }

    public static EditorialResult Refused(string? slug, string problem) => Refused(slug, [problem]);
}
