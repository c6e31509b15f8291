using System.IO.Compression;
using System.Text.Json;
using Vertebra.Content.Model;

namespace Vertebra.Content.Import;

/// <summary>
/// Reads question–answer pairs, one JSON object a line (<c>id</c>, <c>question</c> required; <c>source</c>, <c>focus</c>,
/// <c>qtype</c>, <c>answer</c>, <c>url</c>, <c>licence</c> optional), plain or gzipped. Attribution is kept with each pair.
/// </summary>
public static class QaJsonlImporter
{
    public static ContentBatch Read(string path, string defaultLicence = MedQuadSources.Licence, ImportLimits? limits = null,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        limits ??= ImportLimits.Default;
        StrictText.EnsureRegularFile(path);
        var info = new FileInfo(path);

        if (info.Length == 0)
        {
            throw new ContentImportException(path, null, "the file is empty.");
        }

        using var file = File.OpenRead(path);
        var gzip = IsGzip(file);
        Stream stream = gzip ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : file;
        using var limited = new LimitedStream(stream, limits.MaxStreamBytes, path);
        using var reader = new BoundedLineReader(limited, path, limits.MaxLineChars);

        var batch = new ContentBatch();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            while (reader.ReadLine() is { } line)
            {
                if ((reader.LineNumber & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new ImportProgress(file.Position, info.Length, "bytes"));
                }

                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var pair = ParseLine(line, path, reader.LineNumber, defaultLicence);
                if (pair.Url is { } url && !WebLinks.IsWebAddress(url))
                {
                    batch.Skipped.Add(new ImportSkip($"{path}, line {reader.LineNumber}", WebLinks.DroppedReason(url)));
                    pair = pair with { Url = null };
                }

                if (!ids.Add(pair.Id))
                {
                    batch.Skipped.Add(new ImportSkip($"{path}, line {reader.LineNumber}", $"the id '{pair.Id}' appears again; the first one is kept."));
                    continue;
                }

                batch.QaPairs.Add(pair);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ContentImportException(path, reader.LineNumber + 1, "the gzip data is damaged.", ex);
        }

        if (batch.QaPairs.Count == 0)
        {
            throw new ContentImportException(path, null, "the file holds no question–answer pairs.");
        }

        progress?.Report(new ImportProgress(info.Length, info.Length, "bytes"));
        return batch;
    }

    private static QaPair ParseLine(string line, string path, int lineNumber, string defaultLicence)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new ContentImportException(path, lineNumber, $"the line is not valid JSON ({ex.Message}).", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ContentImportException(path, lineNumber, "each line must be one JSON object.");
            }

            var id = Text(root, "id");
            var question = Text(root, "question");
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ContentImportException(path, lineNumber, "the field 'id' is missing or empty.");
            }

            if (string.IsNullOrWhiteSpace(question))
            {
                throw new ContentImportException(path, lineNumber, $"the field 'question' is missing or empty (id '{id}').");
            }

            var licence = Text(root, "licence") ?? Text(root, "license");
            return new QaPair
            {
                Id = id.Trim(),
                Source = Text(root, "source")?.Trim() ?? "",
                Focus = Text(root, "focus")?.Trim() ?? "",
                QuestionType = Text(root, "qtype")?.Trim() ?? "",
                Question = question.Trim(),
                Answer = Text(root, "answer")?.Trim() ?? "",
                Url = Text(root, "url")?.Trim() is { Length: > 0 } url ? url : null,
                Licence = string.IsNullOrWhiteSpace(licence) ? defaultLicence : licence.Trim(),
            };
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsGzip(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var n = file.Read(magic);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
}
