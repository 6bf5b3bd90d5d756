using System.Text;
using ThiDua.Core.Imports.Files;
using static ThiDua.Tests.Imports.TestFiles;

namespace ThiDua.Tests.Imports;

/// <summary>Requirement 4: UTF-8 only, delimiter from the header line, RFC 4180 quoting, physical line numbers, formulas kept as text.</summary>
public sealed class CsvReadingTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf8_WithOrWithoutBom_IsRead(bool bom)
    {
        using var file = OpenOk(Csv("Họ và tên,Đơn vị\nNguyễn Văn An,Phòng Tổ chức\n", bom), "a.csv");
        Assert.Equal(TabularFormat.Csv, file.Format);
        Assert.Equal(["Họ và tên", "Đơn vị"], file.Headers);
        var row = Assert.Single(file.ReadRows());
        Assert.Equal(["Nguyễn Văn An", "Phòng Tổ chức"], Texts(row));
        Assert.Null(row[0].Number);
    }

    [Fact]
    public void InvalidUtf8_IsRefused_NamingTheLikelyEncodings()
    {
        var bytes = Encoding.Latin1.GetBytes("Ho ten,Don vi\nH\u00e0 N\u00f4i,Ph\u00f2ng\n");
        var problem = Refused(bytes, "a.csv");
        Assert.Equal(FileProblemKind.NotUtf8, problem.Kind);
        Assert.Equal("Tệp CSV không phải mã UTF-8 (có thể là bảng mã Windows-1258 hoặc TCVN3): hãy lưu lại dạng CSV UTF-8.", problem.Message);
    }

    [Fact]
    public void InvalidUtf8FarIntoTheFile_IsRefusedAtOnce()
    {
        var bytes = Csv("Tên,Năm\n" + string.Concat(Enumerable.Repeat("Nguyễn Văn An,2024\n", 5000)));
        bytes[^3] = 0xC3;
        Assert.Equal(FileProblemKind.NotUtf8, Refused(bytes, "a.csv").Kind);
    }

    [Fact]
    public void MultiByteCharactersAcrossReadBuffers_AreValidUtf8()
    {
        // "ễ" takes three bytes; put one across the 64 KiB boundary of the validation pass.
        var bytes = Csv("Tên\n" + new string('a', (64 * 1024) - 14) + "\nNguyễn\n");
        Assert.Equal(0xE1, bytes[(64 * 1024) - 1]);
        Assert.Equal(2, Rows(bytes, "a.csv").Count);
    }

    [Fact]
    public void Utf16_IsRefusedAsNotUtf8()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Tên\tNăm\r\nAn\t2024\r\n")).ToArray();
        Assert.Equal(FileProblemKind.NotUtf8, Refused(bytes, "a.csv").Kind);
    }

    [Theory]
    [InlineData("Tên;Năm;Ghi chú\nAn;2024;a,b\n", "a,b")]
    [InlineData("Tên\tNăm\tGhi chú\nAn\t2024\ta;b\n", "a;b")]
    [InlineData("Tên,Năm,Ghi chú\nAn,2024,a;b\n", "a;b")]
    [InlineData("\"Tên; họ\",Năm,Ghi chú\nAn,2024,x\n", "x")]
    [InlineData("sep=;\nTên;Năm;Ghi chú\nAn;2024;a,b\n", "a,b")]
    public void Delimiter_IsDetectedFromTheHeaderLine(string text, string lastCell)
    {
        using var file = OpenOk(Csv(text), "a.csv");
        Assert.Equal(3, file.Headers.Count);
        var row = Assert.Single(file.ReadRows());
        Assert.Equal("An", row[0].Text);
        Assert.Equal(lastCell, row[2].Text);
    }

    [Fact]
    public void QuotedFields_KeepDelimitersQuotesAndLineBreaks_AndRowsNumberTheirFirstLine()
    {
        const string text = "Họ tên,Ghi chú\r\n"
            + "An,\"dòng một\r\ndòng hai\"\r\n"
            + "Bình,\"nói \"\"xin chào\"\", rồi đi\"\r\n"
            + "\r\n"
            + "Chi,\"\"\r\n";
        var rows = Rows(Csv(text), "a.csv");
        Assert.Equal([2, 4, 6], rows.Select(r => r.RowNumber));
        Assert.Equal("dòng một\ndòng hai", rows[0][1].Text);
        Assert.Equal("nói \"xin chào\", rồi đi", rows[1][1].Text);
        Assert.True(rows[2][1].IsEmpty);
    }

    [Fact]
    public void LineEndings_LfCrLfAndCr_AreAllRecordSeparators()
    {
        var rows = Rows(Csv("Tên\nAn\r\nBình\rChi"), "a.csv");
        Assert.Equal(["An", "Bình", "Chi"], rows.Select(r => r[0].Text));
        Assert.Equal([2, 3, 4], rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void BlankLinesAndDelimiterOnlyLines_AreSkipped()
    {
        var rows = Rows(Csv("\n\nTên,Năm\n,\n  ,  \nAn,2024\n"), "a.csv");
        var row = Assert.Single(rows);
        Assert.Equal(6, row.RowNumber);
    }

    [Fact]
    public void FormulaLookingCells_StayText()
    {
        var row = Assert.Single(Rows(Csv("A,B,C,D\n=1+2,+84912345678,-5,@SUM(A1:A9)\n"), "a.csv"));
        Assert.Equal(["=1+2", "+84912345678", "-5", "@SUM(A1:A9)"], Texts(row));
        Assert.All(row.Cells, c => Assert.Null(c.Number));
    }

    [Fact]
    public void UnterminatedQuote_NearTheTop_RefusesTheFile_NamingTheLine()
    {
        var problem = Refused(Csv("Tên,Ghi chú\nAn,x\nBình,\"chưa đóng\nChi,y\n"), "a.csv");
        Assert.Equal(FileProblemKind.Corrupt, problem.Kind);
        Assert.Contains("dòng 3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnterminatedQuote_FurtherDown_StopsTheReading()
    {
        var text = "Tên,Ghi chú\n" + string.Concat(Enumerable.Range(2, 300).Select(i => $"Người {i},x\n")) + "Cuối,\"mở\n";
        using var file = OpenOk(Csv(text), "a.csv");
        var read = 0;
        var exception = Assert.Throws<TabularFileException>(() =>
        {
            foreach (var unused in file.ReadRows())
            {
                read++;
            }
        });
        Assert.Equal(300, read);
        Assert.Contains("dòng 302", exception.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StrayQuoteInsideAnUnquotedField_IsKept() =>
        Assert.Equal("5\" màn hình", Assert.Single(Rows(Csv("Mô tả\n5\" màn hình\n"), "a.csv"))[0].Text);

    [Fact]
    public void HtmlNamedCsv_IsRefused() =>
        Assert.Equal(FileProblemKind.WrongContent, Refused(Csv("<!DOCTYPE html><html><body>Lỗi 404</body></html>"), "a.csv").Kind);

    [Fact]
    public void HeaderOnly_GivesNoRows()
    {
        using var file = OpenOk(Csv("Tên,Năm\n"), "a.csv");
        Assert.Empty(file.ReadRows());
    }

    [Fact]
    public void OnlyBlankLines_IsRefusedAsEmpty() =>
        Assert.Equal(FileProblemKind.NoData, Refused(Csv("\r\n ,\r\n"), "a.csv").Kind);

    [Fact]
    public void RecordsWiderThanTheHeader_KeepTheirExtraCells()
    {
        var row = Assert.Single(Rows(Csv("A,B\n1,2,3\n"), "a.csv"));
        Assert.Equal(["1", "2", "3"], Texts(row));
    }

    [Fact]
    public void AbsurdlyWideRecords_AreRefused()
    {
        var problem = ProblemOpeningOrReading(Csv("A\n" + new string(',', 20_000) + "x\n"), "a.csv");
        Assert.Equal(FileProblemKind.TooManyColumns, problem.Kind);
    }
}
