namespace ThiDua.Core.Movements;

/// <summary>Vietnamese names of the movement codes (pages and documents; the API gives the codes).</summary>
public static class MovementTexts
{
    public static string Name(MovementKind kind) => kind switch
    {
        MovementKind.Regular => "Thường xuyên",
        MovementKind.Periodic => "Theo đợt",
        _ => "Chuyên đề",
    };

    public static string Name(MovementScope scope) => scope switch
    {
        MovementScope.National => "Toàn quốc",
        MovementScope.Sector => "Bộ, ngành",
        MovementScope.Cluster => "Cụm, khối thi đua",
        _ => "Đơn vị",
    };

    public static string Name(MovementDuration duration) => duration == MovementDuration.ShortTerm ? "Ngắn hạn (dưới 1 năm)" : "Dài hạn (từ 1 năm)";
}
