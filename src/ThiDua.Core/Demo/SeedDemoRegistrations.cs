using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Registrations;

namespace ThiDua.Core.Demo;

/// <summary>
/// Demo registrations of the current emulation year in Lạng Sơn: the agency opens its round (deadline extended to three
/// weeks after today while the year allows, so the demo can still collect); most staff register LĐTT, some CSTĐCS; the
/// agency's own staff and offices 1–5 are approved, offices 6–7 submitted and waiting, one registration returned with a
/// reason, office 8 has only drafts; a few people and offices 7–8 as collectives have not registered, so the coverage
/// is under 100 %. The employee of the demo account "nhanvien" has not registered (they can do it themselves).
/// </summary>
public sealed class SeedDemoRegistrations(AppDbContext db, EmulationCalendar calendar, TimeProvider clock)
{
    public async Task HandleAsync(CancellationToken ct = default)
    {
        var year = calendar.CurrentYear;
        var langSon = await db.Units.SingleAsync(u => u.Code == "LSN", ct);
        var deadline = OpenRegistrationRound.DefaultDeadline(calendar, year);
        var extended = calendar.Today.AddDays(21);
        if (extended > deadline)
        {
            deadline = extended <= calendar.End(year) ? extended : calendar.End(year);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        DateTime At(int days) => calendar.Start(year).AddDays(days).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc) is var t && t < now ? t : now;
        db.RegistrationRounds.Add(new RegistrationRound(langSon.Id, year, deadline, At(3), "canbo.langson"));

        var units = await db.Units.Where(u => u.Path.StartsWith(langSon.Path) && u.ValidTo == null).Select(u => new { u.Id, u.Code, u.Kind, u.ParentId }).ToListAsync(ct);
        var collectiveOf = units.ToDictionary(u => u.Id, u => u.Kind == Organisation.UnitKind.DEPARTMENT ? u.ParentId!.Value : u.Id);
        var codeOf = units.ToDictionary(u => u.Id, u => u.Code);
        var people = await db.People.Where(p => p.Unit.Path.StartsWith(langSon.Path)).OrderBy(p => p.Code).Select(p => new { p.Id, p.Code, p.UnitId, p.IsLeader }).ToListAsync(ct);
        var returned = false;
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var office = codeOf[collectiveOf[person.UnitId]];
            // About one in twelve has not registered, and the demo employee of "nhanvien".
            if (i % 12 == 7 || person.Code == "LSN-0100")
            {
                continue;
            }

            var title = i % 6 == 0 ? AwardCode.Cstdcs : AwardCode.Ldtt;
            var registration = new Registration(year, person.UnitId, person.Id, null, title, i % 3 == 0 ? "canbo.langson" : "tự đăng ký", i % 3 == 0, null, At(5 + i % 20));
            db.Registrations.Add(registration);
            if (office == "LSN-KV8")
            {
                continue;
            }

            registration.Apply(RegistrationAction.Submit, "canbo.langson", At(8 + i % 20));
            if (office is "LSN-KV6" && !returned)
            {
                registration.ChangeTitleForDemo(AwardCode.Cstdbo);
                registration.Apply(RegistrationAction.Return, "canbo.langson", At(30),
                    "Danh hiệu Chiến sĩ thi đua cấp bộ cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở; đề nghị đăng ký lại danh hiệu phù hợp.");
                returned = true;
            }
            else if (office is not ("LSN-KV6" or "LSN-KV7"))
            {
                registration.Apply(RegistrationAction.Approve, "canbo.langson", At(35));
            }
        }

        // Collectives: the agency strives for the sector's flag, offices 1–6 for their titles; offices 7 and 8 have not registered.
        var collectives = new (string Code, AwardCode Title, bool Approved)[]
        {
            ("LSN", AwardCode.Ctdbo, false), ("LSN-KV1", AwardCode.Ttldxs, true), ("LSN-KV2", AwardCode.Ttldtt, true), ("LSN-KV3", AwardCode.Ttldxs, true),
            ("LSN-KV4", AwardCode.Ttldtt, true), ("LSN-KV5", AwardCode.Ttldtt, true), ("LSN-KV6", AwardCode.Ttldtt, false),
        };
        foreach (var (code, title, approved) in collectives)
        {
            var unitId = units.Single(u => u.Code == code).Id;
            var registration = new Registration(year, unitId, null, unitId, title, "canbo.langson", true, null, At(6));
            registration.Apply(RegistrationAction.Submit, "canbo.langson", At(9));
            if (approved)
            {
                registration.Apply(RegistrationAction.Approve, "canbo.langson", At(33));
            }

            db.Registrations.Add(registration);
        }

        await db.SaveChangesAsync(ct);
    }
}
