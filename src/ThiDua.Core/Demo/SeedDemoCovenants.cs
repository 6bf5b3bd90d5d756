using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Covenants;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Records;

namespace ThiDua.Core.Demo;

/// <summary>
/// Demo covenants, counted from the clock: for the current emulation year every demo cluster's covenant is signed by
/// all its members (each by a leader of the unit, in the first weeks of the year); for the last finished year the
/// covenant is closed — reviewed, cross-scored, ranked and voted — so the leading unit's CTDBO shows the cluster
/// criterion met. In the block of Lạng Sơn's offices the leader is an office rated HTXS that year (when there is one).
/// </summary>
public sealed class SeedDemoCovenants(AppDbContext db, EmulationCalendar calendar, TimeProvider clock)
{
    public async Task HandleAsync(CancellationToken ct = default)
    {
        var clusters = await db.Clusters.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        var year = calendar.CurrentYear;
        var last = calendar.LastFinished;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var cluster in clusters)
        {
            var current = await MembersAsync(cluster.Id, year, ct);
            if (current.Count >= 2)
            {
                var covenant = Draft(cluster, year, current);
                covenant.OpenForSigning(Instant(calendar.Start(year).AddDays(10), now));
                Sign(covenant, current, calendar.Start(year).AddDays(15), now);
                db.Covenants.Add(covenant);
            }

            var previous = await MembersAsync(cluster.Id, last, ct);
            if (previous.Count >= 3)
            {
                await CloseLastYearAsync(cluster, last, previous, now, ct);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task CloseLastYearAsync(Cluster cluster, int year, List<Member> members, DateTime now, CancellationToken ct)
    {
        var ids = members.Select(m => m.UnitId).ToList();
        var htxs = await db.UnitRatings.AsNoTracking().Where(r => r.Year == year && r.Rating == Rating.Htxs && ids.Contains(r.UnitId)).Select(r => r.UnitId).ToListAsync(ct);
        var leader = members.FirstOrDefault(m => m.Code == "LSN") ?? members.FirstOrDefault(m => htxs.Contains(m.UnitId)) ?? members[0];
        var covenant = Draft(cluster, year, members);
        var start = calendar.Start(year);
        covenant.OpenForSigning(Instant(start.AddDays(10), now));
        Sign(covenant, members, start.AddDays(15), now);
        db.Covenants.Add(covenant);
        await db.SaveChangesAsync(ct);

        covenant.RecordReview("Sơ kết 6 tháng: các đơn vị bám sát chỉ tiêu; chỉ tiêu về tiền còn chậm ở một số đơn vị.",
            covenant.Commitments.ToDictionary(c => c.Order, c => (c.TargetValue is { } t ? (decimal?)Math.Round(t * 0.55m, 2) : null,
                c.TargetValue is null ? (decimal?)null : 55m, (string?)"Đạt khoảng một nửa chỉ tiêu năm, đúng tiến độ.")),
            Instant(start.AddMonths(6).AddDays(5), now));
        covenant.StartScoring(Instant(calendar.End(year).AddDays(-10), now));
        string Name(int unit) => members.First(m => m.UnitId == unit).Name;
        for (var s = 0; s < members.Count; s++)
        {
            for (var t = 0; t < members.Count; t++)
            {
                if (s == t)
                {
                    continue;
                }

                // The leader scores highest; the others spread below it, each scorer a little stricter or kinder.
                var quality = members[t] == leader ? 97 : 92 - 3 * (t % 4);
                var points = covenant.Criteria.ToDictionary(c => c.Id, c => Math.Clamp(c.MaxPoints * (quality - s % 3), 0, c.MaxPoints * 100));
                covenant.Score(members[s].UnitId, members[t].UnitId, ids, points, Name);
            }
        }

        var runnerUp = members.First(m => m != leader);
        foreach (var voter in members)
        {
            covenant.Vote(voter.UnitId, [voter == leader ? runnerUp.UnitId : leader.UnitId], ids, Name);
        }

        var problems = covenant.Close(ids, Name, Instant(calendar.End(year).AddDays(-3), now));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Demo covenant could not be closed: " + string.Join(" ", problems));
        }
    }

    private static Covenant Draft(Cluster cluster, int year, List<Member> members)
    {
        var head = members.FirstOrDefault(m => m.Role == ClusterRole.HEAD) ?? members[0];
        var covenant = new Covenant(cluster.Id, year, head.UnitId, $"Giao ước thi đua năm {year} của {cluster.Name}", 100, 1);
        covenant.SetContent(CovenantTemplate.Commitments.Select(c => (c.Text, c.Indicator, c.Target, c.Unit)), CovenantTemplate.Criteria);
        return covenant;
    }

    private static void Sign(Covenant covenant, List<Member> members, DateOnly from, DateTime now)
    {
        var ids = members.Select(m => m.UnitId).ToList();
        for (var i = 0; i < members.Count; i++)
        {
            var refusal = covenant.Sign(members[i].UnitId, members[i].Name, ids, null, members[i].Signer, SignatureMethod.System, Instant(from.AddDays(i), now).AddHours(i % 3));
            if (refusal is not null)
            {
                throw new InvalidOperationException("Demo covenant could not be signed: " + refusal);
            }
        }
    }

    /// <summary>09:00 in Vietnam on <paramref name="day"/>, never after now.</summary>
    private static DateTime Instant(DateOnly day, DateTime now)
    {
        var at = day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        return at < now ? at : now.AddMinutes(-1);
    }

    private async Task<List<Member>> MembersAsync(int clusterId, int year, CancellationToken ct)
    {
        var rows = await db.ClusterMembers.AsNoTracking().Where(m => m.ClusterId == clusterId && m.Year == year).OrderBy(m => m.RotationOrder)
            .Select(m => new { m.UnitId, m.Unit.Code, m.Unit.Name, m.Role }).ToListAsync(ct);
        var ids = rows.Select(r => r.UnitId).ToList();
        var leaders = (await db.People.AsNoTracking().Where(p => ids.Contains(p.UnitId) && p.IsLeader).OrderBy(p => p.Id)
            .Select(p => new { p.UnitId, p.FullName }).ToListAsync(ct)).GroupBy(p => p.UnitId).ToDictionary(g => g.Key, g => g.First().FullName);
        return rows.Select(r => new Member(r.UnitId, r.Code, r.Name, r.Role, leaders.TryGetValue(r.UnitId, out var n) ? n : "Lãnh đạo " + r.Name)).ToList();
    }

    private sealed record Member(int UnitId, string Code, string Name, ClusterRole Role, string Signer);
}
