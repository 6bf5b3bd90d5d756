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

    public static Task WriteAsync(Stream output, CandidateStream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return TabularFileWriter.WriteCsvAsync(output, Headers, RowsOf(stream, ct), ct: ct);
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

    private static async IAsyncEnumerable<IReadOnlyList<object?>> RowsOf(CandidateStream stream, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in stream.Rows.WithCancellation(ct))
        {
            yield return Row(row, stream.Year);
        }
    }
}
