using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vertebra.Interop.CdsHooks;

/// <summary>Writes CDS Hooks JSON: discovery, card responses and error bodies.</summary>
internal static class CdsJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriterStream();
        using (var writer = new Utf8JsonWriter(buffer.Stream, Options))
        {
            write(writer);
        }

        return buffer.Text();
    }

    public static string Cards(IReadOnlyList<CdsCard> cards) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("cards");
        foreach (var card in cards)
        {
            w.WriteStartObject();
            w.WriteString("uuid", Guid.NewGuid().ToString("D"));
            w.WriteString("summary", CdsCard.FitSummary(card.Summary));
            if (card.Detail is not null)
            {
                w.WriteString("detail", card.Detail);
            }

            w.WriteString("indicator", card.Indicator switch
            {
                CardIndicator.Critical => "critical",
                CardIndicator.Warning => "warning",
                _ => "info",
            });
            w.WriteStartObject("source");
            w.WriteString("label", card.SourceLabel);
            w.WriteString("url", card.SourceUrl);
            w.WriteEndObject();
            if (card.Links.Count > 0)
            {
                w.WriteStartArray("links");
                foreach (var link in card.Links)
                {
                    w.WriteStartObject();
                    w.WriteString("label", link.Label);
                    w.WriteString("url", link.Url);
                    w.WriteString("type", "absolute");
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static string Problem(int status, string title, string detail) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("type", "about:blank");
        w.WriteString("title", title);
        w.WriteNumber("status", status);
        w.WriteString("detail", detail);
        w.WriteEndObject();
    });

    public static string Discovery(IEnumerable<CdsServiceDefinition> services) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("services");
        foreach (var service in services)
        {
            w.WriteStartObject();
            w.WriteString("hook", service.Hook);
            w.WriteString("title", service.Title);
            w.WriteString("description", service.Description);
            w.WriteString("id", service.Id);
            w.WriteStartObject("prefetch");
            foreach (var (key, template) in service.Prefetch)
            {
                w.WriteString(key, template);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>A growable in-memory stream that hands back its UTF-8 text without an extra copy.</summary>
    private sealed class ArrayBufferWriterStream
    {
        public MemoryStream Stream { get; } = new(1024);

        public string Text() => Encoding.UTF8.GetString(Stream.GetBuffer(), 0, (int)Stream.Length);
    }
}
