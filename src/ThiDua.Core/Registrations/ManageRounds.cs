using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Registrations;

public sealed record RoundInput(int UnitId, int Year, DateOnly? Deadline);

/// <summary>
/// Opens a unit's registration round for an emulation year, or changes its deadline (Registrations.Manage on the unit;
/// another unit: not found). The default deadline is the last day of the year's first month (31 October in this
/// sector, whose year starts on 1 October: <see cref="EmulationCalendar"/>); it must lie within the year. Audited.
/// </summary>
public sealed class OpenRegistrationRound(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar, TimeProvider clock)
{
    public static DateOnly DefaultDeadline(EmulationCalendar calendar, int year)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var start = calendar.Start(year);
        return start.AddMonths(1).AddDays(-1);
    }

    public async Task<Result<RegistrationRound>> HandleAsync(RoundInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == input.UnitId, ct);
        if (unit is null || !actor.CanAccess(RegistrationsPermissions.Manage, unit.Path))
        {
            return Result<RegistrationRound>.NotFound();
        }

        var errors = new List<FieldError>();
        if (input.Year is < 2000 or > 2999)
        {
            errors.Add(new FieldError("Year", "Năm thi đua phải trong khoảng 2000–2999."));
        }
        else
        {
            var deadline = input.Deadline ?? DefaultDeadline(calendar, input.Year);
            if (deadline < calendar.Start(input.Year) || deadline > calendar.End(input.Year))
            {
                errors.Add(new FieldError("Deadline", $"Hạn đăng ký phải nằm trong năm thi đua {input.Year} ({calendar.Describe(input.Year)})."));
            }
        }

        if (!RegistrationRules.IsCollectiveKind(unit.Kind))
        {
            errors.Add(new FieldError("UnitId", $"{unit.Name} là phòng, ban hoặc cấp Bộ: đợt đăng ký do đơn vị (cơ quan thi hành án) mở."));
        }

        if (errors.Count > 0)
        {
            return Result<RegistrationRound>.Invalid(errors);
        }

        var round = await db.RegistrationRounds.FirstOrDefaultAsync(r => r.UnitId == unit.Id && r.Year == input.Year, ct);
        var due = input.Deadline ?? DefaultDeadline(calendar, input.Year);
        if (round is null)
        {
            round = new RegistrationRound(unit.Id, input.Year, due, clock.GetUtcNow().UtcDateTime, actor.ActorName);
            db.RegistrationRounds.Add(round);
        }
        else
        {
            round.SetDeadline(due);
        }

        await db.SaveChangesAsync(ct);
        return Result<RegistrationRound>.Ok(round);
    }
}
