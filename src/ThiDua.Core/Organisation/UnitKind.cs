namespace ThiDua.Core.Organisation;

/// <summary>The kinds of node in the sector's tree (glossary: Organisation). Stored by name.</summary>
public enum UnitKind
{
    /// <summary>Bộ Tư pháp — the top of the tree.</summary>
    MINISTRY,

    /// <summary>Cục Quản lý Thi hành án dân sự.</summary>
    CENTRAL,

    /// <summary>Thi hành án dân sự tỉnh/thành phố.</summary>
    PROVINCIAL,

    /// <summary>Phòng Thi hành án dân sự khu vực.</summary>
    REGIONAL,

    /// <summary>Phòng, ban chuyên môn inside a unit.</summary>
    DEPARTMENT,
}

public static class UnitKindNames
{
    public static string Vietnamese(UnitKind kind) => kind switch
    {
        UnitKind.MINISTRY => "Bộ",
        UnitKind.CENTRAL => "Cơ quan trung ương",
        UnitKind.PROVINCIAL => "Cơ quan THADS tỉnh, thành phố",
        UnitKind.REGIONAL => "Phòng THADS khu vực",
        UnitKind.DEPARTMENT => "Phòng, ban chuyên môn",
        _ => kind.ToString(),
    };
}
