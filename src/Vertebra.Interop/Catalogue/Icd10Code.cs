namespace Vertebra.Interop.Catalogue;

/// <summary>ICD-10 code helpers: WHO ICD-10 and ICD-10-CM codes compare by their characters, ignoring the dot.</summary>
internal static class Icd10Code
{
    /// <summary>Upper case, dot and spaces removed ("m51.16 " → "M5116"); empty when it cannot be an ICD-10 code.</summary>
    public static string Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "";
        }

        Span<char> buffer = stackalloc char[Math.Min(code.Length, 16)];
        var n = 0;
        foreach (var c in code)
        {
            if (c is '.' or ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c) || n == buffer.Length)
            {
                return "";
            }

            buffer[n++] = char.ToUpperInvariant(c);
        }

        return n >= 3 && char.IsAsciiLetter(buffer[0]) && char.IsAsciiDigit(buffer[1]) ? new string(buffer[..n]) : "";
    }

    /// <summary>True when <paramref name="code"/> lies under <paramref name="category"/> (both normalized).</summary>
    public static bool IsUnder(string code, string category) =>
        category.Length > 0 && code.StartsWith(category, StringComparison.Ordinal);
}
