using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;

namespace ThiDua.Core.Shared.Calendar;

/// <summary>
/// The holidays of the Labour Code 2019 Art 112 (New Year 1 day, Tết 5 days, Hùng Kings 1 day, 30/4, 1/5, National Day
/// 2 days) as the Government announced them for civil servants for 2025 and 2026, and as they fall for 2027 by the lunar
/// calendar. The exchanged days of 2027 are not yet announced [unchecked]: officers edit the list on the calendar page.
/// </summary>
public static class BuiltInCalendar
{
    public static IReadOnlyList<CalendarDay> Days() =>
    [
        // 2025
        Off(2025, 1, 1, "Tết Dương lịch"),
        Off(2025, 1, 27, "Tết Nguyên đán"), Off(2025, 1, 28, "Tết Nguyên đán"), Off(2025, 1, 29, "Tết Nguyên đán"),
        Off(2025, 1, 30, "Tết Nguyên đán"), Off(2025, 1, 31, "Tết Nguyên đán"),
        Off(2025, 4, 7, "Giỗ Tổ Hùng Vương"),
        Off(2025, 4, 30, "Ngày Chiến thắng"), Off(2025, 5, 1, "Ngày Quốc tế lao động"), Off(2025, 5, 2, "Nghỉ hoán đổi"),
        new CalendarDay(new DateOnly(2025, 4, 26), CalendarDayKind.WorkedWeekend, "Làm bù cho ngày 02/5"),
        Off(2025, 9, 1, "Quốc khánh"), Off(2025, 9, 2, "Quốc khánh"),

        // 2026
        Off(2026, 1, 1, "Tết Dương lịch"),
        Off(2026, 2, 16, "Tết Nguyên đán"), Off(2026, 2, 17, "Tết Nguyên đán"), Off(2026, 2, 18, "Tết Nguyên đán"),
        Off(2026, 2, 19, "Tết Nguyên đán"), Off(2026, 2, 20, "Tết Nguyên đán"),
        Off(2026, 4, 27, "Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)"),
        Off(2026, 4, 30, "Ngày Chiến thắng"), Off(2026, 5, 1, "Ngày Quốc tế lao động"),
        Off(2026, 9, 1, "Quốc khánh"), Off(2026, 9, 2, "Quốc khánh"),

        // 2027 (by the lunar calendar; exchanged days not yet announced)
        Off(2027, 1, 1, "Tết Dương lịch"),
        Off(2027, 2, 5, "Tết Nguyên đán"), Off(2027, 2, 8, "Tết Nguyên đán"), Off(2027, 2, 9, "Tết Nguyên đán"),
        Off(2027, 2, 10, "Tết Nguyên đán"), Off(2027, 2, 11, "Tết Nguyên đán"),
        Off(2027, 4, 16, "Giỗ Tổ Hùng Vương"),
        Off(2027, 4, 30, "Ngày Chiến thắng"), Off(2027, 5, 3, "Nghỉ bù Ngày Quốc tế lao động (01/5 là thứ Bảy)"),
        Off(2027, 9, 2, "Quốc khánh"), Off(2027, 9, 3, "Quốc khánh"),
    ];

    /// <summary>Inserts the built-in days into an empty calendar; an edited calendar is left as it is.</summary>
    public static async Task<bool> SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.CalendarDays.AnyAsync(ct))
        {
            return false;
        }

        db.CalendarDays.AddRange(Days());
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static CalendarDay Off(int year, int month, int day, string name) => new(new DateOnly(year, month, day), CalendarDayKind.DayOff, name);
}
