using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation.Queries;

namespace ThiDua.Core.Organisation.Records;

public sealed record AssignmentView(int Id, int UnitId, string UnitCode, string UnitName, string Position, LeadershipLevel Leadership, DateOnly From, DateOnly? To);

public sealed record RatingView(int Year, Rating Rating);

public sealed record LeaveView(int Id, int Year, LeaveReason Reason, int WorkingDays);

public sealed record DisciplineView(int Id, DisciplineLevel Level, DateOnly DecidedOn, DateOnly? EndsOn, string? DecisionRef);

public sealed record PendingCaseView(int Id, PendingKind Kind, DateOnly OpenedOn, DateOnly? ClosedOn, string? Note);

public sealed record InitiativeView(int Id, string Title, InitiativeScope Scope, string RecognisedBy, string DecisionNumber, DateOnly DecisionDate, int Year, IReadOnlyList<string> Authors);

public sealed record AwardView(int Id, AwardCode Code, AwardKind Kind, int? PeriodFrom, int? PeriodTo, string DecisionNumber, DateOnly DecisionDate, string Issuer, AwardSource Source, DateOnly? RevokedOn, string? RevocationReason);

/// <summary>One line of a person's timeline, newest first: what happened, when, and of which kind.</summary>
public sealed record TimelineEntry(DateOnly Date, string Kind, string Text);

public sealed record PersonProfile(
    PersonSummary Person,
    IReadOnlyList<AssignmentView> Assignments,
    IReadOnlyList<RatingView> Ratings,
    IReadOnlyList<LeaveView> Leave,
    IReadOnlyList<DisciplineView> Discipline,
    IReadOnlyList<PendingCaseView> PendingCases,
    IReadOnlyList<InitiativeView> Initiatives,
    IReadOnlyList<AwardView> Awards,
    IReadOnlyList<TimelineEntry> Timeline);

/// <summary>
/// Everything recorded about one person in scope, and a timeline merging it: units and positions, ratings, titles
/// and awards, initiatives, discipline, leave and pending cases. A year's rating and leave are dated on the last
/// day of the emulation year (30 September in this sector; the start month is a setting).
/// </summary>
public sealed class GetPersonProfile(AppDbContext db, GetPerson getPerson, EmulationCalendar calendar)
{
    public async Task<Result<PersonProfile>> HandleAsync(int id, CancellationToken ct = default)
    {
        var person = await getPerson.HandleAsync(id, ct);
        if (!person.IsSuccess)
        {
            return Result<PersonProfile>.NotFound();
        }

        var assignments = await db.Assignments.AsNoTracking().Where(a => a.PersonId == id).OrderBy(a => a.From)
            .Select(a => new AssignmentView(a.Id, a.UnitId, a.Unit.Code, a.Unit.Name, a.Position, a.Leadership, a.From, a.To)).ToListAsync(ct);
        var ratings = await db.PersonRatings.AsNoTracking().Where(r => r.PersonId == id).OrderBy(r => r.Year)
            .Select(r => new RatingView(r.Year, r.Rating)).ToListAsync(ct);
        var leave = await db.LeaveRecords.AsNoTracking().Where(r => r.PersonId == id).OrderBy(r => r.Year)
            .Select(r => new LeaveView(r.Id, r.Year, r.Reason, r.WorkingDays)).ToListAsync(ct);
        var discipline = await db.DisciplineRecords.AsNoTracking().Where(r => r.PersonId == id).OrderBy(r => r.DecidedOn)
            .Select(r => new DisciplineView(r.Id, r.Level, r.DecidedOn, r.EndsOn, r.DecisionRef)).ToListAsync(ct);
        var pending = await db.PendingCases.AsNoTracking().Where(r => r.PersonId == id).OrderBy(r => r.OpenedOn)
            .Select(r => new PendingCaseView(r.Id, r.Kind, r.OpenedOn, r.ClosedOn, r.Note)).ToListAsync(ct);
        var initiativeIds = db.InitiativeAuthors.Where(a => a.PersonId == id).Select(a => a.InitiativeId);
        var initiatives = await db.Initiatives.AsNoTracking().Where(i => initiativeIds.Contains(i.Id)).OrderBy(i => i.Year)
            .Select(i => new
            {
                i.Id, i.Title, i.Scope, i.RecognisedBy, i.DecisionNumber, i.DecisionDate, i.Year,
                Authors = db.InitiativeAuthors.Where(a => a.InitiativeId == i.Id).Join(db.People, a => a.PersonId, p => p.Id, (a, p) => p.FullName).ToList(),
            }).ToListAsync(ct);
        var awards = await db.AwardRecords.AsNoTracking().Where(a => a.PersonId == id).OrderBy(a => a.DecisionDate)
            .Select(a => new AwardView(a.Id, a.Code, a.Kind, a.PeriodFrom, a.PeriodTo, a.DecisionNumber, a.DecisionDate, a.Issuer, a.Source, a.RevokedOn, a.RevocationReason))
            .ToListAsync(ct);
        var initiativeViews = initiatives.Select(i => new InitiativeView(i.Id, i.Title, i.Scope, i.RecognisedBy, i.DecisionNumber, i.DecisionDate, i.Year, i.Authors)).ToList();

        var timeline = new List<TimelineEntry>();
        timeline.AddRange(assignments.Select(a => new TimelineEntry(a.From, "unit", $"{a.Position} – {a.UnitName}")));
        timeline.AddRange(ratings.Select(r => new TimelineEntry(YearEnd(r.Year), "rating", $"Năm {r.Year}: {CodeNames.Of(r.Rating)} ({CodeOf<Rating>.Code(r.Rating)})")));
        timeline.AddRange(leave.Select(l => new TimelineEntry(YearEnd(l.Year), "leave", $"Năm {l.Year}: {CodeNames.Of(l.Reason)} {l.WorkingDays} ngày làm việc")));
        timeline.AddRange(discipline.Select(d => new TimelineEntry(d.DecidedOn, "discipline",
            $"Kỷ luật {CodeNames.Of(d.Level).ToLowerInvariant()}{(d.DecisionRef is null ? string.Empty : " – " + d.DecisionRef)}{(d.EndsOn is null ? string.Empty : $" (đến {d.EndsOn:dd/MM/yyyy})")}")));
        timeline.AddRange(pending.Select(p => new TimelineEntry(p.OpenedOn, "pending",
            $"{CodeNames.Of(p.Kind)}{(p.ClosedOn is null ? " (chưa kết thúc)" : $" (kết thúc {p.ClosedOn:dd/MM/yyyy})")}")));
        timeline.AddRange(initiativeViews.Select(i => new TimelineEntry(i.DecisionDate, "initiative", $"Sáng kiến {CodeNames.Of(i.Scope).ToLowerInvariant()}: {i.Title}")));
        timeline.AddRange(awards.Select(a => new TimelineEntry(a.DecisionDate, "award",
            $"{CodeNames.Of(a.Code)}{Period(a)} – {a.DecisionNumber}{(a.RevokedOn is null ? string.Empty : $" (đã thu hồi {a.RevokedOn:dd/MM/yyyy})")}")));

        return Result<PersonProfile>.Ok(new PersonProfile(person.Value!, assignments, ratings, leave, discipline, pending, initiativeViews, awards,
            timeline.OrderByDescending(t => t.Date).ThenBy(t => t.Kind, StringComparer.Ordinal).ToList()));
    }

    private DateOnly YearEnd(int year) => calendar.End(year);

    private static string Period(AwardView a) => a.PeriodFrom is null ? string.Empty
        : a.PeriodTo is null || a.PeriodTo == a.PeriodFrom ? $" năm {a.PeriodFrom}" : $" giai đoạn {a.PeriodFrom}–{a.PeriodTo}";
}
