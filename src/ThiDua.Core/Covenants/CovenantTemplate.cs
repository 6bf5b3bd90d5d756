namespace ThiDua.Core.Covenants;

/// <summary>
/// The usual content of a covenant of enforcement agencies (rules.md §7 targets): what the drafting form starts from
/// and what the demo clusters signed. A head unit adapts it.
/// </summary>
public static class CovenantTemplate
{
    public static readonly (string Text, string? Indicator, decimal? Target, string? Unit)[] Commitments =
    [
        ("Hoàn thành vượt mức chỉ tiêu giải quyết xong về việc trên số việc có điều kiện thi hành", "Tỷ lệ giải quyết xong về việc", 85.5m, "%"),
        ("Hoàn thành vượt mức chỉ tiêu giải quyết xong về tiền trên số tiền có điều kiện thi hành", "Tỷ lệ giải quyết xong về tiền", 57m, "%"),
        ("Giảm số việc, số tiền chuyển sang kỳ sau so với năm trước", "Số việc chuyển kỳ sau giảm", 5m, "%"),
        ("Ra quyết định thi hành án đúng thời hạn", "Tỷ lệ quyết định ra đúng hạn", 100m, "%"),
        ("Không để xảy ra khiếu nại, tố cáo vượt cấp, kéo dài; không có công chức bị kỷ luật từ khiển trách trở lên", null, null, null),
    ];

    public static readonly (string Name, int Points)[] Criteria =
    [
        ("Kết quả giải quyết xong về việc", 30),
        ("Kết quả giải quyết xong về tiền", 30),
        ("Giảm án tồn, ra quyết định đúng hạn", 15),
        ("Công tác tổ chức cán bộ, kỷ luật, kỷ cương", 10),
        ("Phong trào thi đua, khen thưởng, nhân rộng điển hình", 15),
    ];
}
