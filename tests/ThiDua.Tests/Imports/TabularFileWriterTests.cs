using System.IO.Compression;
using System.Text;
using ThiDua.Core.Imports.Files;
using static ThiDua.Tests.Imports.TestFiles;

namespace ThiDua.Tests.Imports;

/// <summary>Requirement 8: what the writer writes, the reader reads back as written.</summary>
public sealed class TabularFileWriterTests
{
    private static readonly string[] Headers = ["Họ và tên", "Ngày sinh", "Số năm công tác", "Điểm", "Đạt", "Ghi chú"];

    private static readonly IReadOnlyList<object?>[] Data =
    [
        ["Nguyễn Văn An", new DateOnly(1990, 2, 5), 12, 8.75m, true, "=SUM(A1:A9)"],
        ["Đặng Thị Thu Hà", new DateOnly(1985, 12, 31), 20L, 9.5, false, "Hoàn thành xuất sắc nhiệm vụ; “trích dẫn”, dấu phẩy"],
        ["Trương Văn Ứng", null, 0, 1.234, null, "Dòng một\nDòng hai"],
    ];

    [Fact]
    public void Xlsx_RoundTrip_ReadsBackWhatWasWritten()
    {
        var bytes = WriteXlsx(Headers, Data);
        using var file = OpenOk(bytes, "xuat.xlsx");
        Assert.Equal(Headers, file.Headers);
        var rows = file.ReadRows().ToList();
        Assert.Equal([2, 3, 4], rows.Select(r => r.RowNumber));

        Assert.Equal("Nguyễn Văn An", rows[0][0].Text);
        Assert.Equal("05/02/1990", rows[0][1].Text);
        Assert.True(CellParsers.TryDate(rows[0][1], out var born, out _));
        Assert.Equal(new DateOnly(1990, 2, 5), born);
        Assert.Equal(12, rows[0][2].Number);
        Assert.Equal(8.75, rows[0][3].Number);
        Assert.True(CellParsers.TryBool(rows[0][4], out var passed, out _) && passed);
        Assert.Equal("=SUM(A1:A9)", rows[0][5].Text);
        Assert.False(rows[0][5].IsFormulaWithoutValue);

        Assert.Equal("Đặng Thị Thu Hà", rows[1][0].Text);
        Assert.Equal(20, rows[1][2].Number);
        Assert.Equal(9.5, rows[1][3].Number);
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ; “trích dẫn”, dấu phẩy", rows[1][5].Text);

        Assert.True(rows[2][1].IsEmpty);
        Assert.Equal(0, rows[2][2].Number);
        Assert.Equal(1.234, rows[2][3].Number);
        Assert.True(rows[2][4].IsEmpty);
        Assert.Equal("Dòng một\nDòng hai", rows[2][5].Text);
    }

    [Fact]
    public void Xlsx_FormulaLookingText_IsStoredAsText_NeverAsAFormula()
    {
        var sheet = Part(WriteXlsx(["A"], [["=HYPERLINK(\"http://x\",\"y\")"]]), "xl/worksheets/sheet1.xml");
        Assert.DoesNotContain("<x:f>", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_UsesTheGivenSheetName_AndAPlainHeader()
    {
        var bytes = WriteXlsx(Headers, Data, "Danh sách cán bộ");
        Assert.Contains("Danh sách cán bộ", Part(bytes, "xl/workbook.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("284472C4", Part(bytes, "xl/styles.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_ControlCharactersAndOoxmlEscapes_RoundTrip()
    {
        var row = Assert.Single(Rows(WriteXlsx(["A", "B"], [["x\u0001y\u000Bz", "a_x0041_b"]]), "a.xlsx"));
        Assert.Equal("x\u0001y\u000Bz", row[0].Text);
        Assert.Equal("a_x0041_b", row[1].Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Quý 1/2024")]
    [InlineData("Danh sách cán bộ được đề nghị khen thưởng")]
    public void Xlsx_SheetNamesExcelRefuses_AreAProgrammingError(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => WriteXlsx(["A"], [], name));

    [Fact]
    public void Xlsx_WithNoRows_StillHasItsHeader()
    {
        using var file = OpenOk(WriteXlsx(["Họ và tên", "Năm"], []), "mau.xlsx");
        Assert.Equal(["Họ và tên", "Năm"], file.Headers);
        Assert.Empty(file.ReadRows());
    }

    [Fact]
    public void Csv_StartsWithABom_AndRoundTrips()
    {
        var bytes = WriteCsv(Headers, Data);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        using var file = OpenOk(bytes, "xuat.csv");
        Assert.Equal(Headers, file.Headers);
        var rows = file.ReadRows().ToList();
        Assert.Equal([2, 3, 4], rows.Select(r => r.RowNumber));
        Assert.Equal(["Nguyễn Văn An", "05/02/1990", "12", "8.75", "TRUE", "'=SUM(A1:A9)"], Texts(rows[0]));
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ; “trích dẫn”, dấu phẩy", rows[1][5].Text);
        Assert.Equal("Dòng một\nDòng hai", rows[2][5].Text);
        Assert.True(CellParsers.TryDecimal(rows[2][3], out var ambiguousLooking, out var error), error);
        Assert.Equal(1.234m, ambiguousLooking);
        Assert.True(CellParsers.TryDecimal(rows[0][3], out var score, out _));
        Assert.Equal(8.75m, score);
    }

    [Fact]
    public void Csv_QuotesPerRfc4180_AndUsesCrLf()
    {
        var text = Encoding.UTF8.GetString(WriteCsv(["A", "B"], [["x,y", "nói \"chào\""], ["  cách  ", "dòng\nmới"], [null, 5]])[3..]);
        Assert.Equal("A,B\r\n\"x,y\",\"nói \"\"chào\"\"\"\r\n\"  cách  \",\"dòng\nmới\"\r\n,5\r\n", text);
    }

    [Theory]
    [InlineData("=1+2")]
    [InlineData("+84912345678")]
    [InlineData("-5")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tx")]
    public void Csv_TextThatASpreadsheetWouldRun_GetsAnApostrophe(string value)
    {
        var text = Encoding.UTF8.GetString(WriteCsv(["A"], [[value]])[3..]);
        Assert.StartsWith("A\r\n", text, StringComparison.Ordinal);
        Assert.Equal("A\r\n'" + value + "\r\n", text);
    }

    [Fact]
    public void Csv_NegativeNumbers_AreNotDefused()
    {
        var text = Encoding.UTF8.GetString(WriteCsv(["A"], [[-5], [-1.5m]])[3..]);
        Assert.Equal("A\r\n-5\r\n-1.5\r\n", text);
    }

    [Fact]
    public void DuplicateHeaders_AreAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() => WriteXlsx(["A", "A"], []));
        Assert.Throws<ArgumentException>(() => WriteCsv(["A", "A"], []));
    }

    [Fact]
    public void RowsWiderThanTheHeader_AreAProgrammingError() =>
        Assert.Throws<ArgumentException>(() => WriteCsv(["A"], [[1, 2]]));

    private static byte[] WriteXlsx(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, string sheet = "Dữ liệu")
    {
        using var output = new MemoryStream();
        TabularFileWriter.WriteXlsx(output, sheet, headers, rows);
        return output.ToArray();
    }

    private static byte[] WriteCsv(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var output = new MemoryStream();
        TabularFileWriter.WriteCsv(output, headers, rows);
        return output.ToArray();
    }

    private static string Part(byte[] xlsx, string path)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.GetEntry(path)!.Open());
        return reader.ReadToEnd();
    }
}
