using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Targets;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Targets;

/// <summary>One cell pair of the actuals grid as posted: month of the year, indicator code, the cumulative figures as typed.</summary>
public sealed class ActualCellForm
{
    public int Month { get; set; }

    public string Indicator { get; set; } = string.Empty;

    public string? Numerator { get; set; }

    public string? Denominator { get; set; }
}

/// <summary>
/// Monthly cumulative actuals of one unit: a grid (months begun × indicators, numerator and denominator), saved all or
/// nothing; or a file (.xlsx/.csv) imported all or nothing with its errors by row and column.
/// </summary>
[RequirePermission("Targets.View")]
public sealed class ActualsModel(TargetQueries queries, EmulationCalendar calendar, SaveActuals save, ImportActuals import) : TargetsPageModel(queries, calendar)
{
    [BindProperty]
    public List<ActualCellForm> Cells { get; set; } = [];

    public UnitProgress? Progress { get; private set; }

    public int Limit { get; private set; }

    public IReadOnlyList<ImportRowError> ImportErrors { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var rows = new List<ActualInput>();
        var typed = new List<ActualCellForm>();
        foreach (var cell in Cells.Where(c => !string.IsNullOrWhiteSpace(c.Numerator) || !string.IsNullOrWhiteSpace(c.Denominator)))
        {
            var label = TargetMonths.Label(Year!.Value, cell.Month, Calendar.StartMonth);
            var numerator = ParseNumber(cell.Numerator);
            var denominator = ParseNumber(cell.Denominator);
            if (numerator is null || denominator is null)
            {
                errors.Add($"Tháng {label}, chỉ tiêu {cell.Indicator}: cần nhập cả kết quả lũy kế và tổng số lũy kế, là số.");
                continue;
            }

            typed.Add(cell);
            rows.Add(new ActualInput(UnitId!.Value, TargetMonths.Iso(Year!.Value, cell.Month, Calendar.StartMonth), cell.Indicator, numerator, denominator));
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add("Chưa nhập số liệu nào.");
        }

        if (errors.Count == 0)
        {
            var result = await save.HandleAsync(rows, ct);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.IsSuccess)
            {
                TempData["Notice"] = $"Đã lưu kết quả thực hiện: thêm {result.Value!.Created}, cập nhật {result.Value.Updated} số liệu.";
                return Redirect("/Targets/Actuals" + Query());
            }

            errors.AddRange(result.Errors.Select(e => e.Message));
        }

        Errors = errors;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (file is null)
        {
            ImportErrors = [new ImportRowError(0, null, "Vui lòng chọn tệp .xlsx hoặc .csv.")];
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var report = await import.HandleAsync(stream, Path.GetFileName(file.FileName), ct);
        if (report.HasErrors)
        {
            ImportErrors = report.Errors;
            return Page();
        }

        TempData["Notice"] = $"Đã nhập tệp: {report.Rows} dòng; thêm {report.Created}, cập nhật {report.Updated} số liệu.";
        return Redirect("/Targets/Actuals" + Query());
    }

    /// <summary>The value shown in a cell: what was typed (after a refusal) or what is stored.</summary>
    public string Value(int month, string indicator, bool numerator)
    {
        var posted = Cells.FirstOrDefault(c => c.Month == month && c.Indicator == indicator);
        if (posted is not null)
        {
            return (numerator ? posted.Numerator : posted.Denominator) ?? string.Empty;
        }

        var point = Progress!.Indicators.First(i => i.Indicator.Code == indicator).Months[month - 1];
        var value = numerator ? point.Numerator : point.Denominator;
        return value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Chỉ tiêu và theo dõi", "/Targets"));
        Crumbs.Add(new Crumb("Nhập kết quả thực hiện"));
        if (!await ChooseAsync(ct))
        {
            return true;
        }

        var result = await Queries.ProgressAsync(UnitId!.Value, Year!.Value, ct);
        if (result.IsNotFound)
        {
            return false;
        }

        Progress = result.Value;
        Limit = Queries.Limit(Year!.Value);
        return true;
    }

    /// <summary>A number as a number field sends it ("1234.5"), or typed with a decimal comma ("1234,5").</summary>
    private static decimal? ParseNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalised = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(normalised, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
