using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace ThiDua.Core.Shared;

/// <summary>
/// The stable code of an enum value (its <see cref="JsonStringEnumMemberNameAttribute"/>, else its name), and back.
/// One table per enum, built once: the database, the files and the API all use these codes.
/// </summary>
public static class CodeOf<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> ToCode = Enum.GetValues<T>().ToFrozenDictionary(
        v => v,
        v => typeof(T).GetField(v.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? v.ToString());

    private static readonly FrozenDictionary<string, T> FromCode =
        ToCode.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> All { get; } = ToCode.OrderBy(kv => kv.Key).Select(kv => kv.Value).ToList();

    public static string Code(T value) => ToCode[value];

    public static bool TryParse(string? code, out T value) => FromCode.TryGetValue(code?.Trim() ?? string.Empty, out value);

    public static T Parse(string code) =>
        TryParse(code, out var value) ? value : throw new FormatException($"'{code}' is not a code of {typeof(T).Name}.");
}

/// <summary>Vietnamese names of the record codes, for screens, exports and messages.</summary>
public static class CodeNames
{
    public static string Of(Rating value) => value switch
    {
        Rating.Htxs => "Hoàn thành xuất sắc nhiệm vụ",
        Rating.Htt => "Hoàn thành tốt nhiệm vụ",
        Rating.Ht => "Hoàn thành nhiệm vụ",
        _ => "Không hoàn thành nhiệm vụ",
    };

    public static string Of(LeaveReason value) => value switch
    {
        LeaveReason.Maternity => "Nghỉ thai sản",
        LeaveReason.Illness => "Nghỉ ốm",
        LeaveReason.WorkInjury => "Tai nạn lao động",
        LeaveReason.Training => "Đi học, bồi dưỡng",
        _ => "Lý do khác",
    };

    public static string Of(DisciplineLevel value) => value switch
    {
        DisciplineLevel.KhienTrach => "Khiển trách",
        DisciplineLevel.CanhCao => "Cảnh cáo",
        DisciplineLevel.HaBacLuong => "Hạ bậc lương",
        DisciplineLevel.GiangChuc => "Giáng chức",
        DisciplineLevel.CachChuc => "Cách chức",
        _ => "Buộc thôi việc",
    };

    public static string Of(PendingKind value) => value switch
    {
        PendingKind.Discipline => "Đang xem xét kỷ luật",
        PendingKind.Investigation => "Đang bị điều tra",
        _ => "Đang bị khiếu nại, tố cáo",
    };

    public static string Of(InitiativeScope value) => value switch
    {
        InitiativeScope.CoSo => "Cấp cơ sở",
        InitiativeScope.Bo => "Cấp bộ, ngành, tỉnh",
        _ => "Cấp toàn quốc",
    };

    public static string Of(AwardKind value) => value switch
    {
        AwardKind.CongTrang => "Công trạng",
        AwardKind.DotXuat => "Đột xuất",
        AwardKind.ChuyenDe => "Theo đợt, chuyên đề",
        AwardKind.CongHien => "Cống hiến",
        AwardKind.NienHan => "Niên hạn",
        _ => "Đối ngoại",
    };

    public static string Of(AwardCode value) => value switch
    {
        AwardCode.Ldtt => "Lao động tiên tiến",
        AwardCode.Cstdcs => "Chiến sĩ thi đua cơ sở",
        AwardCode.Cstdbo => "Chiến sĩ thi đua cấp bộ, ngành, tỉnh",
        AwardCode.Cstdtq => "Chiến sĩ thi đua toàn quốc",
        AwardCode.Ttldtt => "Tập thể lao động tiên tiến",
        AwardCode.Ttldxs => "Tập thể lao động xuất sắc",
        AwardCode.Ctdbo => "Cờ thi đua ngành Tư pháp",
        AwardCode.Ctdcp => "Cờ thi đua của Chính phủ",
        AwardCode.Gk => "Giấy khen",
        AwardCode.Bkbo => "Bằng khen của Bộ trưởng",
        AwardCode.Bkttg => "Bằng khen của Thủ tướng Chính phủ",
        AwardCode.Hcld3 => "Huân chương Lao động hạng Ba",
        AwardCode.Hcld2 => "Huân chương Lao động hạng Nhì",
        AwardCode.Hcld1 => "Huân chương Lao động hạng Nhất",
        _ => "Kỷ niệm chương",
    };
}
