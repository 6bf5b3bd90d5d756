using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Imports.Files;

namespace ThiDua.Tests.Awards.Candidates;

/// <summary>The export's hand-built CSV line is the generic writer's line for the same row, whatever the text holds.</summary>
public sealed class CandidateCsvTests
{
    public static TheoryData<string, string, string?, string[], string[]> Rows => new()
    {
        { "LSN-0100", "Nguyễn Văn An", "2017", ["Xếp loại năm 2026: HTT (cần HTXS)", "Chỉ có 1 sáng kiến, cần 2"], ["Gương mẫu chấp hành"] },
        { "=SUM(A1)", "Trần \"Bé\" Ba", null, [], [] },
        { "-12", " Lê Thị, Cúc ", "2025", ["Dòng một\r\ndòng hai"], ["a, b", "c"] },
        { "@x", "\tTab", "2024", [new string('x', 3000), "y"], [new string('"', 700)] },
        { "+1", "Đỗ Văn Dũng\t", "", ["'quoted'"], [" "] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Line_IsTheGenericWritersLine(string code, string name, string? regime, string[] messages, string[] council)
    {
        var unmet = messages.Select((m, i) => new CandidateUnmet(i == 0 ? "RATING" : "INITIATIVE", m, "Điều 74")).ToList();
        var row = new CandidateRow("PERSON", 1, 2, code, name, "Phòng Thi hành án, khu vực 1", true, "F", AwardCode.Cstdcs,
            messages.Length == 0 ? Outcome.Eligible : Outcome.NotEligible, regime, unmet, council);

        Assert.Equal(TabularFileWriter.CsvLine(CandidateCsv.Row(row, 2026)), CandidateCsv.Line(row, 2026));
    }
}
