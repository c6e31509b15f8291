namespace Vertebra.Guidance;

/// <summary>
/// The JSON schemas the engine implements (case facts version 2 and the guidance result), shipped inside the
/// program. The contract tests compare them with the engine and with the shared specification.
/// </summary>
public static class GuidanceSchemas
{
    /// <summary>case-facts.schema.json: what the engine is told about one person.</summary>
    public static string CaseFacts => Read("case-facts.schema.json");

    /// <summary>guidance-result.schema.json: what the engine answers.</summary>
    public static string GuidanceResult => Read("guidance-result.schema.json");

    private static string Read(string name)
    {
        using var stream = typeof(GuidanceSchemas).Assembly.GetManifestResourceStream("Vertebra.Guidance.Schemas." + name)
            ?? throw new InvalidOperationException($"The schema {name} is missing from the program.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
