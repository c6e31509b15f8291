using System.Text;

namespace Vertebra.Content.Import;

/// <summary>
/// Reads lines of strict UTF-8 text without letting one enormous line exhaust memory. Each line is decoded on its own,
/// so a mis-encoded byte is reported on the line that holds it.
/// </summary>
internal sealed class BoundedLineReader : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly int _maxLineChars;
    private readonly int _maxLineBytes;
    private readonly string _name;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _position;
    private int _length;
    private byte[] _line = new byte[1024];
    private int _lineLength;

    public BoundedLineReader(Stream stream, string name, int maxLineChars)
    {
        _stream = stream;
        _maxLineChars = maxLineChars;

        // One UTF-16 character takes at most three UTF-8 bytes; allow a trailing carriage return too.
        _maxLineBytes = (int)Math.Min(Array.MaxLength, (3L * maxLineChars) + 1);
        _name = name;
    }

    public int LineNumber { get; private set; }

    public string? ReadLine()
    {
        _lineLength = 0;
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = _stream.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    if (!any)
                    {
                        return null;
                    }

                    break;
                }
            }

            any = true;
            var available = _buffer.AsSpan(_position, _length - _position);
            var newline = available.IndexOf((byte)'\n');
            var take = newline < 0 ? available.Length : newline;
            Append(available[..take]);
            _position += newline < 0 ? take : take + 1;
            if (newline >= 0)
            {
                break;
            }
        }

        LineNumber++;
        var bytes = _line.AsSpan(0, _lineLength);
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        if (LineNumber == 1 && bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = Utf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ContentImportException(_name, LineNumber, "the text is not valid UTF-8. Save the file as UTF-8 and try again.", ex);
        }

        if (text.Length > _maxLineChars)
        {
            throw TooLong(LineNumber);
        }

        return text;
    }

    public void Dispose() => _stream.Dispose();

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if ((long)_lineLength + bytes.Length > _maxLineBytes)
        {
            throw TooLong(LineNumber + 1);
        }

        if (_lineLength + bytes.Length > _line.Length)
        {
            Array.Resize(ref _line, (int)Math.Min(_maxLineBytes, Math.Max(2L * _line.Length, _lineLength + bytes.Length)));
        }

        bytes.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += bytes.Length;
    }

    private ContentImportException TooLong(int line) =>
        new(_name, line, $"the line is longer than the limit of {_maxLineChars:N0} characters.");
}
