namespace ThiDua.Core.Organisation.Records;

/// <summary>Records that belong to one person; their scope (and audit scope) is the person's current unit.</summary>
public interface IPersonRecord
{
    int PersonId { get; }
}

/// <summary>A person's rating (đánh giá, xếp loại) for one emulation year; one per person and year.</summary>
public sealed class PersonRating : IPersonRecord
{
    private PersonRating()
    {
    }

    public PersonRating(int personId, int year, Rating rating)
    {
        PersonId = personId;
        Year = year;
        Rating = rating;
    }

    public int Id { get; private set; }

    public int PersonId { get; private set; }

    public int Year { get; private set; }

    public Rating Rating { get; private set; }

    public void Change(Rating rating) => Rating = rating;
}

/// <summary>Leave in working days within one emulation year, with its reason; one row per person, year and reason.</summary>
public sealed class LeaveRecord : IPersonRecord
{
    private LeaveRecord()
    {
    }

    public LeaveRecord(int personId, int year, LeaveReason reason, int workingDays)
    {
        PersonId = personId;
        Year = year;
        Reason = reason;
        WorkingDays = workingDays;
    }

    public int Id { get; private set; }

    public int PersonId { get; private set; }

    public int Year { get; private set; }

    public LeaveReason Reason { get; private set; }

    public int WorkingDays { get; private set; }

    public void Change(int workingDays) => WorkingDays = workingDays;
}

/// <summary>A discipline (kỷ luật): level, decision date, end of its period and the decision's reference.</summary>
public sealed class DisciplineRecord : IPersonRecord
{
    private DisciplineRecord()
    {
    }

    public DisciplineRecord(int personId, DisciplineLevel level, DateOnly decidedOn, DateOnly? endsOn, string? decisionRef)
    {
        PersonId = personId;
        Level = level;
        DecidedOn = decidedOn;
        Change(endsOn, decisionRef);
    }

    public int Id { get; private set; }

    public int PersonId { get; private set; }

    public DisciplineLevel Level { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public string? DecisionRef { get; private set; }

    public void Change(DateOnly? endsOn, string? decisionRef)
    {
        EndsOn = endsOn;
        DecisionRef = string.IsNullOrWhiteSpace(decisionRef) ? null : decisionRef.Trim();
    }
}

/// <summary>A pending case (discipline procedure, investigation, complaint) that suspends awards while open.</summary>
public sealed class PendingCase : IPersonRecord
{
    private PendingCase()
    {
    }

    public PendingCase(int personId, PendingKind kind, DateOnly openedOn, DateOnly? closedOn, string? note)
    {
        PersonId = personId;
        Kind = kind;
        OpenedOn = openedOn;
        Change(closedOn, note);
    }

    public int Id { get; private set; }

    public int PersonId { get; private set; }

    public PendingKind Kind { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? Note { get; private set; }

    public bool IsOpenOn(DateOnly date) => OpenedOn <= date && (ClosedOn is null || date < ClosedOn);

    public void Change(DateOnly? closedOn, string? note)
    {
        ClosedOn = closedOn;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

/// <summary>A collective's rating for one emulation year (xếp loại tập thể).</summary>
public sealed class UnitRating
{
    private UnitRating()
    {
    }

    public UnitRating(int unitId, int year, Rating rating)
    {
        UnitId = unitId;
        Year = year;
        Rating = rating;
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public int Year { get; private set; }

    public Rating Rating { get; private set; }

    public void Change(Rating rating) => Rating = rating;
}
