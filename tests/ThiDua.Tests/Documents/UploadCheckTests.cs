using System.IO.Compression;
using System.Text;
using ThiDua.Core.Documents;
using ThiDua.Core.Documents.Files;

namespace ThiDua.Tests.Documents;

/// <summary>Uploads judged by content: each bad kind of file is built here and refused with a Vietnamese message naming the file.</summary>
public sealed class UploadCheckTests
{
    private static readonly UploadOptions Options = new() { MaxMegabytes = 2 };

    private static readonly UploadKind[] All = [UploadKind.Pdf, UploadKind.Png, UploadKind.Jpeg, UploadKind.Docx];

    private static byte[] SamplePdf() => PdfRenderer.Render(SampleDocuments.Plan());

    private static byte[] SampleDocx() => DocxRenderer.Render(SampleDocuments.Plan());

    private static string Refused(string name, byte[] content)
    {
        var (verdict, error) = UploadCheck.Check(name, content, Options, All);
        Assert.Null(verdict);
        Assert.NotNull(error);
        Assert.Contains($"\"{name}\"", error, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void AGoodPdf_AnImage_AndADocx_AreAccepted()
    {
        Assert.Equal(UploadKind.Pdf, UploadCheck.Check("to-trinh.pdf", SamplePdf(), Options, All).Verdict?.Kind);
        Assert.Equal(UploadKind.Docx, UploadCheck.Check("bao-cao.docx", SampleDocx(), Options, All).Verdict?.Kind);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        Assert.Equal("image/png", UploadCheck.Check("bien-ban.png", png, Options, All).Verdict?.ContentType);
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16];
        Assert.Equal(UploadKind.Jpeg, UploadCheck.Check("bien-ban.JPG", jpeg, Options, All).Verdict?.Kind);
    }

    [Fact]
    public void AnExecutableRenamedPdf_IsRefused()
    {
        var exe = new byte[4096];
        exe[0] = (byte)'M';
        exe[1] = (byte)'Z';
        Assert.Contains("tệp chương trình chạy được", Refused("to-trinh.pdf", exe), StringComparison.Ordinal);
        var elf = Encoding.ASCII.GetBytes("\u007fELF\u0002\u0001\u0001");
        Assert.Contains("tệp chương trình chạy được", Refused("bien-ban.pdf", elf), StringComparison.Ordinal);
    }

    [Fact]
    public void ATextFileNamedPdf_IsRefused_ForItsContent()
    {
        Assert.Contains("nội dung không phải PDF", Refused("bao-cao.pdf", Encoding.UTF8.GetBytes("Báo cáo thành tích năm 2026")), StringComparison.Ordinal);
        Assert.Contains("nội dung không phải PDF", Refused("bao-cao.pdf", SampleDocx()), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEncryptedPdf_IsRefused()
    {
        var pdf = Encoding.ASCII.GetString(SamplePdf());
        var encrypted = pdf.Replace("trailer\n<<", "trailer\n<< /Encrypt 99 0 R", StringComparison.Ordinal);
        if (encrypted == pdf)
        {
            encrypted = pdf.Insert(pdf.LastIndexOf("%%EOF", StringComparison.Ordinal), "trailer << /Encrypt << /Filter /Standard /V 2 >> >>\n");
        }

        Assert.Contains("mã hóa", Refused("to-trinh.pdf", Encoding.ASCII.GetBytes(encrypted)), StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedPdf_IsRefused()
    {
        var good = SamplePdf();
        var truncated = good[..(good.Length / 3)];
        Assert.Contains("bị hỏng", Refused("to-trinh.pdf", truncated), StringComparison.Ordinal);
        Assert.Contains("bị hỏng", Refused("rac.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not a pdf at all\n%%EOF")), StringComparison.Ordinal);
    }

    [Fact]
    public void ADocxZipBomb_IsRefused_BeforeItIsUnpacked()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 50; i++)
            {
                stream.Write(zeros);
            }
        }

        var bomb = buffer.ToArray();
        Assert.True(bomb.Length < Options.MaxBytes, "the bomb itself is small");
        Assert.Contains("zip bomb", Refused("bao-cao.docx", bomb), StringComparison.Ordinal);
    }

    [Fact]
    public void ADocxWithTooManyEntries_IsRefused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, true))
        {
            for (var i = 0; i < 2100; i++)
            {
                zip.CreateEntry($"word/media/{i}.bin").Open().Dispose();
            }
        }

        Assert.Contains("thành phần", Refused("bao-cao.docx", buffer.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void AZipThatIsNotWord_AndABrokenZip_AreRefused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, true))
        {
            using var w = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            w.Write("không phải văn bản Word");
        }

        Assert.Contains("word/document.xml", Refused("bao-cao.docx", buffer.ToArray()), StringComparison.Ordinal);
        Assert.Contains("tệp nén hỏng", Refused("bao-cao.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5]), StringComparison.Ordinal);
    }

    [Fact]
    public void AFileOverTheLimit_IsRefused_WithBothSizes()
    {
        var big = new byte[(3 * 1024 * 1024) + 10];
        "%PDF-1.7\n"u8.CopyTo(big);
        var error = Refused("ho-so-lon.pdf", big);
        Assert.Contains("3 MB", error, StringComparison.Ordinal);
        Assert.Contains("giới hạn 2 MB", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyFile_AndAnOtherExtension_AreRefused()
    {
        Assert.Contains("rỗng", Refused("to-trinh.pdf", []), StringComparison.Ordinal);
        Assert.Contains("chỉ nhận tệp", Refused("to-trinh.html", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")), StringComparison.Ordinal);
    }

    [Fact]
    public void TheStoredName_HasNoFolderOrHeaderBreakingCharacters()
    {
        Assert.Equal("evil.pdf", StoredFile.SafeName("../../etc/evil.pdf"));
        Assert.Equal("a b.pdf", StoredFile.SafeName("C:\\x\\a\"\r\n b.pdf").Replace("  ", " ", StringComparison.Ordinal));
        var file = new StoredFile("to-trinh.pdf", "application/pdf", [1, 2, 3], 1, "cán bộ", new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81", file.Sha256);
        Assert.Equal(32, file.StorageName.Length);
    }
}
