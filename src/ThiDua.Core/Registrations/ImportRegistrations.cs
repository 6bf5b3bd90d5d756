using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Imports.Files;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Registrations;

/// <summary>
/// Registers a list from an .xlsx or .csv file (ADR 0010's safe reader): columns "Mã công chức" (a person) or "Mã đơn
/// vị" (a collective) and "Danh hiệu đăng ký" (a code: LDTT, CSTDCS, … TTLDTT, …), optionally "Gửi duyệt" is not
/// read — <see cref="FileRegistrationsInput.Submit"/> decides. All or nothing: every error names its row and column
/// ("dòng 5, cột B: …"), and nothing is written unless every row is right. The same checks as the form
/// (<see cref="FileRegistrations"/>); codes outside the officer's scope are refused like unknown ones.
/// </summary>
public sealed class ImportRegistrations(AppDbContext db, ICurrentUser actor, FileRegistrations file)
{
    public const string PersonColumn = "Mã công chức";
    public const string UnitColumn = "Mã đơn vị";
    public const string TitleColumn = "Danh hiệu đăng ký";

    public async Task<Result<IReadOnlyList<Registration>>> HandleAsync(Stream content, string fileName, int year, bool submit, string? lateReason, CancellationToken ct = default)
    {
        var open = TabularFileReader.Open(content, fileName, ImportLimits.Default);
        if (!open.IsSuccess)
        {
            return Result<IReadOnlyList<Registration>>.Invalid(new FieldError("File", open.Problem!.Message));
        }

        using var opened = open.File!;
        var headers = opened.Headers.Select(h => SearchText.Fold(h ?? string.Empty)).ToList();
        int Column(string name) => headers.IndexOf(SearchText.Fold(name));
        var (personColumn, unitColumn, titleColumn) = (Column(PersonColumn), Column(UnitColumn), Column(TitleColumn));
        if (titleColumn < 0 || personColumn < 0 && unitColumn < 0)
        {
            return Result<IReadOnlyList<Registration>>.Invalid(new FieldError("File",
                $"Tệp cần cột “{TitleColumn}” và cột “{PersonColumn}” (cá nhân) hoặc “{UnitColumn}” (tập thể) ở dòng tiêu đề (dòng {opened.HeaderRowNumber})."));
        }

        var rows = opened.ReadRows().Where(r => !r.Cells.All(c => c.IsEmpty)).ToList();
        var errors = new List<FieldError>();
        if (rows.Count == 0)
        {
            return Result<IReadOnlyList<Registration>>.Invalid(new FieldError("File", "Tệp không có dòng đăng ký nào dưới dòng tiêu đề."));
        }

        string Text(TabularRow row, int column) => column < 0 ? string.Empty : row[column].Display.Trim();
        var personCodes = rows.Select(r => Text(r, personColumn)).Where(c => c.Length > 0).Distinct().ToList();
        var unitCodes = rows.Select(r => Text(r, unitColumn)).Where(c => c.Length > 0).Distinct().ToList();
        var manage = actor.ScopePaths(RegistrationsPermissions.Manage);
        var people = await db.People.AsNoTracking().InScope(manage).Where(p => personCodes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, p => p.Id, StringComparer.OrdinalIgnoreCase, ct);
        var units = await db.Units.AsNoTracking().InScope(manage).Where(u => unitCodes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, ct);
        var entries = new List<RegistrationEntry>();
        var labels = new List<string>();
        foreach (var row in rows)
        {
            var (person, unit, title) = (Text(row, personColumn), Text(row, unitColumn), Text(row, titleColumn));
            var at = $"dòng {row.RowNumber}";
            AwardCode? code = null;
            if (title.Length == 0)
            {
                errors.Add(new FieldError(at, $"{at}, cột {CellReference.ColumnName(titleColumn)}: thiếu danh hiệu đăng ký."));
            }
            else if (!CodeOf<AwardCode>.TryParse(title, out var parsed) || AwardCodes.IsForm(parsed))
            {
                errors.Add(new FieldError(at, $"{at}, cột {CellReference.ColumnName(titleColumn)}: “{title}” không phải mã danh hiệu thi đua; dùng {RegistrationRules.TitleList(false)} hoặc {RegistrationRules.TitleList(true)}."));
            }
            else
            {
                code = parsed;
            }

            if (person.Length > 0 && unit.Length > 0)
            {
                errors.Add(new FieldError(at, $"{at}: mỗi dòng là một cá nhân (cột {CellReference.ColumnName(personColumn)}) hoặc một tập thể (cột {CellReference.ColumnName(unitColumn)}), không cả hai."));
            }
            else if (person.Length > 0)
            {
                if (!people.TryGetValue(person, out var id))
                {
                    errors.Add(new FieldError(at, $"{at}, cột {CellReference.ColumnName(personColumn)}: không có công chức mã “{person}” trong phạm vi của bạn."));
                }
                else
                {
                    entries.Add(new RegistrationEntry(id, null, code));
                    labels.Add(char.ToUpperInvariant(at[0]) + at[1..]);
                }
            }
            else if (unit.Length > 0)
            {
                if (!units.TryGetValue(unit, out var id))
                {
                    errors.Add(new FieldError(at, $"{at}, cột {CellReference.ColumnName(unitColumn)}: không có đơn vị mã “{unit}” trong phạm vi của bạn."));
                }
                else
                {
                    entries.Add(new RegistrationEntry(null, id, code));
                    labels.Add(char.ToUpperInvariant(at[0]) + at[1..]);
                }
            }
            else
            {
                errors.Add(new FieldError(at, $"{at}: thiếu mã công chức hoặc mã đơn vị."));
            }
        }

        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<Registration>>.Invalid(errors);
        }

        return await file.HandleAsync(new FileRegistrationsInput(year, entries, submit, lateReason, labels), ct);
    }
}
