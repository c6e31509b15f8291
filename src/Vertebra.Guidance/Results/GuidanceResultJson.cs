using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vertebra.Guidance;

/// <summary>Writes a <see cref="GuidanceResult"/> as guidance-result.schema.json JSON.</summary>
public static class GuidanceResultJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serialises the result as one compact JSON object with snake_case names.</summary>
    public static string Serialize(GuidanceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            Write(writer, result);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the result to an existing writer (for hosts that stream JSON).</summary>
    public static void Write(Utf8JsonWriter writer, GuidanceResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("triage", WireNames.Of(result.Triage));
        writer.WriteString("route", WireNames.Of(result.Route));
        writer.WriteString("massage", WireNames.Of(result.Massage));
        WriteObjects(writer, "advice", result.Advice, item =>
        {
            writer.WriteString("id", item.Id);
            writer.WriteString("text", item.Text);
            WriteStrings(writer, "citations", item.Citations);
        });
        WriteObjects(writer, "flags", result.Flags, flag =>
        {
            writer.WriteString("id", flag.Id);
            writer.WriteString("text", flag.Text);
            writer.WriteString("severity", WireNames.Of(flag.Severity));
        });
        WriteObjects(writer, "trace", result.Trace, entry =>
        {
            writer.WriteString("rule", entry.Rule);
            WriteStrings(writer, "facts", entry.Facts);
        });
        WriteStrings(writer, "missing", result.Missing);
        writer.WriteString("ruleset", result.Ruleset);
        writer.WriteBoolean("provisional", result.Provisional);
        writer.WriteBoolean("clinically_reviewed", result.ClinicallyReviewed);
        if (result.Summary is not null)
        {
            writer.WriteString("summary", result.Summary);
        }

        writer.WriteEndObject();
    }

    /// <summary>An array named <paramref name="name"/> with one object per item, its fields written by <paramref name="writeFields"/>.</summary>
    private static void WriteObjects<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<T> writeFields)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writeFields(item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
