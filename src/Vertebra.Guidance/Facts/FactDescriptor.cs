namespace Vertebra.Guidance;

/// <summary>
/// One case fact: its schema name, type and range, and how to read and write it as an integer code
/// (booleans 0/1, choices their schema position, integers their value; <see cref="Unknown"/> when not answered).
/// </summary>
internal sealed class FactDescriptor
{
    public const int Unknown = int.MinValue;

    public FactDescriptor(
        int index,
        string name,
        FactKind kind,
        int min,
        int max,
        IReadOnlyList<string> choices,
        Func<CaseFacts, int> read,
        Func<CaseFacts, int, CaseFacts> write)
    {
        Index = index;
        Name = name;
        Kind = kind;
        Min = min;
        Max = max;
        Choices = choices;
        Read = read;
        Write = write;
    }

    public int Index { get; }

    public string Name { get; }

    public FactKind Kind { get; }

    /// <summary>Smallest allowed code.</summary>
    public int Min { get; }

    /// <summary>Largest allowed code (int.MaxValue when the schema sets no maximum).</summary>
    public int Max { get; }

    /// <summary>Allowed strings for a choice fact, in schema order; empty otherwise.</summary>
    public IReadOnlyList<string> Choices { get; }

    public Func<CaseFacts, int> Read { get; }

    public Func<CaseFacts, int, CaseFacts> Write { get; }

    /// <summary>The code as it appears in JSON and YAML: true/false, a choice name, or a number.</summary>
    public string FormatValue(int code)
    {
        if (code == Unknown)
        {
            return "unknown";
        }

        return Kind switch
        {
            FactKind.Boolean => code != 0 ? "true" : "false",
            FactKind.Choice => Choices[code],
            _ => code.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Reads a value as YAML writes it (true/false, a choice name, a whole number in range).</summary>
    public bool TryParseValue(string text, out int code)
    {
        code = Kind switch
        {
            FactKind.Boolean => text switch { "true" => 1, "false" => 0, _ => -1 },
            FactKind.Choice => ChoiceCode(text),
            _ => int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= Min && n <= Max ? n : -1,
        };
        return code >= 0;
    }

    /// <summary>Returns the code for a choice name, or -1.</summary>
    public int ChoiceCode(string value)
    {
        for (var i = 0; i < Choices.Count; i++)
        {
            if (string.Equals(Choices[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
