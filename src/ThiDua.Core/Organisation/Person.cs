using ThiDua.Core.Shared;

namespace ThiDua.Core.Organisation;

/// <summary>Gender as the statutory statistics count it ("F" | "M" in files and the API).</summary>
public enum Gender
{
    M,
    F,
}

/// <summary>
/// A civil servant, public employee or worker of a unit. A person without a leadership position is a
/// direct worker (người lao động trực tiếp), whom the law gives priority (Law 06/2022 Art 5).
/// </summary>
public sealed class Person
{
    private Person()
    {
    }

    public Person(string code, string fullName, Gender gender, DateOnly? birthDate, OrgUnit unit, string position, bool isLeader, DateOnly? recruitedOn)
    {
        Code = code.Trim().ToUpperInvariant();
        Gender = gender;
        BirthDate = birthDate;
        Unit = unit;
        UnitId = unit.Id;
        RecruitedOn = recruitedOn;
        SetName(fullName);
        SetPosition(position, isLeader);
    }

    /// <summary>For bulk generators that know the unit's id but have not loaded the unit.</summary>
    public static Person ForBulk(string code, string fullName, Gender gender, DateOnly? birthDate, int unitId, string position, bool isLeader, DateOnly? recruitedOn)
    {
        var person = new Person { Code = code, Gender = gender, BirthDate = birthDate, UnitId = unitId, RecruitedOn = recruitedOn };
        person.SetName(fullName);
        person.SetPosition(position, isLeader);
        return person;
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string FullName { get; private set; } = string.Empty;

    /// <summary>The given name (last word), the first sort key for Vietnamese names.</summary>
    public string GivenName { get; private set; } = string.Empty;

    public string SearchName { get; private set; } = string.Empty;

    public Gender Gender { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public int UnitId { get; private set; }

    public OrgUnit Unit { get; private set; } = null!;

    public string Position { get; private set; } = string.Empty;

    public bool IsLeader { get; private set; }

    public DateOnly? RecruitedOn { get; private set; }

    public void SetName(string fullName)
    {
        FullName = string.Join(' ', fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Normalize(System.Text.NormalizationForm.FormC);
        var lastSpace = FullName.LastIndexOf(' ');
        GivenName = lastSpace < 0 ? FullName : FullName[(lastSpace + 1)..];
        SearchName = SearchText.Fold(FullName);
    }

    public void SetPosition(string position, bool isLeader)
    {
        Position = position.Trim();
        IsLeader = isLeader;
    }
}
