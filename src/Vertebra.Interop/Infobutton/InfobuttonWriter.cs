using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace Vertebra.Interop.Infobutton;

/// <summary>Writes the feed as Atom 1.0 XML or as MedlinePlus Connect's JSON rendering of it (values under "_value").</summary>
internal static class InfobuttonWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";
    private const string Author = "Vertebra spine department";

    public static string Atom(InfobuttonFeed feed)
    {
        var text = new StringBuilder(4096);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false, Indent = false };
        using (var writer = XmlWriter.Create(new Utf8StringWriter(text), settings))
        {
            var updated = Timestamp(feed.Updated);
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", AtomNs);
            writer.WriteAttributeString("xmlns", "xsi", null, XsiNs);
            writer.WriteAttributeString("xml", "base", null, feed.BaseUrl);
            writer.WriteAttributeString("xml", "lang", null, "en");
            TextElement(writer, "title", feed.Title, "text");
            writer.WriteElementString("updated", AtomNs, updated);
            writer.WriteElementString("id", AtomNs, feed.Id);
            writer.WriteStartElement("author", AtomNs);
            writer.WriteElementString("name", AtomNs, Author);
            writer.WriteElementString("uri", AtomNs, feed.BaseUrl);
            writer.WriteEndElement();
            TextElement(writer, "subtitle", feed.Subtitle, "text");
            foreach (var (scheme, term) in Categories(feed.Request))
            {
                writer.WriteStartElement("category", AtomNs);
                writer.WriteAttributeString("scheme", scheme);
                writer.WriteAttributeString("term", term);
                writer.WriteEndElement();
            }

            foreach (var entry in feed.Entries)
            {
                writer.WriteStartElement("entry", AtomNs);
                writer.WriteAttributeString("xml", "lang", null, "en");
                TextElement(writer, "title", entry.Title, "text");
                writer.WriteStartElement("link", AtomNs);
                writer.WriteAttributeString("href", entry.Url);
                writer.WriteAttributeString("rel", "alternate");
                writer.WriteAttributeString("type", "text/html");
                writer.WriteEndElement();
                writer.WriteElementString("id", AtomNs, entry.Url);
                writer.WriteElementString("updated", AtomNs, updated);
                TextElement(writer, "summary", entry.SummaryHtml, "html");
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return text.ToString();
    }

    public static string Json(InfobuttonFeed feed)
    {
        using var stream = new MemoryStream(4096);
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var updated = Timestamp(feed.Updated);
            w.WriteStartObject();
            w.WriteStartObject("feed");
            w.WriteString("xsi", XsiNs);
            w.WriteString("base", feed.BaseUrl);
            w.WriteString("lang", "en");
            Value(w, "title", feed.Title, "text");
            Value(w, "updated", updated);
            Value(w, "id", feed.Id);
            w.WriteStartObject("author");
            Value(w, "name", Author);
            Value(w, "uri", feed.BaseUrl);
            w.WriteEndObject();
            Value(w, "subtitle", feed.Subtitle, "text");
            w.WriteStartArray("category");
            foreach (var (scheme, term) in Categories(feed.Request))
            {
                w.WriteStartObject();
                w.WriteString("scheme", scheme);
                w.WriteString("term", term);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("entry");
            foreach (var entry in feed.Entries)
            {
                w.WriteStartObject();
                w.WriteString("lang", "en");
                Value(w, "title", entry.Title, "text");
                w.WriteStartArray("link");
                w.WriteStartObject();
                w.WriteString("href", entry.Url);
                w.WriteString("rel", "alternate");
                w.WriteEndObject();
                w.WriteEndArray();
                Value(w, "id", entry.Url);
                Value(w, "updated", updated);
                Value(w, "summary", entry.SummaryHtml, "html");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static IEnumerable<(string Scheme, string Term)> Categories(InfobuttonRequest request)
    {
        if (request.Code is { } code)
        {
            yield return ("mainSearchCriteria.v.c", code);
            yield return ("mainSearchCriteria.v.cs", request.CodeSystem!);
        }

        if (request.DisplayName is { } dn)
        {
            yield return ("mainSearchCriteria.v.dn", dn);
        }

        yield return ("informationRecipient.languageCode.c", "en");
    }

    private static void TextElement(XmlWriter writer, string name, string value, string type)
    {
        writer.WriteStartElement(name, AtomNs);
        writer.WriteAttributeString("type", type);
        writer.WriteString(value);
        writer.WriteEndElement();
    }

    private static void Value(Utf8JsonWriter w, string name, string value, string? type = null)
    {
        w.WriteStartObject(name);
        w.WriteString("_value", value);
        if (type is not null)
        {
            w.WriteString("type", type);
        }

        w.WriteEndObject();
    }

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A StringWriter that declares UTF-8, so the XML declaration says encoding="utf-8".</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
