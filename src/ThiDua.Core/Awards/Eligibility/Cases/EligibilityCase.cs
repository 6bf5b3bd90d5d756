namespace ThiDua.Core.Awards.Eligibility.Cases;

/// <summary>
/// One question put to the rules engine (eligibility-cases.md): under the law in force on <see cref="AsOf"/>,
/// does this person or collective qualify for <see cref="Target"/> for the emulation year <see cref="Year"/>?
/// </summary>
public sealed record EligibilityCase
{
    public required string Id { get; init; }

    public string? Description { get; init; }

    /// <summary>Date of the decision: picks the regime.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Optional override of the regime chosen by date.</summary>
    public string? Regime { get; init; }

    public Sector Sector { get; init; } = Sector.General;

    public required int Year { get; init; }

    /// <summary>Last day of the emulation year when the sector's year does not end on 31 December.</summary>
    public DateOnly? YearEnd { get; init; }

    public required AwardCode Target { get; init; }

    public PersonRecord? Person { get; init; }

    public CollectiveRecord? Collective { get; init; }

    /// <summary>The last day of the assessed year: <see cref="YearEnd"/> or 31 December of <see cref="Year"/>.</summary>
    public DateOnly EffectiveYearEnd => YearEnd ?? new DateOnly(Year, 12, 31);
}

/// <summary>A staff member's record as far as eligibility needs it.</summary>
public sealed record PersonRecord
{
    /// <summary>Start of the service that counts (contract time at the same agency included).</summary>
    public required DateOnly RecruitedOn { get; init; }

    /// <summary>Feeds ordering and fairness views only; never changes a verdict.</summary>
    public bool IsLeader { get; init; }

    /// <summary>Feeds ordering and fairness views only; never changes a verdict.</summary>
    public Gender Gender { get; init; }

    /// <summary>Titles registered for the assessed year.</summary>
    public IReadOnlyList<AwardCode> Registered { get; init; } = [];

    public required IReadOnlyList<PersonYear> Years { get; init; }

    /// <summary>Forms already received.</summary>
    public IReadOnlyList<AwardRecord> Awards { get; init; } = [];

    public IReadOnlyList<DisciplineRecord> Discipline { get; init; } = [];

    public IReadOnlyList<PendingKind> Pending { get; init; } = [];
}

/// <summary>One year of a person's record; the titles of earlier years are history and never re-judged.</summary>
public sealed record PersonYear
{
    public required int Year { get; init; }

    /// <summary>Null when not rated that year.</summary>
    public Rating? Rating { get; init; }

    /// <summary>Titles already awarded for that year; empty for the assessed year (the engine derives them).</summary>
    public IReadOnlyList<AwardCode> Titles { get; init; } = [];

    public IReadOnlyList<Initiative> Initiatives { get; init; } = [];

    public int LeaveWorkingDays { get; init; }

    public LeaveReason? LeaveReason { get; init; }

    public bool Holds(AwardCode title)
    {
        for (var i = 0; i < Titles.Count; i++)
        {
            if (Titles[i] == title)
            {
                return true;
            }
        }

        return false;
    }
}

public sealed record Initiative(string Id, InitiativeScope Scope);

/// <summary>A form already received; <see cref="PeriodFrom"/>/<see cref="PeriodTo"/> are null when the decision names no period.</summary>
public sealed record AwardRecord(AwardCode Form, AwardKind Kind, DateOnly DecisionDate, int? PeriodFrom, int? PeriodTo);

/// <summary>A discipline; <see cref="EndsOn"/> null means its period has no recorded end.</summary>
public sealed record DisciplineRecord(DisciplineLevel Level, DateOnly DecidedOn, DateOnly? EndsOn);

/// <summary>A collective's figures for the assessed year.</summary>
public sealed record CollectiveRecord
{
    public Rating? Rating { get; init; }

    public required int Members { get; init; }

    /// <summary>Members rated HT or better.</summary>
    public required int MembersCompleted { get; init; }

    public required int MembersLdtt { get; init; }

    public required int MembersCstdcs { get; init; }

    public required int MembersDisciplinedCanhCaoOrHeavier { get; init; }

    public bool LeadsCluster { get; init; }

    public IReadOnlyList<AwardCode> Registered { get; init; } = [];

    public IReadOnlyList<CollectiveYear> Years { get; init; } = [];

    public IReadOnlyList<AwardRecord> Awards { get; init; } = [];

    public IReadOnlyList<PendingKind> Pending { get; init; } = [];
}

public sealed record CollectiveYear(int Year, Rating? Rating, IReadOnlyList<AwardCode> Titles);

/// <summary>A bad field of a case, named by its path in the case file (e.g. <c>person.years[0].rating</c>).</summary>
public sealed record ValidationError(string Field, string Message);

/// <summary>The optional <c>expect</c> block of a case file.</summary>
public sealed record ExpectedResult(Outcome Outcome, IReadOnlyList<string> Unmet);
