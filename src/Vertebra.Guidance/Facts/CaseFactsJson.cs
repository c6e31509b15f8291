using System.Text.Json;

namespace Vertebra.Guidance;

/// <summary>Reads case facts from JSON exactly as case-facts.schema.json allows.</summary>
public static class CaseFactsJson
{
    /// <summary>
    /// Parses one case-facts JSON object. A missing field stays unknown (null).
    /// </summary>
    /// <exception cref="CaseFactsException">The JSON is not an object, has an unknown or repeated field,
    /// or a value of the wrong type or out of range. The message names the field.</exception>
    public static CaseFacts Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new CaseFactsException("The case facts are not valid JSON: " + ex.Message, ex);
        }

        using (document)
        {
            return FromElement(document.RootElement);
        }
    }

    /// <summary>Reads case facts from an already parsed JSON object.</summary>
    /// <exception cref="CaseFactsException">See <see cref="Parse(string)"/>.</exception>
    public static CaseFacts FromElement(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CaseFactsException("The case facts must be a JSON object.");
        }

        var facts = CaseFacts.Empty;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var descriptor = FactCatalog.Find(property.Name)
                ?? throw Fail(property.Name, $"Unknown field '{property.Name}'. Allowed fields are: {string.Join(", ", FactCatalog.All.Select(d => d.Name))}.");
            if (!seen.Add(property.Name))
            {
                throw Fail(property.Name, $"Field '{property.Name}' appears more than once.");
            }

            facts = descriptor.Write(facts, ReadCode(descriptor, property.Value));
        }

        return facts;
    }

    private static int ReadCode(FactDescriptor descriptor, JsonElement value)
    {
        var name = descriptor.Name;
        switch (descriptor.Kind)
        {
            case FactKind.Boolean:
                return value.ValueKind switch
                {
                    JsonValueKind.True => 1,
                    JsonValueKind.False => 0,
                    _ => throw Fail(name, $"Field '{name}' must be true or false, not {Describe(value)}."),
                };
            case FactKind.Choice:
                if (value.ValueKind != JsonValueKind.String)
                {
                    throw Fail(name, $"Field '{name}' must be one of {ChoiceList(descriptor)}, not {Describe(value)}.");
                }

                var code = descriptor.ChoiceCode(value.GetString()!);
                return code >= 0
                    ? code
                    : throw Fail(name, $"Field '{name}' must be one of {ChoiceList(descriptor)}, not {Describe(value)}.");
            default:
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
                {
                    throw Fail(name, $"Field '{name}' must be a whole number, not {Describe(value)}.");
                }

                if (number < descriptor.Min || number > descriptor.Max)
                {
                    var range = descriptor.Max == int.MaxValue
                        ? $"{descriptor.Min} or more"
                        : $"from {descriptor.Min} to {descriptor.Max}";
                    throw Fail(name, $"Field '{name}' must be {range}, not {number}.");
                }

                return number;
        }
    }

    private static string ChoiceList(FactDescriptor descriptor) =>
        string.Join(", ", descriptor.Choices.Select(c => "\"" + c + "\""));

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.String => "\"" + value.GetString() + "\"",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => value.GetRawText(),
    };

    private static CaseFactsException Fail(string field, string message) => new(message) { Field = field };
}
