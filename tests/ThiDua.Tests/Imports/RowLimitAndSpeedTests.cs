using System.Diagnostics;
using System.Text;
using ThiDua.Core.Imports.Files;
using Xunit.Abstractions;
using static ThiDua.Tests.Imports.TestFiles;

namespace ThiDua.Tests.Imports;

/// <summary>Requirements 6 and 9: the row limit stops big files, memory stays flat while streaming, and reading is fast.</summary>
public sealed class RowLimitAndSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public void Xlsx_With200kRows_StopsJustAfterTheLimit()
    {
        using var file = OpenOk(LargeXlsx(200_000), "lon.xlsx");
        AssertStopsAfter(file, 50_000);
    }

    [Fact]
    public void Csv_With200kRows_StopsJustAfterTheLimit()
    {
        var text = new StringBuilder("STT,Họ tên,Điểm\n");
        for (var i = 1; i <= 200_000; i++)
        {
            text.Append(i).Append(",Nguyễn Văn An,8.5\n");
        }

        using var file = OpenOk(Csv(text.ToString()), "lon.csv");
        AssertStopsAfter(file, 50_000);
    }

    [Fact]
    public void CustomLimit_IsNamedInTheMessage()
    {
        using var file = OpenOk(LargeXlsx(1_500), "a.xlsx", new ImportLimits(MaxRows: 1_000));
        var exception = Assert.Throws<TabularFileException>(() => file.ReadRows().Count());
        Assert.StartsWith("Tệp có hơn 1.000 dòng dữ liệu", exception.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExactlyTheLimit_IsFine()
    {
        using var file = OpenOk(LargeXlsx(1_000), "a.xlsx", new ImportLimits(MaxRows: 1_000));
        Assert.Equal(1_000, file.ReadRows().Count());
    }

    [Fact]
    public void Xlsx_100kRowsUnderABiggerLimit_AreStreamed_NothingKeptBehind()
    {
        using var file = OpenOk(LargeXlsx(100_000), "a.xlsx", new ImportLimits(MaxRows: 150_000));
        var (count, sum, early) = Stream(file);
        Assert.Equal(100_000, count);
        Assert.Equal(Enumerable.Range(2, 100_000).Sum(i => (double)i), sum);

        // The file is still open and being read: an early row can only be alive if something holds on to it.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(early.IsAlive, "a row read long ago is still referenced");
    }

    /// <summary>Reads every cell of a 100k × 10 file; the time is printed, not asserted (speed is measured in bench/).</summary>
    [Fact]
    public void Xlsx_100kRowsOf10Columns_AreAllRead()
    {
        var bytes = LargeXlsx(100_000, columns: 10);
        var stopwatch = Stopwatch.StartNew();
        using var file = OpenOk(bytes, "a.xlsx", new ImportLimits(MaxRows: 100_000));
        var cells = 0;
        foreach (var row in file.ReadRows())
        {
            cells += row.Cells.Count;
        }

        stopwatch.Stop();
        output.WriteLine($"{bytes.Length / 1024} KB xlsx, 100,000 × 10 cells read in {stopwatch.ElapsedMilliseconds} ms");
        Assert.Equal(1_000_000, cells);
    }

    private static (int Count, double Sum, WeakReference Early) Stream(TabularFile file)
    {
        var count = 0;
        double sum = 0;
        WeakReference? early = null;
        foreach (var row in file.ReadRows())
        {
            count++;
            sum += row[0].Number ?? 0;
            early ??= new WeakReference(row);
        }

        return (count, sum, early!);
    }

    private static void AssertStopsAfter(TabularFile file, int limit)
    {
        var read = 0;
        var exception = Assert.Throws<TabularFileException>(() =>
        {
            foreach (var unused in file.ReadRows())
            {
                read++;
            }
        });
        Assert.Equal(limit, read);
        Assert.Equal(FileProblemKind.TooManyRows, exception.Problem.Kind);
        Assert.Equal(
            "Tệp có hơn 50.000 dòng dữ liệu: hãy chia nhỏ tệp (mỗi tệp tối đa 50.000 dòng) rồi tải lên lần lượt.",
            exception.Problem.Message);
    }
}
