using System.Text;

namespace Vertebra.Content.Import;

/// <summary>Reads lines of strict UTF-8 text without letting one enormous line exhaust memory.</summary>
internal sealed class BoundedLineReader : IDisposable
{
    private readonly StreamReader _reader;
    private readonly int _maxLineChars;
    private readonly string _name;
    private readonly StringBuilder _line = new();

    public BoundedLineReader(Stream stream, string name, int maxLineChars)
    {
        _reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        _maxLineChars = maxLineChars;
        _name = name;
    }

    public int LineNumber { get; private set; }

    public string? ReadLine()
    {
        _line.Clear();
        var any = false;
        while (true)
        {
            int c;
            try
            {
                c = _reader.Read();
            }
            catch (DecoderFallbackException ex)
            {
                throw new ContentImportException(_name, LineNumber + 1, "the text is not valid UTF-8. Save the file as UTF-8 and try again.", ex);
            }

            if (c < 0)
            {
                if (!any)
                {
                    return null;
                }

                break;
            }

            any = true;
            if (c == '\n')
            {
                break;
            }

            if (_line.Length >= _maxLineChars)
            {
                throw new ContentImportException(_name, LineNumber + 1, $"the line is longer than the limit of {_maxLineChars:N0} characters.");
            }

            _line.Append((char)c);
        }

        LineNumber++;
        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }

        if (LineNumber == 1 && _line.Length > 0 && _line[0] == '\uFEFF')
        {
            _line.Remove(0, 1);
        }

        return _line.ToString();
    }

    public void Dispose() => _reader.Dispose();
}
