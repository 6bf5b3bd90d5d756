using System.Text;
using ThiDua.Core.Imports.Files;
using static ThiDua.Tests.Imports.TestFiles;

namespace ThiDua.Tests.Imports;

/// <summary>Requirement 1: the content decides, not the extension; every refusal says what the file is and what is expected.</summary>
public sealed class SniffingTests
{
    private static readonly byte[] ValidXlsx = Xlsx(Sheet(Row(1, "Họ và tên", "Năm") + Row(2, "Nguyễn Văn An", "2024")));

    [Fact]
    public void ValidXlsx_IsAccepted()
    {
        using var file = OpenOk(ValidXlsx, "danh-sach.xlsx");
        Assert.Equal(TabularFormat.Xlsx, file.Format);
        Assert.Equal(["Họ và tên", "Năm"], file.Headers);
    }

    [Fact]
    public void ExtensionIsCaseInsensitive_AndPathsAreIgnored() =>
        Assert.True(Open(ValidXlsx, @"C:\Users\can bo\Desktop\DANH SACH.XLSX").IsSuccess);

    [Fact]
    public void PasswordProtectedWorkbook_IsRecognised()
    {
        var problem = Refused(CompoundFile("EncryptionInfo", "EncryptedPackage"), "bang-diem.xlsx");
        Assert.Equal(FileProblemKind.PasswordProtected, problem.Kind);
        Assert.Equal("Tệp Excel được đặt mật khẩu: hãy bỏ mật khẩu rồi tải lên lại.", problem.Message);
    }

    [Fact]
    public void OldXls_IsRecognised_WhateverItsExtension()
    {
        foreach (var name in new[] { "cu.xls", "cu.xlsx", "cu.csv" })
        {
            var problem = Refused(CompoundFile("Workbook", "SummaryInformation"), name);
            Assert.Equal(FileProblemKind.OldExcelFormat, problem.Kind);
            Assert.Equal("Tệp .xls (Excel 97–2003) không được hỗ trợ: hãy lưu lại dạng .xlsx.", problem.Message);
        }
    }

    [Fact]
    public void EncryptionInfoNameStraddlingTwoReadBuffers_IsStillFound()
    {
        var file = CompoundFile();
        var name = Encoding.Unicode.GetBytes("EncryptionInfo");
        var padded = new byte[(64 * 1024) + 100];
        file.CopyTo(padded, 0);
        name.CopyTo(padded, (64 * 1024) - 7);
        Assert.Equal(FileProblemKind.PasswordProtected, Refused(padded, "a.xlsx").Kind);
    }

    [Fact]
    public void TextNamedXlsx_SaysItIsText()
    {
        var problem = Refused(Csv("Họ và tên,Năm\nAn,2024\n"), "danh-sach.xlsx");
        Assert.Equal(FileProblemKind.WrongContent, problem.Kind);
        Assert.Contains("tệp văn bản", problem.Message, StringComparison.Ordinal);
        Assert.Contains(".xlsx", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PdfNamedXlsx_SaysItIsAPdf()
    {
        var problem = Refused(Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"), "quyet-dinh.xlsx");
        Assert.Equal(FileProblemKind.WrongContent, problem.Kind);
        Assert.Contains("tài liệu PDF", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Excel (.xlsx)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DocxNamedXlsx_SaysItIsAWordDocument()
    {
        var docx = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document xmlns:w=\"w\"/>"));
        var problem = Refused(docx, "to-trinh.xlsx");
        Assert.Equal(FileProblemKind.WrongContent, problem.Kind);
        Assert.Contains("tài liệu Word (.docx)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrdinaryZipNamedXlsx_SaysItIsAZip()
    {
        var problem = Refused(Zip(("anh.txt", "xin chào")), "nen.xlsx");
        Assert.Contains("tệp nén .zip", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlNamedXlsx_SaysItIsAWebPage()
    {
        var problem = Refused(Encoding.UTF8.GetBytes("<html><body><table><tr><td>Họ tên</td></tr></table></body></html>"), "xuat.xlsx");
        Assert.Contains("trang web (HTML)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomBytesNamedXlsx_AreRefused()
    {
        var bytes = new byte[10_000];
        new Random(7).NextBytes(bytes);
        var problem = Refused(bytes, "ngau-nhien.xlsx");
        Assert.Equal(FileProblemKind.WrongContent, problem.Kind);
        Assert.Contains("không nhận dạng được", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedXlsx_IsCorrupt()
    {
        var problem = Refused(ValidXlsx[..(ValidXlsx.Length / 2)], "dang-do.xlsx");
        Assert.Equal(FileProblemKind.Corrupt, problem.Kind);
        Assert.Contains("bị hỏng hoặc tải lên chưa trọn vẹn", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XlsxWithDamagedCompressedData_IsCorrupt()
    {
        var rows = string.Concat(Enumerable.Range(1, 2000).Select(i => Row(i, $"Người {i}", $"Đơn vị {i * 7}")));
        var bytes = Xlsx(Sheet(rows));
        var damaged = bytes.ToArray();
        var sheetData = IndexOf(damaged, "xl/worksheets/sheet1.xml"u8.ToArray()) + 200;
        for (var i = sheetData; i < sheetData + 400; i++)
        {
            damaged[i] ^= 0x5A;
        }

        Assert.Equal(FileProblemKind.Corrupt, ProblemOpeningOrReading(damaged, "hong.xlsx").Kind);
    }

    [Fact]
    public void ZipWithoutWorkbook_IsRefused() =>
        Assert.Equal(FileProblemKind.WrongContent, Refused(Zip(("[Content_Types].xml", "<Types/>")), "a.xlsx").Kind);

    [Fact]
    public void CsvContainingAZip_IsRefused()
    {
        var problem = Refused(ValidXlsx, "danh-sach.csv");
        Assert.Equal(FileProblemKind.WrongContent, problem.Kind);
        Assert.Contains("tệp nén", problem.Message, StringComparison.Ordinal);
        Assert.Contains("CSV", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvContainingBinaryBytes_IsRefused()
    {
        var bytes = new byte[5000];
        new Random(3).NextBytes(bytes);
        Assert.Equal(FileProblemKind.WrongContent, Refused(bytes, "a.csv").Kind);
    }

    [Fact]
    public void CsvWithANulByteFarIntoTheFile_IsRefused()
    {
        var text = "Họ tên,Năm\n" + string.Concat(Enumerable.Repeat("Nguyễn Văn An,2024\n", 2000));
        var bytes = Csv(text);
        bytes[^5] = 0;
        Assert.Equal(FileProblemKind.WrongContent, Refused(bytes, "a.csv").Kind);
    }

    [Theory]
    [InlineData("bao-cao.txt", "“.txt”")]
    [InlineData("bao-cao.xlsm", "“.xlsm”")]
    [InlineData("bao-cao.ods", "“.ods”")]
    [InlineData("bao-cao", "không có đuôi")]
    public void UnknownExtension_IsRefused_ListingTheAcceptedOnes(string name, string expected)
    {
        var problem = Refused(ValidXlsx, name);
        Assert.Equal(FileProblemKind.UnsupportedExtension, problem.Kind);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Contains("chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv, mã UTF-8)", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trong.xlsx")]
    [InlineData("trong.csv")]
    public void EmptyFile_IsRefused(string name)
    {
        var problem = Refused([], name);
        Assert.Equal(FileProblemKind.Empty, problem.Kind);
        Assert.Equal($"Tệp “{name}” rỗng (0 byte): hãy kiểm tra lại rồi tải lên tệp có dữ liệu.", problem.Message);
    }

    [Fact]
    public void FileOverTheLimit_IsRefused_SayingTheLimitInMegabytes()
    {
        var problem = Refused(new byte[(int)(1.5 * 1024 * 1024)], "lon.xlsx", new ImportLimits(MaxFileBytes: 1024 * 1024));
        Assert.Equal(FileProblemKind.TooLarge, problem.Kind);
        Assert.Equal("Tệp “lon.xlsx” nặng 1,5 MB, vượt giới hạn 1 MB: hãy chia nhỏ tệp rồi tải lên lần lượt.", problem.Message);
    }

    [Fact]
    public void DefaultLimit_IsTwentyMegabytes()
    {
        var problem = Refused(new byte[(20 * 1024 * 1024) + 1], "lon.csv");
        Assert.Contains("giới hạn 20 MB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonSeekableStreamOverTheLimit_IsRefusedWhileCopying()
    {
        using var stream = new ForwardOnlyStream(new byte[3 * 1024 * 1024]);
        var result = TabularFileReader.Open(stream, "lon.csv", new ImportLimits(MaxFileBytes: 2 * 1024 * 1024));
        Assert.Equal(FileProblemKind.TooLarge, result.Problem?.Kind);
        Assert.Contains("giới hạn 2 MB", result.Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonSeekableStream_IsRead()
    {
        using var stream = new ForwardOnlyStream(ValidXlsx);
        var result = TabularFileReader.Open(stream, "a.xlsx", ImportLimits.Default);
        Assert.True(result.IsSuccess, result.Problem?.Message);
        using var file = result.File;
        Assert.Equal("Nguyễn Văn An", Assert.Single(file.ReadRows())[0].Text);
    }

    [Fact]
    public void StreamNotAtItsStart_IsReadFromWhereItIs()
    {
        using var stream = new MemoryStream([0x01, 0x02, .. ValidXlsx]);
        stream.Position = 2;
        var result = TabularFileReader.Open(stream, "a.xlsx", ImportLimits.Default);
        Assert.True(result.IsSuccess, result.Problem?.Message);
        result.File.Dispose();
    }

    [Fact]
    public void FileNameShownInMessages_IsStrippedOfPathsAndControlCharacters()
    {
        var problem = Refused([], "../../etc/\u0007x\u001b[31m.csv");
        Assert.Equal("Tệp “x[31m.csv” rỗng (0 byte): hãy kiểm tra lại rồi tải lên tệp có dữ liệu.", problem.Message);
    }

    /// <summary>A compound-file header followed by directory entries with the given stream names (UTF-16LE, as in a real one).</summary>
    private static byte[] CompoundFile(params string[] streamNames)
    {
        var bytes = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        bytes.AddRange(new byte[504]);
        foreach (var name in streamNames)
        {
            var entry = new byte[128];
            Encoding.Unicode.GetBytes(name).CopyTo(entry, 0);
            bytes.AddRange(entry);
        }

        bytes.AddRange(new byte[1024]);
        return [.. bytes];
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
