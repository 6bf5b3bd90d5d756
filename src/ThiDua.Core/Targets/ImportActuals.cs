using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Imports.Files;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Targets;

/// <summary>An error of an imported file: the row as the officer sees it (0 for the file itself), the column's header, the message.</summary>
public sealed record ImportRowError(int Row, string? Column, string Message);

public sealed record ActualsImportReport(int Rows, int Created, int Updated, IReadOnlyList<ImportRowError> Errors)
{
    public bool HasErrors => Errors.Count > 0;
}

/// <summary>
/// Imports monthly cumulative actuals from .xlsx or .csv (the file readers of ADR 0010): columns “Mã đơn vị”, “Tháng”,
/// “Mã chỉ tiêu”, “Kết quả lũy kế”, “Tổng số lũy kế”. All or nothing: any error refuses the whole file, each error with
/// its row and column. Units are those on which the user holds <see cref="TargetsPermissions.Manage"/>.
/// </summary>
public sealed class ImportActuals(AppDbContext db, ICurrentUser actor, SaveActuals save)
{
    public static readonly string[] Columns = ["Mã đơn vị", "Tháng", "Mã chỉ tiêu", "Kết quả lũy kế", "Tổng số lũy kế"];

    private static readonly Dictionary<string, string> FieldColumns = new(StringComparer.Ordinal)
    {
        ["UnitId"] = Columns[0],
        ["Month"] = Columns[1],
        ["Indicator"] = Columns[2],
        ["Numerator"] = Columns[3],
        ["Denominator"] = Columns[4],
    };

    public async Task<ActualsImportReport> HandleAsync(Stream content, string fileName, CancellationToken ct = default)
    {
        var opened = TabularFileReader.Open(content, fileName, ImportLimits.Default);
        if (!opened.IsSuccess)
        {
            return Refused(new ImportRowError(0, null, opened.Problem.Message));
        }

        using var file = opened.File;
        var folded = file.Headers.Select(h => SearchText.Fold(h)).ToList();
        var index = Columns.Select(c => folded.IndexOf(SearchText.Fold(c))).ToArray();
        var missing = Columns.Where((c, i) => index[i] < 0).ToList();
        if (missing.Count > 0)
        {
            return Refused(new ImportRowError(file.HeaderRowNumber, null,
                $"Thiếu cột: {string.Join(", ", missing)}. Dòng tiêu đề cần có đủ các cột {string.Join(", ", Columns)}."));
        }

        var errors = new List<ImportRowError>();
        var rows = new List<(int Row, string Code, string? Month, string? Indicator, decimal? Numerator, decimal? Denominator)>();
        try
        {
            foreach (var row in file.ReadRows())
            {
                var code = row[index[0]].Display.Trim().ToUpperInvariant();
                if (code.Length == 0)
                {
                    errors.Add(new ImportRowError(row.RowNumber, Columns[0], "Vui lòng ghi mã đơn vị (ví dụ LSN-KV1)."));
                }

                decimal? numerator = null, denominator = null;
                if (CellParsers.TryDecimal(row[index[3]], out var n, out var nError))
                {
                    numerator = n;
                }
                else
                {
                    errors.Add(new ImportRowError(row.RowNumber, Columns[3], nError ?? "Kết quả lũy kế phải là một số."));
                }

                if (CellParsers.TryDecimal(row[index[4]], out var d, out var dError))
                {
                    denominator = d;
                }
                else
                {
                    errors.Add(new ImportRowError(row.RowNumber, Columns[4], dError ?? "Tổng số lũy kế phải là một số."));
                }

                rows.Add((row.RowNumber, code, MonthText(row[index[1]]), row[index[2]].Display.Trim(), numerator, denominator));
            }
        }
        catch (TabularFileException ex)
        {
            return Refused(new ImportRowError(0, null, ex.Message));
        }

        if (rows.Count == 0)
        {
            return Refused(new ImportRowError(0, null, "Tệp không có dòng số liệu nào dưới dòng tiêu đề."));
        }

        var codes = rows.Select(r => r.Code).Where(c => c.Length > 0).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).ToListAsync(ct);
        var byCode = units.Where(u => actor.CanAccess(TargetsPermissions.Manage, u.Path)).ToDictionary(u => u.Code, StringComparer.Ordinal);
        foreach (var r in rows.Where(r => r.Code.Length > 0 && !byCode.ContainsKey(r.Code)))
        {
            errors.Add(new ImportRowError(r.Row, Columns[0], $"Không có đơn vị mã “{r.Code}” trong phạm vi bạn được nhập số liệu."));
        }

        if (errors.Count > 0)
        {
            return new ActualsImportReport(rows.Count, 0, 0, errors.OrderBy(e => e.Row).ToList());
        }

        var inputs = rows.Select(r => new ActualInput(byCode[r.Code].Id, r.Month, r.Indicator, r.Numerator, r.Denominator)).ToList();
        var (saved, rowErrors) = await save.SaveAsync(inputs, byCode.Values.ToDictionary(u => u.Id), ct);
        if (rowErrors.Count > 0)
        {
            return new ActualsImportReport(rows.Count, 0, 0,
                rowErrors.Select(e => new ImportRowError(rows[e.Index].Row, FieldColumns.GetValueOrDefault(e.Field), e.Message)).ToList());
        }

        return new ActualsImportReport(rows.Count, saved!.Created, saved.Updated, []);
    }

    /// <summary>A month cell: text as written ("10/2026"), or an Excel date (serial number) turned into "2026-10".</summary>
    private static string? MonthText(CellValue cell)
    {
        if (cell.Number is { } serial && serial > 20000 && CellParsers.TryDate(cell, out var date, out _))
        {
            return date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        }

        return cell.IsEmpty ? null : cell.Display.Trim();
    }

    private static ActualsImportReport Refused(ImportRowError error) => new(0, 0, 0, [error]);
}
