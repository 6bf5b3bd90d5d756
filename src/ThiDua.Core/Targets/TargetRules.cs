using System.Globalization;
using System.Text.RegularExpressions;
using ThiDua.Core.Shared;

namespace ThiDua.Core.Targets;

/// <summary>An error of one row of a batch of actuals (grid, API or file): the row's index in the batch, the field, the message.</summary>
public sealed record RowError(int Index, string Field, string Message);

/// <summary>Months of the emulation year: 1 = its first month (October in this sector) … 12 (September).</summary>
public static partial class TargetMonths
{
    /// <summary>"2026-10", "10/2026" or "10-2026" → the emulation year and the month of that year; null when unreadable.</summary>
    public static (int Year, int Month)? Parse(string? text, int startMonth)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var iso = IsoMonth().Match(text.Trim());
        var vn = VietnameseMonth().Match(text.Trim());
        int year, month;
        if (iso.Success)
        {
            (year, month) = (int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture));
        }
        else if (vn.Success)
        {
            (year, month) = (int.Parse(vn.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(vn.Groups[1].Value, CultureInfo.InvariantCulture));
        }
        else
        {
            return null;
        }

        if (month is < 1 or > 12 || year is < 2000 or > 2999)
        {
            return null;
        }

        var first = new DateOnly(year, month, 1);
        var emulationYear = EmulationYear.Of(first, startMonth);
        var start = EmulationYear.Start(emulationYear, startMonth);
        return (emulationYear, ((first.Year - start.Year) * 12) + first.Month - start.Month + 1);
    }

    public static DateOnly FirstDay(int year, int month, int startMonth) => EmulationYear.Start(year, startMonth).AddMonths(month - 1);

    /// <summary>"10/2026": the calendar month, as officers write it.</summary>
    public static string Label(int year, int month, int startMonth) => FirstDay(year, month, startMonth).ToString("MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2026-10": the API's and the files' form.</summary>
    public static string Iso(int year, int month, int startMonth) => FirstDay(year, month, startMonth).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>How many months of <paramref name="year"/> have begun on <paramref name="today"/> (0 before it, 12 after it).</summary>
    public static int Begun(int year, DateOnly today, int startMonth)
    {
        var start = EmulationYear.Start(year, startMonth);
        if (today < start)
        {
            return 0;
        }

        var months = ((today.Year - start.Year) * 12) + today.Month - start.Month + 1;
        return Math.Min(12, months);
    }

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})$")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^(\d{1,2})[/\-.](\d{4})$")]
    private static partial Regex VietnameseMonth();
}

/// <summary>Checks of targets and actuals, with messages that say what to fix.</summary>
internal static class TargetRules
{
    public static string? CheckPercent(decimal? percent, string indicatorName, string unitName) =>
        percent is < 0m or > 100m
            ? $"Chỉ tiêu “{indicatorName}” của {unitName}: {percent.Value.ToString("0.##", VietnameseFormat.Culture)} % nằm ngoài khoảng 0–100 %; hãy nhập tỷ lệ phần trăm từ 0 đến 100."
            : null;

    /// <summary>
    /// The cumulative numerator never goes down month to month: the batch's rows merged over the stored months of the
    /// same unit, year and indicator, each drop reported on the batch row that causes it.
    /// </summary>
    public static List<RowError> CheckCumulative(
        IReadOnlyList<(int Index, int UnitId, int Year, int IndicatorId, int Month, decimal Numerator)> batch,
        IReadOnlyList<(int UnitId, int Year, int IndicatorId, int Month, decimal Numerator)> stored,
        Func<int, string> unitName, Func<int, string> indicatorName, int startMonth)
    {
        var errors = new List<RowError>();
        var storedBySeries = stored.ToLookup(s => (s.UnitId, s.Year, s.IndicatorId));
        foreach (var series in batch.GroupBy(b => (b.UnitId, b.Year, b.IndicatorId)))
        {
            var months = storedBySeries[series.Key].ToDictionary(s => s.Month, s => (Index: -1, s.Numerator));
            foreach (var row in series)
            {
                months[row.Month] = (row.Index, row.Numerator);
            }

            var ordered = months.OrderBy(m => m.Key).ToList();
            for (var k = 1; k < ordered.Count; k++)
            {
                var (prevMonth, prev) = (ordered[k - 1].Key, ordered[k - 1].Value);
                var (month, current) = (ordered[k].Key, ordered[k].Value);
                if (current.Numerator >= prev.Numerator)
                {
                    continue;
                }

                var index = current.Index >= 0 ? current.Index : prev.Index;
                var year = series.Key.Year;
                errors.Add(new RowError(index, "Numerator",
                    $"{unitName(series.Key.UnitId)}, chỉ tiêu “{indicatorName(series.Key.IndicatorId)}”: số lũy kế tháng {TargetMonths.Label(year, month, startMonth)} "
                    + $"({current.Numerator.ToString("#,0.##", VietnameseFormat.Culture)}) thấp hơn tháng {TargetMonths.Label(year, prevMonth, startMonth)} "
                    + $"({prev.Numerator.ToString("#,0.##", VietnameseFormat.Culture)}); số liệu lũy kế từ đầu năm không được giảm, hãy sửa lại số của tháng này."));
            }
        }

        return errors;
    }
}
