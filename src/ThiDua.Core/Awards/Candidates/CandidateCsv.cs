using System.Globalization;
using System.Text;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Imports.Files;

namespace ThiDua.Core.Awards.Candidates;

/// <summary>
/// The streamed candidate list as CSV (UTF-8 with BOM, Vietnamese headers): one row per person and title or form,
/// written as the rows arrive. Shared by <c>thidua candidates export</c> and <c>GET /api/v1/awards/candidates/export?format=csv</c>.
/// </summary>
public static class CandidateCsv
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Mã công chức", "Họ và tên", "Đơn vị", "Lãnh đạo", "Giới tính", "Mã danh hiệu", "Danh hiệu, hình thức", "Mã kết quả", "Kết quả",
        "Mã chưa đạt", "Lý do chưa đạt", "Cần Hội đồng xem xét", "Chế độ pháp lý", "Năm thi đua",
    ];

    /// <summary>The file name offered for download: danh-sach-de-xuat-YEAR.csv.</summary>
    public static string FileName(int year) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"danh-sach-de-xuat-{year}.csv");

    /// <summary>
    /// Writes the header and the rows. Each row's line is made on the worker that judged it (the export's bulk is text:
    /// the reasons in words), so the writer only copies finished lines to the stream.
    /// </summary>
    public static Task WriteAsync(Stream output, CandidateStream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return TabularFileWriter.WriteCsvLinesAsync(output, Headers, stream.Map(row => Line(row, stream.Year), ct), ct);
    }

    /// <summary>
    /// The CSV line of a row with its CRLF: the same text as the generic writer makes of <see cref="Row"/>, built in one
    /// reused buffer per thread (a million people make nine million lines; the generic path allocated several strings a field).
    /// </summary>
    public static string Line(CandidateRow row, int year)
    {
        ArgumentNullException.ThrowIfNull(row);
        var line = _line ??= new StringBuilder(1024);
        line.Clear();
        TabularFileWriter.AppendCsvField(line, row.Code);
        Field(line, row.Name);
        Field(line, row.UnitName);
        Field(line, row.IsLeader is true ? "Có" : "Không");
        Field(line, row.Gender == "F" ? "Nữ" : "Nam");
        Field(line, Codes.Of(row.Target));
        Field(line, VietnameseText.Name(row.Target));
        Field(line, Codes.Of(row.Outcome));
        Field(line, VietnameseText.Name(row.Outcome));
        Joined(line, row.Unmet, ", ", static u => u.Code);
        Joined(line, row.Unmet, "; ", static u => u.Message);
        Joined(line, row.Council, "; ", static c => c);
        Field(line, row.Regime ?? string.Empty);
        Span<char> digits = stackalloc char[11];
        year.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        line.Append(',').Append(digits[..length]).Append("\r\n");
        var text = line.ToString();
        if (line.Capacity > 64 * 1024)
        {
            _line = null;
        }

        return text;
    }

    [ThreadStatic]
    private static StringBuilder? _line;

    [ThreadStatic]
    private static char[]? _joined;

    private static void Field(StringBuilder line, string text) => TabularFileWriter.AppendCsvField(line.Append(','), text);

    /// <summary>The items' texts joined by the separator, as one field (quoting must see the whole text).</summary>
    private static void Joined<T>(StringBuilder line, IReadOnlyList<T> items, string separator, Func<T, string> text)
    {
        var buffer = _joined ??= new char[1024];
        var length = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var part = text(items[i]);
            var needed = length + part.Length + (i > 0 ? separator.Length : 0);
            if (needed > buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
                _joined = buffer.Length <= 64 * 1024 ? buffer : null;
            }

            if (i > 0)
            {
                separator.CopyTo(buffer.AsSpan(length));
                length += separator.Length;
            }

            part.CopyTo(buffer.AsSpan(length));
            length += part.Length;
        }

        TabularFileWriter.AppendCsvField(line.Append(','), buffer.AsSpan(0, length));
    }

    public static IReadOnlyList<object?> Row(CandidateRow row, int year)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.Code, row.Name, row.UnitName, row.IsLeader is true ? "Có" : "Không", row.Gender == "F" ? "Nữ" : "Nam",
            Codes.Of(row.Target), VietnameseText.Name(row.Target), Codes.Of(row.Outcome), VietnameseText.Name(row.Outcome),
            string.Join(", ", row.Unmet.Select(u => u.Code)), string.Join("; ", row.Unmet.Select(u => u.Message)), string.Join("; ", row.Council), row.Regime, year,
        ];
    }
}
