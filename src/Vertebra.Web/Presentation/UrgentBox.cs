namespace Vertebra.Web.Presentation;

/// <summary>
/// One level of warning signs in an urgent box: what to look out for and what to do, with the telephone number
/// (if the action names one) set apart so the page can make it a call link.
/// </summary>
/// <param name="IsEmergency">True for signs that need an emergency department now; false for a doctor today.</param>
/// <param name="Heading">"Go to an emergency department now if you have any of these:" and the like.</param>
/// <param name="Signs">The signs in plain words, one a line.</param>
/// <param name="ActionBefore">The action's words before the number (all of it when it names no number).</param>
/// <param name="Number">The emergency number to call, or null.</param>
/// <param name="ActionAfter">The action's words after the number.</param>
internal sealed record UrgentSignGroup(bool IsEmergency, string Heading, IReadOnlyList<string> Signs, string ActionBefore, string? Number, string ActionAfter)
{
    /// <summary>Splits an action such as "Call 999 or go to ..." around the number, so the number can be a call link.</summary>
    public static (string Before, string? Number, string After) SplitAction(string action, string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return (action, null, "");
        }

        var at = action.IndexOf(number, StringComparison.Ordinal);
        return at < 0 ? (action, null, "") : (action[..at], number, action[(at + number.Length)..]);
    }

    /// <summary>The number as a <c>tel:</c> address: digits and a leading plus only.</summary>
    public string? TelHref => Number is null ? null : "tel:" + new string(Number.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
}

/// <summary>The box near the top of a page whose topic has emergency or urgent warning signs: most urgent level first.</summary>
internal sealed record UrgentBox(IReadOnlyList<UrgentSignGroup> Groups);
