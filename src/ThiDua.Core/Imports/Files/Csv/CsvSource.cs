using System.Text;

namespace ThiDua.Core.Imports.Files.Csv;

/// <summary>
/// An accepted CSV: the whole content checked as UTF-8 up front (a Windows-1258 or TCVN3 file would otherwise turn into
/// replacement characters), and the delimiter (comma, semicolon or tab) chosen from the header line.
/// </summary>
internal sealed class CsvSource : ITableSource
{
    /// <summary>UTF-8 that throws on invalid bytes; its preamble makes <see cref="StreamReader"/> skip a BOM.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    private static readonly char[] Delimiters = [',', ';', '\t'];

    private readonly SeekableContent _content;
    private readonly char _delimiter;
    private readonly bool _skipSepLine;

    private CsvSource(SeekableContent content, char delimiter, bool skipSepLine)
    {
        _content = content;
        _delimiter = delimiter;
        _skipSepLine = skipSepLine;
    }

    public TabularFormat Format => TabularFormat.Csv;

    public static TabularOpenResult Open(SeekableContent content, string name, ImportLimits limits)
    {
        var problem = CheckEncoding(content.Stream, name);
        if (problem is not null)
        {
            return TabularOpenResult.Refused(problem);
        }

        var (delimiter, skipSepLine) = DetectDelimiter(content.Stream);
        return TableOpener.Open(new CsvSource(content, delimiter, skipSepLine), limits);
    }

    public IRowReader OpenRows() => new CsvRowReader(_content.Stream, _delimiter, _skipSepLine);

    public FileProblem? CheckLayout(int headerRowNumber) => null;

    public FileProblem? Explain(Exception exception) => exception is DecoderFallbackException ? FileMessages.NotUtf8() : null;

    public void Dispose() => _content.Dispose();

    /// <summary>Every byte valid UTF-8, and no NUL (a binary file that happens to start like text).</summary>
    private static FileProblem? CheckEncoding(Stream stream, string name)
    {
        stream.Position = 0;
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[64 * 1024];
        var chars = new char[StrictUtf8.GetMaxCharCount(buffer.Length)];
        int read;
        try
        {
            while ((read = stream.Read(buffer)) > 0)
            {
                if (buffer.AsSpan(0, read).Contains((byte)0))
                {
                    return FileMessages.NotCsv(name, "tệp chứa dữ liệu nhị phân");
                }

                // GetChars, not GetCharCount: only decoding carries a character split between two reads over.
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return null;
        }
        catch (DecoderFallbackException)
        {
            return FileMessages.NotUtf8();
        }
        finally
        {
            stream.Position = 0;
        }
    }

    /// <summary>
    /// Excel's "sep=;" first line names the delimiter; otherwise the one of comma, semicolon and tab found most often
    /// outside quotes on the first non-blank line (a comma when none is).
    /// </summary>
    private static (char Delimiter, bool SkipSepLine) DetectDelimiter(Stream stream)
    {
        stream.Position = 0;
        using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var buffer = new char[16 * 1024];
        var text = buffer.AsSpan(0, reader.ReadBlock(buffer));
        stream.Position = 0;

        if (text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && text.Length >= 5 && (text.Length == 5 || text[5] is '\r' or '\n'))
        {
            return (text[4], true);
        }

        var counts = new int[Delimiters.Length];
        var quoted = false;
        var seenContent = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                if (seenContent)
                {
                    break;
                }
            }
            else if (!quoted && Array.IndexOf(Delimiters, c) is var index and >= 0)
            {
                counts[index]++;
            }

            seenContent |= !char.IsWhiteSpace(c);
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            best = counts[i] > counts[best] ? i : best;
        }

        return (Delimiters[best], false);
    }
}
