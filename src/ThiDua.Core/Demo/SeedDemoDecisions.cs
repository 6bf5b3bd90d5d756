using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Core.Data;

namespace ThiDua.Core.Demo;

/// <summary>
/// Demo award decisions of THADS Lạng Sơn, counted from the clock. For the last finished emulation year (which
/// <see cref="SeedDemoRecords"/> leaves without awards: the app proposes them) two decisions of Giấy khen are issued a
/// few weeks after the year's end — six people; two regional offices and three people — with their award records,
/// and one awardee of the first is revoked (false declaration). For the current year a draft Giấy khen đột xuất waits
/// for the leader. Numbers start at 512, above the historic numbers of the demo records of that calendar year, so the
/// register never repeats one. Idempotent: nothing is done when a decision exists.
/// </summary>
public sealed class SeedDemoDecisions(AppDbContext db, EmulationCalendar calendar, CreateDecision create, IssueDecision issue, RevokeDecision revoke)
{
    public const int FirstNumber = 512;

    public async Task HandleAsync(CancellationToken ct = default)
    {
        if (await db.AwardDecisions.AnyAsync(ct) || await db.Units.AllAsync(u => u.Code != "LSN", ct))
        {
            return;
        }

        var langSon = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "LSN", ct);
        var signer = await db.People.AsNoTracking().Where(p => p.Code == "LSN-0002").Select(p => new { p.FullName, p.Position }).SingleAsync(ct);
        var last = calendar.LastFinished;
        var end = calendar.End(last);
        var lastText = last.ToString(CultureInfo.InvariantCulture);
        DecisionInput Draft(DateOnly date, string kind, int period, string achievement, params DecisionLineInput[] lines) => new(
            langSon.Id, date, "GK", kind, period, period, achievement, null, null, null, "KT", signer.Position, signer.FullName, "Trưởng",
            ["Như Điều 3", "Cục Quản lý thi hành án dân sự (để báo cáo)", "Lãnh đạo đơn vị"], null, null, lines);
        DecisionLineInput Person(string code) => new(Code: code);

        var today = calendar.Today;
        DateOnly NotAfterToday(DateOnly d) => d > today ? today : d;
        var first = await RequireAsync(create.HandleAsync(Draft(NotAfterToday(end.AddDays(20)), "CONG_TRANG", last,
            $"xuất sắc trong thực hiện nhiệm vụ thi hành án dân sự năm {lastText}",
            Person("LSN-0103"), Person("LSN-0104"), Person("LSN-0106"), Person("LSN-0120"), Person("LSN-0125"), Person("LSN-0131")), ct));
        await RequireAsync(issue.HandleAsync(first.Id, FirstNumber, ct));
        var second = await RequireAsync(create.HandleAsync(Draft(NotAfterToday(end.AddDays(27)), "CONG_TRANG", last,
            $"xuất sắc trong phong trào thi đua \"Vì công lý, tận tụy phục vụ nhân dân\" năm {lastText}",
            new DecisionLineInput(Code: "LSN-KV2"), new DecisionLineInput(Code: "LSN-KV3"), Person("LSN-0140"), Person("LSN-0151"), Person("LSN-0162")), ct));
        await RequireAsync(issue.HandleAsync(second.Id, FirstNumber + 1, ct));
        var revoked = first.Lines.OrderBy(l => l.Order).Last();
        await RequireAsync(revoke.HandleAsync(first.Id, new RevokeInput([revoked.Id],
            "Kiểm tra hồ sơ phát hiện báo cáo thành tích kê khai số việc thi hành xong cao hơn số liệu thống kê.", "KHAI_MAN",
            NotAfterToday(end.AddDays(45)), $"Quyết định số {(FirstNumber + 7).ToString(CultureInfo.InvariantCulture)}/QĐ-THADS"), ct));

        await RequireAsync(create.HandleAsync(Draft(today, "DOT_XUAT", calendar.CurrentYear,
            "đột xuất trong tổ chức cưỡng chế thi hành án bảo đảm an toàn tuyệt đối",
            Person("LSN-0108"), Person("LSN-0109")), ct));
    }

    private static async Task<AwardDecision> RequireAsync(Task<Shared.Result<AwardDecision>> task)
    {
        var result = await task;
        return result.IsSuccess
            ? result.Value!
            : throw new InvalidOperationException("Demo decision: " + string.Join("; ", result.Errors.Select(e => e.Message)));
    }
}
