using System.Text;

namespace ThiDua.Core.Imports.Files.Csv;

/// <summary>
/// RFC 4180 records from UTF-8 text: fields separated by the delimiter, quoted fields with "" for a quote and line
/// breaks inside, CRLF, LF or CR between records. A record's number is the physical line where it starts. Every field is
/// text: "=SUM(A1)" stays the string it is. Lenient where Excel is (a stray quote inside an unquoted field is kept);
/// a quote opened and never closed is refused, since it would swallow the rest of the file.
/// </summary>
internal sealed class CsvRowReader : IRowReader
{
    private const int Eof = -1;

    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly StringBuilder _field = new();
    private readonly char[] _buffer = new char[32 * 1024];
    private int _position;
    private int _length;
    private int _line = 1;

    public CsvRowReader(Stream content, char delimiter, bool skipFirstLine)
    {
        content.Position = 0;
        _reader = new StreamReader(content, CsvSource.StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 32 * 1024, leaveOpen: true);
        _delimiter = delimiter;
        if (skipFirstLine)
        {
            SkipLine();
        }
    }

    public bool TryReadRow(RowBuffer row)
    {
        while (Peek() != Eof)
        {
            row.Start(_line);
            ReadRecord(row);
            if (row.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose() => _reader.Dispose();

    private void ReadRecord(RowBuffer row)
    {
        var startLine = _line;
        for (var column = 0; ; column++)
        {
            var recordEnded = ReadField(startLine);
            row.SetText(column, _field.Length == 0 ? null : _field.ToString());
            if (recordEnded)
            {
                return;
            }
        }
    }

    /// <summary>Reads one field into <see cref="_field"/>; true when it ended the record.</summary>
    private bool ReadField(int startLine)
    {
        _field.Clear();
        if (Peek() == '"')
        {
            Read();
            ReadQuoted(startLine);
        }

        while (true)
        {
            var c = Peek();
            if (c == Eof)
            {
                return true;
            }

            Read();
            if (c == _delimiter)
            {
                return false;
            }

            if (c == '\n')
            {
                return true;
            }

            if (c == '\r')
            {
                if (Peek() == '\n')
                {
                    Read();
                }

                return true;
            }

            _field.Append((char)c);
        }
    }

    private void ReadQuoted(int startLine)
    {
        while (true)
        {
            var c = Read();
            switch (c)
            {
                case Eof:
                    throw new TabularFileException(FileMessages.UnterminatedQuote(startLine));
                case '"' when Peek() == '"':
                    Read();
                    _field.Append('"');
                    break;
                case '"':
                    return;
                case '\r' when Peek() == '\n':
                    break; // CRLF inside a cell becomes LF, as Excel stores it
                default:
                    _field.Append((char)c);
                    break;
            }
        }
    }

    private void SkipLine()
    {
        int c;
        while ((c = Read()) is not Eof and not '\n')
        {
            if (c == '\r')
            {
                if (Peek() == '\n')
                {
                    Read();
                }

                return;
            }
        }
    }

    private int Peek()
    {
        if (_position == _length)
        {
            _length = _reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            if (_length == 0)
            {
                return Eof;
            }
        }

        return _buffer[_position];
    }

    /// <summary>Consumes one character, counting physical lines (CRLF counts once, on its LF).</summary>
    private int Read()
    {
        var c = Peek();
        if (c == Eof)
        {
            return Eof;
        }

        _position++;
        if (c == '\n' || (c == '\r' && Peek() != '\n'))
        {
            _line++;
        }

        return c;
    }
}
