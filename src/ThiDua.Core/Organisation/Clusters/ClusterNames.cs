namespace ThiDua.Core.Organisation.Clusters;

/// <summary>Vietnamese names of cluster kinds and roles (glossary: Cụm thi đua / Khối thi đua; cụm trưởng, cụm phó).</summary>
public static class ClusterNames
{
    /// <summary>Years a cluster's composition may be recorded for.</summary>
    public const int MinYear = 2000;

    public const int MaxYear = 2100;

    public static bool IsValidYear(int year) => year is >= MinYear and <= MaxYear;

    public static string InvalidYear(int year) => $"Năm thi đua {year} không hợp lệ: phải từ {MinYear} đến {MaxYear}.";

    /// <summary>"Cụm thi đua" or "Khối thi đua".</summary>
    public static string Kind(ClusterKind kind) => kind == ClusterKind.BLOCK ? "Khối thi đua" : "Cụm thi đua";

    /// <summary>"cụm" or "khối", inside sentences.</summary>
    public static string Noun(ClusterKind kind) => kind == ClusterKind.BLOCK ? "khối" : "cụm";

    /// <summary>"Cụm trưởng", "Khối phó", "Thành viên".</summary>
    public static string Role(ClusterKind kind, ClusterRole role) => role switch
    {
        ClusterRole.HEAD => kind == ClusterKind.BLOCK ? "Khối trưởng" : "Cụm trưởng",
        ClusterRole.DEPUTY => kind == ClusterKind.BLOCK ? "Khối phó" : "Cụm phó",
        _ => "Thành viên",
    };

    /// <summary>"cụm trưởng" or "khối trưởng", inside sentences.</summary>
    public static string Head(ClusterKind kind) => kind == ClusterKind.BLOCK ? "khối trưởng" : "cụm trưởng";
}
