namespace Vertebra.Claims.Matching;

/// <summary>
/// A claim inside a short quotation ("radical cure", “cured for life”) is being named, not made:
/// articles quote sales phrases to warn about them. Long quotations (testimonials) still count.
/// </summary>
internal static class QuotedMention
{
    /// <summary>Longest quotation, in characters, treated as a named phrase.</summary>
    public const int MaxQuoteLength = 60;

    public static bool IsQuoted(string sentence, int start, int length)
    {
        var open = -1;
        var quotesBefore = 0;
        for (var i = 0; i < start; i++)
        {
            if (IsQuote(sentence[i]))
            {
                quotesBefore++;
                open = i;
            }
        }

        if (open < 0 || quotesBefore % 2 == 0)
        {
            return false;
        }

        var end = start + length;
        for (var i = end; i < sentence.Length && i - open <= MaxQuoteLength; i++)
        {
            if (IsQuote(sentence[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '«' or '»' or '「' or '」' or '『' or '』';
}
