using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Calendar;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Councils;

public sealed record CalendarDayView(DateOnly Date, CalendarDayKind Kind, string Name);

public sealed record CalendarYear(int Year, IReadOnlyList<CalendarDayView> Days, int WorkingDays, bool CanManage);

/// <summary>
/// The working-day calendar's listed days (days off and worked weekends) of a year, and their management: national data
/// (postings and deadlines everywhere count on it), so changed only by an administrator or emulation officer of a
/// root unit (<see cref="CouncilsPermissions.ManageCalendar"/> at the root); every change audited with
/// <see cref="CalendarDay.Check"/>'s messages for bad input.
/// </summary>
public sealed class ManageCalendar(AppDbContext db, ICurrentUser actor)
{
    public bool CanManage => actor.HasAtRoot(CouncilsPermissions.ManageCalendar) && actor.HasAnywhere(CouncilsPermissions.ManageCalendar);

    public async Task<Result<CalendarYear>> ListAsync(int year, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100)
        {
            return Result<CalendarYear>.Invalid(new FieldError("Year", $"Năm {year} không hợp lệ."));
        }

        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct);
        var calendar = new WorkingCalendar(days);
        return Result<CalendarYear>.Ok(new CalendarYear(year, days.Select(d => new CalendarDayView(d.Date, d.Kind, d.Name)).ToList(),
            calendar.WorkingDaysBetween(from.AddDays(-1), to), CanManage));
    }

    public async Task<Result<CalendarDayView>> AddAsync(DateOnly? date, CalendarDayKind kind, string? name, CancellationToken ct = default)
    {
        if (!CanManage)
        {
            return Result<CalendarDayView>.NotFound();
        }

        if (date is null)
        {
            return Result<CalendarDayView>.Invalid(new FieldError("Date", "Ngày: vui lòng chọn ngày."));
        }

        if (CalendarDay.Check(date.Value, kind, name) is { } error)
        {
            return Result<CalendarDayView>.Invalid(new FieldError(error.StartsWith("Tên", StringComparison.Ordinal) ? "Name" : "Date", error));
        }

        if (await db.CalendarDays.AnyAsync(d => d.Date == date.Value, ct))
        {
            return Result<CalendarDayView>.Invalid(new FieldError("Date", $"Ngày: {VietnameseFormat.Date(date.Value)} đã có trong lịch; hãy xóa ngày đó trước khi ghi lại."));
        }

        var day = new CalendarDay(date.Value, kind, name!);
        db.CalendarDays.Add(day);
        db.RecordEvent("Calendar.added", nameof(CalendarDay), day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"Thêm vào lịch làm việc: {VietnameseFormat.Date(day.Date)} — {(kind == CalendarDayKind.DayOff ? "ngày nghỉ" : "ngày làm bù")} “{day.Name}”.");
        await db.SaveChangesAsync(ct);
        return Result<CalendarDayView>.Ok(new CalendarDayView(day.Date, day.Kind, day.Name));
    }

    public async Task<Result<CalendarDayView>> RemoveAsync(DateOnly date, CancellationToken ct = default)
    {
        if (!CanManage)
        {
            return Result<CalendarDayView>.NotFound();
        }

        var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date, ct);
        if (day is null)
        {
            return Result<CalendarDayView>.NotFound();
        }

        db.CalendarDays.Remove(day);
        db.RecordEvent("Calendar.removed", nameof(CalendarDay), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"Xóa khỏi lịch làm việc: {VietnameseFormat.Date(date)} “{day.Name}”.");
        await db.SaveChangesAsync(ct);
        return Result<CalendarDayView>.Ok(new CalendarDayView(day.Date, day.Kind, day.Name));
    }
}
