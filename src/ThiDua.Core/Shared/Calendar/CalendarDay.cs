using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThiDua.Core.Shared.Calendar;

/// <summary>Whether a listed day is a day off on a weekday or a Saturday/Sunday worked in exchange.</summary>
public enum CalendarDayKind
{
    /// <summary>Ngày nghỉ lễ, Tết or a day off given in exchange (nghỉ bù, hoán đổi).</summary>
    DayOff = 0,

    /// <summary>A Saturday or Sunday worked in exchange for a day off (làm bù).</summary>
    WorkedWeekend = 1,
}

/// <summary>
/// One exception to the Monday–Friday working week (Labour Code 2019 Art 111–112 and the Government's yearly
/// announcement of the holiday days for civil servants): kept as data, because Tết and the Hùng Kings' day follow the
/// lunar calendar and the exchanged days are announced each year.
/// </summary>
public sealed class CalendarDay
{
    private CalendarDay()
    {
    }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string name)
    {
        var error = Check(date, kind, name);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(name));
        }

        Date = date;
        Kind = kind;
        Name = name.Trim();
    }

    public int Id { get; private set; }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    /// <summary>E.g. "Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng Vương".</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The Vietnamese message for a day that cannot be listed, or null.</summary>
    public static string? Check(DateOnly date, CalendarDayKind kind, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "Tên ngày: hãy ghi tên ngày nghỉ hoặc ngày làm bù.";
        }

        if (name.Trim().Length > 200)
        {
            return "Tên ngày: tối đa 200 ký tự.";
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return kind switch
        {
            CalendarDayKind.DayOff when weekend =>
                "Ngày: thứ Bảy và Chủ nhật đã là ngày nghỉ; ngày nghỉ bù phải ghi vào ngày làm việc được nghỉ thay.",
            CalendarDayKind.WorkedWeekend when !weekend => "Ngày: ngày làm bù phải là thứ Bảy hoặc Chủ nhật.",
            _ => null,
        };
    }
}

public sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("CalendarDays");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.Date).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(200).IsRequired();
        builder.Property(d => d.Kind).HasConversion<int>();
    }
}
