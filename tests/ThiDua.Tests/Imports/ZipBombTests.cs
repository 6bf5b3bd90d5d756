using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ThiDua.Core.Imports.Files;
using static ThiDua.Tests.Imports.TestFiles;

namespace ThiDua.Tests.Imports;

/// <summary>Requirement 2: declared sizes and ratios are checked before reading, and actual bytes are counted while reading.</summary>
public sealed class ZipBombTests
{
    private static string PaddedSheet(int paddingBytes) =>
        Sheet(Row(1, "Họ tên") + Row(2, "An") + $"<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>{new string(' ', 10)}</t></is></c></row>", "<!--" + new string('x', paddingBytes) + "-->");

    [Fact]
    public void DeclaredSizeOverTheLimit_IsRefusedBeforeReading()
    {
        var bytes = Xlsx(PaddedSheet(3 * 1024 * 1024));
        var problem = Refused(bytes, "bom.xlsx", new ImportLimits(MaxUnpackedBytes: 2 * 1024 * 1024, MaxCompressionRatio: 1e9));
        Assert.Equal(FileProblemKind.ZipBomb, problem.Kind);
        Assert.Equal("Tệp giải nén vượt quá giới hạn 2 MB (nghi là tệp nén độc hại): không nhập.", problem.Message);
    }

    [Fact]
    public void DefaultLimit_IsNamedInTheMessage() =>
        Assert.Equal(
            "Tệp giải nén vượt quá giới hạn 200 MB (nghi là tệp nén độc hại): không nhập.",
            FileMessages.UnpackedTooLarge(ImportLimits.Default.MaxUnpackedBytes).Message);

    [Fact]
    public void PartWithAnAbsurdCompressionRatio_IsRefused()
    {
        var bytes = Xlsx(PaddedSheet(8 * 1024 * 1024), level: CompressionLevel.SmallestSize);
        var problem = Refused(bytes, "bom.xlsx");
        Assert.Equal(FileProblemKind.ZipBomb, problem.Kind);
        Assert.Contains("tỉ lệ nén bất thường", problem.Message, StringComparison.Ordinal);
        Assert.Contains("giới hạn 200 lần", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SmallPartsAreNotJudgedByTheirRatio()
    {
        // 500 KB of one repeated row compresses far beyond 200:1 but cannot hurt anyone.
        var rows = string.Concat(Enumerable.Range(2, 5000).Select(i => $"<row r=\"{i}\"><c r=\"A{i}\"><v>1</v></c></row>"));
        var rowsRead = Rows(Xlsx(Sheet(Row(1, "Số") + rows), level: CompressionLevel.SmallestSize), "a.xlsx");
        Assert.Equal(5000, rowsRead.Count);
    }

    [Fact]
    public void SharedStringsCountTowardsTheLimit()
    {
        var strings = SharedStrings(new string('a', 3 * 1024 * 1024));
        var bytes = Xlsx(Sheet(Row(1, "Tên") + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"), strings);
        var problem = Refused(bytes, "bom.xlsx", new ImportLimits(MaxUnpackedBytes: 2 * 1024 * 1024, MaxCompressionRatio: 1e9));
        Assert.Equal(FileProblemKind.ZipBomb, problem.Kind);
    }

    [Fact]
    public void SizesThatLie_AreCaughtWhileReading()
    {
        // Stored (uncompressed) sheet whose declared uncompressed size is patched down to 100 bytes: the sum checked
        // before reading is tiny, but the bytes actually read are counted.
        var bytes = Xlsx(PaddedSheet(3 * 1024 * 1024), level: CompressionLevel.NoCompression);
        PatchDeclaredSize(bytes, "xl/worksheets/sheet1.xml", 100);
        var problem = ProblemOpeningOrReading(bytes, "bom.xlsx", new ImportLimits(MaxUnpackedBytes: 1024 * 1024, MaxCompressionRatio: 1e9));
        Assert.Equal(FileProblemKind.ZipBomb, problem.Kind);
    }

    [Fact]
    public void CountingStream_StopsAtTheBudget()
    {
        var budget = new UnpackBudget(10);
        using var stream = new LimitedReadStream(new MemoryStream(new byte[25]), budget);
        var buffer = new byte[8];
        Assert.Equal(8, stream.Read(buffer));
        Assert.Throws<UnpackedLimitExceededException>(() => stream.Read(buffer));
    }

    [Fact]
    public void CountingStream_BudgetIsSharedByThePartsOfOnePass()
    {
        var budget = new UnpackBudget(10);
        using var first = new LimitedReadStream(new MemoryStream(new byte[6]), budget);
        using var second = new LimitedReadStream(new MemoryStream(new byte[6]), budget);
        first.ReadExactly(new byte[6]);
        Assert.Throws<UnpackedLimitExceededException>(() => second.ReadExactly(new byte[6]));
    }

    [Fact]
    public void BudgetLeftAfterOpening_BoundsEachPassOverTheSheet()
    {
        // The sheet fits the limit on its own; the budget for reading it is what the other parts left.
        var rows = string.Concat(Enumerable.Range(2, 3000).Select(i => Row(i, $"Người số {i}")));
        var bytes = Xlsx(Sheet(Row(1, "Tên") + rows), SharedStrings("x"));
        var sheetSize = Encoding.UTF8.GetByteCount(Sheet(Row(1, "Tên") + rows));
        var limits = new ImportLimits(MaxUnpackedBytes: sheetSize + 2000, MaxCompressionRatio: 1e9);
        Assert.Equal(3000, Rows(bytes, "a.xlsx", limits).Count);
    }

    /// <summary>Rewrites the uncompressed size of an entry in its local header and in the central directory.</summary>
    private static void PatchDeclaredSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            var (nameOffset, sizeOffset) = signature switch
            {
                0x04034b50 => (30, 22), // local file header
                0x02014b50 => (46, 24), // central directory header
                _ => (-1, -1),
            };
            if (nameOffset > 0 && i + nameOffset + name.Length <= zip.Length && zip.AsSpan(i + nameOffset, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + sizeOffset), size);
            }
        }
    }
}
