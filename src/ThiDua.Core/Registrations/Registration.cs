using System.Text.Json.Serialization;
using ThiDua.Core.Organisation;

namespace ThiDua.Core.Registrations;

/// <summary>Where a registration stands in its workflow (<see cref="RegistrationWorkflow"/>).</summary>
public enum RegistrationStatus
{
    [JsonStringEnumMemberName("DRAFT")] Draft,
    [JsonStringEnumMemberName("SUBMITTED")] Submitted,
    [JsonStringEnumMemberName("APPROVED")] Approved,
    [JsonStringEnumMemberName("RETURNED")] Returned,
}

/// <summary>What an officer or the registrant does to a registration.</summary>
public enum RegistrationAction
{
    [JsonStringEnumMemberName("SUBMIT")] Submit,
    [JsonStringEnumMemberName("APPROVE")] Approve,
    [JsonStringEnumMemberName("RETURN")] Return,
}

/// <summary>
/// The registration workflow as a table of allowed transitions (conventions: explicit state machines): a draft is
/// submitted; the superior approves or returns it with a reason; a returned registration is corrected and submitted
/// again. Nothing else: an approved registration is final, and no step can be skipped.
/// </summary>
public static class RegistrationWorkflow
{
    public static IReadOnlyDictionary<(RegistrationStatus From, RegistrationAction Action), RegistrationStatus> Transitions { get; } =
        new Dictionary<(RegistrationStatus, RegistrationAction), RegistrationStatus>
        {
            [(RegistrationStatus.Draft, RegistrationAction.Submit)] = RegistrationStatus.Submitted,
            [(RegistrationStatus.Returned, RegistrationAction.Submit)] = RegistrationStatus.Submitted,
            [(RegistrationStatus.Submitted, RegistrationAction.Approve)] = RegistrationStatus.Approved,
            [(RegistrationStatus.Submitted, RegistrationAction.Return)] = RegistrationStatus.Returned,
        };

    public static bool Allows(RegistrationStatus from, RegistrationAction action) => Transitions.ContainsKey((from, action));

    public static string Name(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Draft => "Nháp",
        RegistrationStatus.Submitted => "Đã gửi, chờ duyệt",
        RegistrationStatus.Approved => "Đã duyệt",
        _ => "Trả lại",
    };

    public static string Verb(RegistrationAction action) => action switch
    {
        RegistrationAction.Submit => "gửi",
        RegistrationAction.Approve => "duyệt",
        _ => "trả lại",
    };
}

/// <summary>
/// A registration round (đợt đăng ký thi đua) opened by a unit for an emulation year: it covers the unit's subtree and
/// sets the deadline after which only an officer, giving a reason, may still file a registration.
/// </summary>
public sealed class RegistrationRound
{
    private RegistrationRound()
    {
    }

    public RegistrationRound(int unitId, int year, DateOnly deadline, DateTime openedAt, string openedBy)
    {
        UnitId = unitId;
        Year = year;
        Deadline = deadline;
        OpenedAt = openedAt;
        OpenedBy = openedBy;
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public OrgUnit Unit { get; private set; } = null!;

    public int Year { get; private set; }

    public DateOnly Deadline { get; private set; }

    public DateTime OpenedAt { get; private set; }

    public string OpenedBy { get; private set; } = string.Empty;

    public void SetDeadline(DateOnly deadline) => Deadline = deadline;
}

/// <summary>
/// The title a person (<see cref="PersonId"/>) or a collective (<see cref="CollectiveUnitId"/>) strives for in an
/// emulation year (đăng ký thi đua). <see cref="UnitId"/> is the unit that files it — the person's unit, or the
/// collective itself — and scopes it. One registration per person or collective and year; a higher title covers the
/// titles it requires (rules.md §5). State changes only through <see cref="Apply"/> and the workflow table.
/// </summary>
public sealed class Registration
{
    private Registration()
    {
    }

    public Registration(int year, int unitId, int? personId, int? collectiveUnitId, Shared.AwardCode title, string filedBy, bool onBehalf, string? lateReason, DateTime now)
    {
        if ((personId is null) == (collectiveUnitId is null))
        {
            throw new ArgumentException("A registration is of one person or of one collective.");
        }

        Year = year;
        UnitId = unitId;
        PersonId = personId;
        CollectiveUnitId = collectiveUnitId;
        Title = title;
        FiledBy = filedBy;
        OnBehalf = onBehalf;
        LateReason = string.IsNullOrWhiteSpace(lateReason) ? null : lateReason.Trim();
        FiledAt = now;
        Status = RegistrationStatus.Draft;
    }

    public int Id { get; private set; }

    public int Year { get; private set; }

    public int UnitId { get; private set; }

    public OrgUnit Unit { get; private set; } = null!;

    public int? PersonId { get; private set; }

    public Person? Person { get; private set; }

    public int? CollectiveUnitId { get; private set; }

    public Shared.AwardCode Title { get; private set; }

    public RegistrationStatus Status { get; private set; }

    /// <summary>Who filed it (account name); <see cref="OnBehalf"/> when an officer filed it for the person or unit.</summary>
    public string FiledBy { get; private set; } = string.Empty;

    public bool OnBehalf { get; private set; }

    public DateTime FiledAt { get; private set; }

    /// <summary>Why an officer filed it after the round's deadline (required then, audited).</summary>
    public string? LateReason { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    /// <summary>Why the superior returned it (required to return).</summary>
    public string? ReturnReason { get; private set; }

    public bool IsCollective => CollectiveUnitId is not null;

    /// <summary>A draft or a returned registration may still change its title.</summary>
    public bool CanChange => Status is RegistrationStatus.Draft or RegistrationStatus.Returned;

    public void ChangeTitle(Shared.AwardCode title)
    {
        if (!CanChange)
        {
            throw new InvalidOperationException("Only a draft or returned registration changes its title.");
        }

        Title = title;
    }

    /// <summary>For the demo seeder: the title a registration was filed with before it was returned.</summary>
    internal void ChangeTitleForDemo(Shared.AwardCode title) => Title = title;

    public void SetLateReason(string? reason)
    {
        if (!string.IsNullOrWhiteSpace(reason))
        {
            LateReason = reason.Trim();
        }
    }

    /// <summary>Applies an allowed transition (the caller has checked who may); a return needs its reason.</summary>
    public void Apply(RegistrationAction action, string actor, DateTime now, string? reason = null)
    {
        if (!RegistrationWorkflow.Transitions.TryGetValue((Status, action), out var next))
        {
            throw new InvalidOperationException($"{action} is not allowed from {Status}.");
        }

        if (action == RegistrationAction.Return && string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidOperationException("A return needs its reason.");
        }

        Status = next;
        switch (action)
        {
            case RegistrationAction.Submit:
                SubmittedAt = now;
                ReturnReason = null;
                DecidedAt = null;
                DecidedBy = null;
                break;
            case RegistrationAction.Approve:
                DecidedAt = now;
                DecidedBy = actor;
                break;
            default:
                DecidedAt = now;
                DecidedBy = actor;
                ReturnReason = reason!.Trim();
                break;
        }
    }
}
