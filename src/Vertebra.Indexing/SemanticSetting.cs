namespace Vertebra.Indexing;

/// <summary>
/// Whether questions are also matched by meaning (the bundled sentence encoder: about 350 MB of memory and a few
/// minutes to encode a large corpus once), or by their words only, for very small machines. Set with
/// <c>--semantic on|off</c> or <c>VERTEBRA_SEMANTIC</c>; on by default.
/// </summary>
public static class SemanticSetting
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "VERTEBRA_SEMANTIC";

    /// <summary>True unless the option (or, without one, the environment variable) says off.</summary>
    /// <exception cref="ArgumentException">The value is not on or off (the message says what is allowed).</exception>
    public static bool IsOn(string? option)
    {
        var value = (option ?? Environment.GetEnvironmentVariable(Variable) ?? "").Trim().ToLowerInvariant();
        return value switch
        {
            "" or "on" or "true" or "1" or "yes" => true,
            "off" or "false" or "0" or "no" => false,
            _ => throw new ArgumentException($"The semantic setting must be on or off (got '{value}'). Use --semantic on|off or {Variable}=on|off."),
        };
    }
}
