using System.Text;

namespace Vertebra.Content.Import;

/// <summary>Reads a whole file as strict UTF-8, refusing oversized, empty or mis-encoded input with a clear message.</summary>
internal static class StrictText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadFile(string path, ImportLimits limits, bool allowEmpty = false)
    {
        EnsureRegularFile(path);
        var info = new FileInfo(path);
        if (info.Length > limits.MaxFileBytes)
        {
            throw new ContentImportException(path, null,
                $"the file is {info.Length:N0} bytes; the limit is {limits.MaxFileBytes:N0} bytes.");
        }

        // The size is checked again while reading: a file may grow, and some files report no length.
        using var file = File.OpenRead(path);
        using var bytes = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            if (bytes.Length + read > limits.MaxFileBytes)
            {
                throw new ContentImportException(path, null, $"the file is over the limit of {limits.MaxFileBytes:N0} bytes.");
            }

            bytes.Write(buffer, 0, read);
        }

        return Decode(path, bytes.ToArray(), allowEmpty);
    }

    /// <summary>Refuses a path that does not exist or is not a regular file (a device or pipe could hang the read).</summary>
    public static void EnsureRegularFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ContentImportException(path, null, "the file does not exist.");
        }

        if (RegularFiles.Problem(path, followLink: true) is not null)
        {
            throw new ContentImportException(path, null, "it is not a regular file (a device, pipe or socket), so it cannot be imported.");
        }
    }

    public static string Decode(string name, byte[] bytes, bool allowEmpty = false)
    {
        string text;
        try
        {
            text = Utf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var line = LineOfByte(bytes, ex.Index);
            throw new ContentImportException(name, line, "the text is not valid UTF-8. Save the file as UTF-8 and try again.", ex);
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            throw new ContentImportException(name, null, "the file is empty.");
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static int LineOfByte(byte[] bytes, int index)
    {
        var line = 1;
        var end = Math.Clamp(index, 0, bytes.Length);
        for (var i = 0; i < end; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }
}
