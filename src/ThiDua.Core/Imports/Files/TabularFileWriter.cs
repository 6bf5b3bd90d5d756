using System.Buffers;
using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace ThiDua.Core.Imports.Files;

/// <summary>
/// Writes tables (import templates, error reports, exports) that <see cref="TabularFileReader"/> reads back as written.
/// Values: text, numbers and booleans as themselves; <see cref="DateOnly"/> as dd/MM/yyyy text (and
/// <see cref="DateTime"/> as dd/MM/yyyy HH:mm), so that the officer sees the same date whatever the locale of Excel and
/// <see cref="CellParsers.TryDate"/> reads it back; anything else through its invariant string form.
/// </summary>
public static class TabularFileWriter
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);
    private static readonly SearchValues<char> ForbiddenInSheetNames = SearchValues.Create(@":\/?*[]");
    private static readonly SearchValues<char> NeedQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>
    /// One sheet: a plain header row (MiniExcel 1.x cannot make it bold; its coloured default is dropped), frozen and
    /// with filters, then the rows. Header names must be unique.
    /// </summary>
    public static void WriteXlsx(Stream output, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        CheckSheetName(sheetName);
        CheckHeaders(headers);
        ArgumentNullException.ThrowIfNull(rows);

        var configuration = new OpenXmlConfiguration { TableStyles = TableStyles.None, Culture = CultureInfo.InvariantCulture };
        output.SaveAs(AsDictionaries(headers, rows), printHeader: true, sheetName: sheetName, excelType: ExcelType.XLSX, configuration: configuration);
    }

    /// <summary>
    /// UTF-8 with BOM (so that Excel detects the encoding), comma-separated, CRLF, RFC 4180 quoting. Text starting with
    /// =, +, -, @, tab or carriage return gets a leading apostrophe so that a spreadsheet never runs it as a formula
    /// (CSV injection). Numbers use the invariant culture; one that would read as a Vietnamese thousands group
    /// ("1.234") gets a trailing zero ("1.2340") so that it reads back as the same decimal.
    /// </summary>
    public static void WriteCsv(Stream output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        CheckHeaders(headers);
        ArgumentNullException.ThrowIfNull(rows);

        using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        WriteCsvLine(writer, headers.Select(h => (object?)h).ToList());
        foreach (var row in rows)
        {
            CheckWidth(row, headers.Count);
            WriteCsvLine(writer, row);
        }
    }

    /// <summary>
    /// <see cref="WriteCsv"/> for rows that arrive asynchronously (streamed exports): the same format, written with
    /// asynchronous I/O only (an HTTP response refuses synchronous writes) and flushed every <paramref name="flushEvery"/>
    /// rows so that the reader sees the file grow while memory stays flat.
    /// </summary>
    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, int flushEvery = 10_000, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        CheckHeaders(headers);
        ArgumentNullException.ThrowIfNull(rows);

        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        var line = new StringBuilder(256);
        await writer.WriteAsync(CsvLine(line, headers.Select(h => (object?)h).ToList()), ct);
        var written = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            CheckWidth(row, headers.Count);
            await writer.WriteAsync(CsvLine(line, row), ct);
            if (++written % flushEvery == 0)
            {
                await writer.FlushAsync(ct);
            }
        }

        await writer.FlushAsync(ct);
    }

    /// <summary>
    /// Writes CSV lines made beforehand by <see cref="CsvLine(IReadOnlyList{object?})"/> (e.g. on several threads), with
    /// the header line first: the same file as <see cref="WriteCsvAsync"/> writes for the same rows.
    /// </summary>
    public static async Task WriteCsvLinesAsync(Stream output, IReadOnlyList<string> headers, IAsyncEnumerable<string> lines, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        CheckHeaders(headers);
        ArgumentNullException.ThrowIfNull(lines);

        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 256 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteAsync(CsvLine(new StringBuilder(256), headers.Select(h => (object?)h).ToList()), ct);
        await foreach (var line in lines.WithCancellation(ct))
        {
            await writer.WriteAsync(line.AsMemory(), ct);
        }

        await writer.FlushAsync(ct);
    }

    /// <summary>One CSV line with its CRLF, as <see cref="WriteCsvAsync"/> writes it; safe to call from several threads.</summary>
    public static string CsvLine(IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var line = _line ??= new StringBuilder(1024);
        var text = CsvLine(line, values).ToString();
        if (line.Capacity > 64 * 1024)
        {
            _line = null;
        }

        return text;
    }

    [ThreadStatic]
    private static StringBuilder? _line;

    /// <summary>
    /// Appends one field as <see cref="CsvLine(IReadOnlyList{object?})"/> writes a text value (defused, quoted when
    /// needed), without an intermediate string: for writers that build very many lines by hand.
    /// </summary>
    public static void AppendCsvField(StringBuilder line, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(line);
        var defuse = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        var quote = text.ContainsAny(NeedQuotes)
            || (!defuse && text.Length > 0 && char.IsWhiteSpace(text[0])) || (text.Length > 0 && char.IsWhiteSpace(text[^1]));
        if (quote)
        {
            line.Append('"');
        }

        if (defuse)
        {
            line.Append('\'');
        }

        if (quote && text.Contains('"'))
        {
            foreach (var c in text)
            {
                line.Append(c);
                if (c == '"')
                {
                    line.Append('"');
                }
            }
        }
        else
        {
            line.Append(text);
        }

        if (quote)
        {
            line.Append('"');
        }
    }

    private static IEnumerable<IDictionary<string, object?>> AsDictionaries(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var any = false;
        foreach (var row in rows)
        {
            CheckWidth(row, headers.Count);
            any = true;
            yield return ToDictionary(headers, i => i < row.Count ? ForXlsx(row[i]) : null);
        }

        if (!any)
        {
            // MiniExcel takes the header from the first row: an empty table still needs its header.
            yield return ToDictionary(headers, _ => null);
        }
    }

    private static Dictionary<string, object?> ToDictionary(IReadOnlyList<string> headers, Func<int, object?> value)
    {
        var dictionary = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            dictionary.Add(headers[i], value(i));
        }

        return dictionary;
    }

    private static object? ForXlsx(object? value) => value switch
    {
        null or string or bool => value,
        byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal => value,
        _ => Text(value),
    };

    private static void WriteCsvLine(StreamWriter writer, IReadOnlyList<object?> values) =>
        writer.Write(CsvLine(new StringBuilder(256), values));

    /// <summary>One CSV line with its CRLF, in <paramref name="line"/> (cleared first, so a caller can reuse it).</summary>
    private static StringBuilder CsvLine(StringBuilder line, IReadOnlyList<object?> values)
    {
        line.Clear();
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Quote(CsvText(values[i])));
        }

        return line.Append("\r\n");
    }

    private static string CsvText(object? value) => value switch
    {
        null => string.Empty,
        string text => Defuse(text),
        bool flag => flag ? "TRUE" : "FALSE",
        double or float or decimal => Unambiguous(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
        _ => Text(value),
    };

    private static string Text(object value) => value switch
    {
        DateOnly date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>OWASP's advice for CSV injection: text a spreadsheet would take for a formula starts with an apostrophe.</summary>
    private static string Defuse(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Unambiguous(string number)
    {
        var dot = number.IndexOf('.', StringComparison.Ordinal);
        var digitsBefore = dot - (number.StartsWith('-') ? 1 : 0);
        return dot > 0 && number.Length - dot - 1 == 3 && digitsBefore is >= 1 and <= 3 && number[dot - digitsBefore] != '0'
            ? number + "0"
            : number;
    }

    private static string Quote(string text) =>
        text.AsSpan().ContainsAny(NeedQuotes) || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;

    /// <summary>Excel's rules: 1–31 characters, none of : \ / ? * [ ].</summary>
    private static void CheckSheetName(string sheetName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        if (sheetName.Length > 31 || sheetName.AsSpan().ContainsAny(ForbiddenInSheetNames))
        {
            throw new ArgumentException("Excel sheet names have at most 31 characters and none of : \\ / ? * [ ].", nameof(sheetName));
        }
    }

    private static void CheckHeaders(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.Count == 0)
        {
            throw new ArgumentException("At least one header is needed.", nameof(headers));
        }

        if (headers.Distinct(StringComparer.Ordinal).Count() != headers.Count)
        {
            throw new ArgumentException("Header names must be unique.", nameof(headers));
        }
    }

    private static void CheckWidth(IReadOnlyList<object?> row, int width)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Count > width)
        {
            throw new ArgumentException($"A row has {row.Count} values for {width} headers.", nameof(row));
        }
    }
}
