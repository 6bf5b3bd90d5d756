using ThiDua.Core.Shared;

namespace ThiDua.Core.Organisation;

/// <summary>Gender as the statutory statistics count it ("F" | "M" in files and the API).</summary>
public enum Gender
{
    M,
    F,
}

/// <summary>
/// Leadership level as the statutory statistics on emulation and commendation classify people: a
/// direct worker holds no leadership position. Stored by name.
/// </summary>
public enum LeadershipLevel
{
    /// <summary>Người lao động trực tiếp: no leadership position.</summary>
    NONE = 0,

    /// <summary>Lãnh đạo cấp phòng: deputy head of division and up.</summary>
    DIVISION = 1,

    /// <summary>Thủ trưởng, phó thủ trưởng cơ quan, đơn vị cấp vụ, sở (a department-level body).</summary>
    DEPARTMENT = 2,

    /// <summary>Lãnh đạo cấp bộ, tỉnh.</summary>
    MINISTRY = 3,
}

public static class LeadershipLevelNames
{
    public static string Vietnamese(LeadershipLevel level) => level switch
    {
        LeadershipLevel.NONE => "Người lao động trực tiếp",
        LeadershipLevel.DIVISION => "Lãnh đạo cấp phòng (từ phó trưởng phòng trở lên)",
        LeadershipLevel.DEPARTMENT => "Thủ trưởng, phó thủ trưởng cơ quan cấp vụ, sở",
        _ => "Lãnh đạo cấp bộ, tỉnh",
    };
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

    public Person(string code, string fullName, Gender gender, DateOnly? birthDate, OrgUnit unit, string position, LeadershipLevel level, DateOnly? recruitedOn)
    {
        Code = code.Trim().ToUpperInvariant();
        Gender = gender;
        BirthDate = birthDate;
        Unit = unit;
        UnitId = unit.Id;
        RecruitedOn = recruitedOn;
        SetName(fullName);
        SetPosition(position, level);
    }

    /// <summary>For bulk generators that know the unit's id but have not loaded the unit.</summary>
    public static Person ForBulk(string code, string fullName, Gender gender, DateOnly? birthDate, int unitId, string position, LeadershipLevel level, DateOnly? recruitedOn)
    {
        var person = new Person { Code = code, Gender = gender, BirthDate = birthDate, UnitId = unitId, RecruitedOn = recruitedOn };
        person.SetName(fullName);
        person.SetPosition(position, level);
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

    /// <summary>True when <see cref="Leadership"/> is above <see cref="LeadershipLevel.NONE"/>; stored for filters and counts.</summary>
    public bool IsLeader { get; private set; }

    public LeadershipLevel Leadership { get; private set; }

    /// <summary>National personal identification number (số định danh cá nhân, 12 digits); optional, unique when present.</summary>
    public string? NationalId { get; private set; }

    public DateOnly? RecruitedOn { get; private set; }

    public void SetName(string fullName)
    {
        FullName = string.Join(' ', fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Normalize(System.Text.NormalizationForm.FormC);
        var lastSpace = FullName.LastIndexOf(' ');
        GivenName = lastSpace < 0 ? FullName : FullName[(lastSpace + 1)..];
        SearchName = SearchText.Fold(FullName);
    }

    public void SetPosition(string position, LeadershipLevel level)
    {
        Position = position.Trim().Normalize(System.Text.NormalizationForm.FormC);
        Leadership = level;
        IsLeader = level != LeadershipLevel.NONE;
    }

    public void SetDetails(Gender gender, DateOnly? birthDate, DateOnly? recruitedOn, string? nationalId)
    {
        Gender = gender;
        BirthDate = birthDate;
        RecruitedOn = recruitedOn;
        NationalId = string.IsNullOrWhiteSpace(nationalId) ? null : nationalId.Trim();
    }

    /// <summary>Moves the person to another unit; the caller closes the open <see cref="Records.PersonAssignment"/> and opens the next.</summary>
    public void MoveTo(OrgUnit unit)
    {
        Unit = unit;
        UnitId = unit.Id;
    }

    /// <summary>The national id with all but the last three digits hidden, for lists and exports ("*********123").</summary>
    public static string? Mask(string? nationalId) =>
        nationalId is null ? null : nationalId.Length <= 3 ? new string('*', nationalId.Length) : new string('*', nationalId.Length - 3) + nationalId[^3..];
}
