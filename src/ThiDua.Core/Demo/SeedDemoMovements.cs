using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Movements;

namespace ThiDua.Core.Demo;

/// <summary>
/// Demo movements of the current emulation year, counted from the clock: the Cục Quản lý THADS launches the sector's
/// regular movement and a thematic one; Lạng Sơn and Hà Nội respond (Nghệ An has not yet); five of Lạng Sơn's eight
/// regional offices respond, so the launch coverage has something to show. Last year's regular movement is fully
/// answered. Dates never pass today.
/// </summary>
public sealed class SeedDemoMovements(AppDbContext db, EmulationCalendar calendar)
{
    private static readonly (string Name, int Points)[] SectorCriteria =
    [
        ("Tỷ lệ giải quyết xong về việc trên số việc có điều kiện thi hành", 30),
        ("Tỷ lệ giải quyết xong về tiền trên số tiền có điều kiện thi hành", 30),
        ("Giảm số việc, số tiền chuyển kỳ sau", 10),
        ("Ra quyết định thi hành án đúng thời hạn", 10),
        ("Công tác tổ chức cán bộ, kỷ luật, kỷ cương hành chính", 10),
        ("Tổ chức phong trào thi đua, công tác khen thưởng, nhân rộng điển hình tiên tiến", 10),
    ];

    public async Task HandleAsync(CancellationToken ct = default)
    {
        var units = await db.Units.Where(u => u.ValidTo == null).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var year = calendar.CurrentYear;
        var today = calendar.Today;
        DateOnly Day(DateOnly start, int days) => start.AddDays(days) is var d && d < today ? d : today;

        // Last year: everyone answered.
        var previousStart = calendar.Start(year - 1);
        var previous = Launch("QLTHADS", null, $"Phong trào thi đua thực hiện thắng lợi nhiệm vụ công tác thi hành án dân sự, hành chính năm {year - 1}",
            MovementKind.Regular, MovementScope.Sector, previousStart, calendar.End(year - 1), previousStart.AddDays(10), $"01/KH-QLTHADS", SectorCriteria);
        await db.SaveChangesAsync(ct);
        foreach (var (code, days) in new[] { ("LSN", 16), ("HNI", 18), ("NAN", 21) })
        {
            Launch(code, previous, previous.Name, MovementKind.Regular, MovementScope.Unit, previousStart, calendar.End(year - 1), previousStart.AddDays(days), null, SectorCriteria);
        }

        // This year: the sector's regular movement and a thematic one.
        var start = calendar.Start(year);
        var central = Launch("QLTHADS", null, $"Phong trào thi đua thực hiện thắng lợi nhiệm vụ công tác thi hành án dân sự, hành chính năm {year}",
            MovementKind.Regular, MovementScope.Sector, start, calendar.End(year), Day(start, 7), "02/KH-QLTHADS", SectorCriteria);
        Launch("QLTHADS", null, "Thi đua đẩy mạnh chuyển đổi số trong công tác thi hành án dân sự", MovementKind.Thematic, MovementScope.Sector,
            Day(start, 31), calendar.End(year).AddMonths(-3), Day(start, 31), "03/KH-QLTHADS",
            [("Số hóa hồ sơ thi hành án đúng tiến độ", 40), ("Sử dụng phần mềm quản lý thi hành án dân sự", 40), ("Sáng kiến ứng dụng công nghệ thông tin", 20)]);
        await db.SaveChangesAsync(ct);

        var langSon = Launch("LSN", central, $"Phong trào thi đua thực hiện thắng lợi nhiệm vụ năm {year} của Thi hành án dân sự tỉnh Lạng Sơn",
            MovementKind.Regular, MovementScope.Unit, start, calendar.End(year), Day(start, 19), "05/KH-THADS", SectorCriteria);
        Launch("HNI", central, $"Phong trào thi đua năm {year} của Thi hành án dân sự thành phố Hà Nội",
            MovementKind.Regular, MovementScope.Unit, start, calendar.End(year), Day(start, 24), null, SectorCriteria);
        await db.SaveChangesAsync(ct);
        for (var i = 1; i <= 5; i++)
        {
            Launch($"LSN-KV{i}", langSon, $"Phong trào thi đua năm {year} của Phòng Thi hành án dân sự khu vực {i}",
                MovementKind.Regular, MovementScope.Unit, start, calendar.End(year), Day(start, 24 + 4 * i), null, SectorCriteria);
        }

        await db.SaveChangesAsync(ct);

        Movement Launch(string owner, Movement? parent, string name, MovementKind kind, MovementScope scope, DateOnly from, DateOnly to,
            DateOnly launched, string? reference, (string Name, int Points)[] criteria)
        {
            var movement = new Movement(units[owner], parent?.Id, name, kind, scope, null, from, to,
                "Thi đua hoàn thành vượt mức các chỉ tiêu, nhiệm vụ được giao; gắn thi đua với phát hiện, nhân rộng điển hình tiên tiến.",
                launched, reference, criteria.Sum(c => c.Points));
            movement.SetCriteria(criteria);
            db.Movements.Add(movement);
            return movement;
        }
    }
}
