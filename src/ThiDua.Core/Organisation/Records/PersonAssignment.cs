namespace ThiDua.Core.Organisation.Records;

/// <summary>
/// One stretch of a person's career in one unit and position (quá trình công tác). The open one (<see cref="To"/>
/// null) matches <see cref="Person.UnitId"/>; a transfer closes it the day before the new one starts.
/// </summary>
public sealed class PersonAssignment
{
    private PersonAssignment()
    {
    }

    public PersonAssignment(int personId, int unitId, string position, LeadershipLevel leadership, DateOnly from)
    {
        PersonId = personId;
        UnitId = unitId;
        Position = position.Trim();
        Leadership = leadership;
        From = from;
    }

    public int Id { get; private set; }

    public int PersonId { get; private set; }

    public int UnitId { get; private set; }

    public OrgUnit Unit { get; private set; } = null!;

    public string Position { get; private set; } = string.Empty;

    public LeadershipLevel Leadership { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public void End(DateOnly lastDay) => To = lastDay < From ? From : lastDay;
}
