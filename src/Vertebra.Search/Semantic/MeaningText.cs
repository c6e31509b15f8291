using System.Security.Cryptography;
using System.Text;

namespace Vertebra.Search.Semantic;

/// <summary>
/// What of a document is encoded, and the key its vector is stored under. A question–answer pair is encoded by its
/// question (people ask questions; MedQuAD's questions say what each answer is for); an article by its title and the
/// start of its text; an article section by the article's title, the heading and the start of the section (its lead).
/// </summary>
public static class MeaningText
{
    /// <summary>How many words of an article's or section's text go with its title.</summary>
    public const int LeadWords = 40;

    /// <summary>The text to encode for a document.</summary>
    public static string Of(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Kind == SearchDocumentKind.Qa
            ? document.Title
            : document.Title + ". " + Lead(document.Body);
    }

    /// <summary>
    /// The key a text's vector is stored under: SHA-256 of the model and the text as the model reads it (hex). Equal
    /// text gives an equal key, so an unchanged document is never encoded again, here or on another node.
    /// </summary>
    public static string Key(ITextEncoder encoder, string text)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(encoder.ModelId + "\n" + MiniLmEncoder.Prepare(text))));
    }

    private static string Lead(string body)
    {
        var words = body.Split((char[]?)null, LeadWords + 1, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(LeadWords));
    }
}
