namespace Vertebra.Claims.Lexicons;

/// <summary>
/// Reads the words a <c>match:</c> regular expression must start with, when it starts with a plain list of
/// alternatives (<c>\b(?:push|pop|put)...</c>), so it can be skipped for sentences without any of them.
/// Anything less plain gives no requirement (the rule always runs).
/// </summary>
internal static class RegexLeadingWords
{
    private const int MinPrefixLength = 3;

    public static WordRequirement? Of(string pattern)
    {
        var i = 0;
        if (pattern.StartsWith("\\b", StringComparison.Ordinal))
        {
            i = 2;
        }

        if (!pattern.AsSpan(i).StartsWith("(?:", StringComparison.Ordinal))
        {
            return null;
        }

        i += 3;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var depth = 0;
        var literal = new System.Text.StringBuilder();
        var inLiteral = true;
        for (; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (depth == 0 && (c == '|' || c == ')'))
            {
                if (!AddKey(keys, literal.ToString()))
                {
                    return null;
                }

                if (c == ')')
                {
                    return HasTopLevelAlternative(pattern, i + 1) ? null : new WordRequirement(keys, []);
                }

                literal.Clear();
                inLiteral = true;
                continue;
            }

            if (c == '\\' && i + 1 < pattern.Length)
            {
                inLiteral = false;
                i++;
                continue;
            }

            if (c == '(' || c == '[')
            {
                inLiteral = false;
                if (c == '(')
                {
                    depth++;
                }
                else
                {
                    // Skip a character class whole.
                    while (i < pattern.Length && pattern[i] != ']')
                    {
                        i++;
                    }
                }

                continue;
            }

            if (c == ')')
            {
                depth--;
                continue;
            }

            if (!inLiteral)
            {
                continue;
            }

            if (c is '?' or '*' or '{')
            {
                // The character before is optional: it is not part of the required beginning.
                if (literal.Length > 0)
                {
                    literal.Length--;
                }

                inLiteral = false;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c == '\'')
            {
                literal.Append(char.ToLowerInvariant(c));
            }
            else
            {
                inLiteral = false;
            }
        }

        return null;
    }

    /// <summary>A '|' outside any group after the leading list means the pattern can also match without it.</summary>
    private static bool HasTopLevelAlternative(string pattern, int from)
    {
        var depth = 0;
        for (var i = from; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    while (i < pattern.Length && pattern[i] != ']')
                    {
                        i += pattern[i] == '\\' ? 2 : 1;
                    }

                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return true;
            }
        }

        return false;
    }

    private static bool AddKey(HashSet<string> keys, string literal)
    {
        if (literal.Length < MinPrefixLength)
        {
            return false;
        }

        keys.Add(WordRequirement.Key(literal));
        return true;
    }
}
