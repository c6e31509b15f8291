namespace Vertebra.Claims;

/// <summary>One claim found in the checked text.</summary>
/// <param name="Category">The category id, for example <c>reposition_disc</c>.</param>
/// <param name="Start">Index of the first character of the claim in the input (UTF-16 code units).</param>
/// <param name="Length">Length of the claim in the input.</param>
/// <param name="Text">The exact span: <c>input.Substring(Start, Length)</c>.</param>
/// <param name="Severity">How serious the claim is.</param>
/// <param name="Why">Plain-words explanation of why the claim is wrong.</param>
/// <param name="SourceName">Name of the clinical source that says so.</param>
/// <param name="SourceUrl">Address of that source.</param>
/// <param name="ArticleSlug">Slug of the Vertebra article that explains it.</param>
/// <param name="Language">The language of the claim's words (<c>zh</c> when they have Chinese characters, else <c>en</c>); <paramref name="Why"/>,
/// the source and the article are in that language where the rules file has them.</param>
public sealed record ClaimFinding(
    string Category,
    int Start,
    int Length,
    string Text,
    ClaimSeverity Severity,
    string Why,
    string SourceName,
    string SourceUrl,
    string ArticleSlug,
    string Language = "en");
