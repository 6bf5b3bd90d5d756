using System.Text;
using ThiDua.Core.Imports.Files;
using static ThiDua.Tests.Imports.TestFiles;

namespace ThiDua.Tests.Imports;

/// <summary>Damaged and random input: the reader may refuse, but only ever with a <see cref="FileProblem"/>, never by crashing.</summary>
public sealed class HostileInputTests
{
    private static readonly byte[] Sample = Xlsx(
        Sheet(Row(1, "Họ và tên", "Năm", "Ghi chú")
            + string.Concat(Enumerable.Range(2, 60).Select(i => $"<row r=\"{i}\"><c r=\"A{i}\" t=\"s\"><v>{i % 3}</v></c><c r=\"B{i}\"><v>{2000 + i}</v></c><c r=\"C{i}\" t=\"inlineStr\"><is><r><t>Dòng {i}</t></r></is></c></row>"))),
        SharedStrings("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"));

    [Fact]
    public void TheUndamagedSample_IsRead() => Assert.Equal(60, Rows(Sample, "a.xlsx").Count);

    [Fact]
    public void FlippedBytesInAWorkbook_NeverCrash()
    {
        var random = new Random(20240205);
        for (var round = 0; round < 400; round++)
        {
            var damaged = Sample.ToArray();
            for (var flips = random.Next(1, 8); flips > 0; flips--)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            }

            ReadEverything(damaged, "hong.xlsx");
        }
    }

    [Fact]
    public void TruncatedWorkbooks_NeverCrash()
    {
        for (var length = 0; length < Sample.Length; length += 37)
        {
            ReadEverything(Sample[..length], "cut.xlsx");
        }
    }

    [Fact]
    public void RandomCsvText_NeverCrashes()
    {
        var random = new Random(7);
        const string alphabet = "ab,;\t\"\r\n ăêđ=+-@'\u00AD¨µ";
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(1, 400); i > 0; i--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            ReadEverything(Csv(text.ToString(), bom: random.Next(2) == 0), "ngau-nhien.csv");
        }
    }

    [Fact]
    public void RandomBytes_NeverCrash()
    {
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            var bytes = new byte[random.Next(1, 3000)];
            random.NextBytes(bytes);
            if (round % 2 == 0)
            {
                "PK\u0003\u0004"u8.CopyTo(bytes);
            }

            ReadEverything(bytes, round % 3 == 0 ? "a.csv" : "a.xlsx");
        }
    }

    private static void ReadEverything(byte[] content, string name)
    {
        var result = Open(content, name);
        if (!result.IsSuccess)
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Problem.Message));
            return;
        }

        using var file = result.File;
        try
        {
            foreach (var row in file.ReadRows())
            {
                Assert.True(row.RowNumber > 0);
            }
        }
        catch (TabularFileException exception)
        {
            Assert.False(string.IsNullOrWhiteSpace(exception.Problem.Message));
        }
    }
}
