using System.Globalization;

namespace ThiDua.Core.Awards.Eligibility;

/// <summary>Names and formats for text read by officers: Vietnamese with full diacritics, vi-VN culture.</summary>
public static class VietnameseText
{
    /// <summary>The culture of every message meant for people; stored values use the invariant culture.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static string Name(AwardCode code) => code switch
    {
        AwardCode.Ldtt => "Lao động tiên tiến",
        AwardCode.Cstdcs => "Chiến sĩ thi đua cơ sở",
        AwardCode.Cstdbo => "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh",
        AwardCode.Cstdtq => "Chiến sĩ thi đua toàn quốc",
        AwardCode.Ttldtt => "Tập thể lao động tiên tiến",
        AwardCode.Ttldxs => "Tập thể lao động xuất sắc",
        AwardCode.Ctdbo => "Cờ thi đua của bộ, ban, ngành, tỉnh",
        AwardCode.Ctdcp => "Cờ thi đua của Chính phủ",
        AwardCode.Gk => "Giấy khen",
        AwardCode.Bkbo => "Bằng khen của Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh",
        AwardCode.Bkttg => "Bằng khen của Thủ tướng Chính phủ",
        AwardCode.Hcld3 => "Huân chương Lao động hạng Ba",
        AwardCode.Hcld2 => "Huân chương Lao động hạng Nhì",
        AwardCode.Hcld1 => "Huân chương Lao động hạng Nhất",
        AwardCode.Knc => "Kỷ niệm chương",
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    /// <summary>The short form officers write (LĐTT, CSTĐCS…).</summary>
    public static string Abbreviation(AwardCode code) => code switch
    {
        AwardCode.Ldtt => "LĐTT",
        AwardCode.Cstdcs => "CSTĐCS",
        AwardCode.Cstdbo => "CSTĐ cấp bộ",
        AwardCode.Cstdtq => "CSTĐ toàn quốc",
        AwardCode.Ttldtt => "TTLĐTT",
        AwardCode.Ttldxs => "TTLĐXS",
        AwardCode.Ctdbo => "Cờ thi đua cấp bộ",
        AwardCode.Ctdcp => "Cờ thi đua của Chính phủ",
        AwardCode.Gk => "Giấy khen",
        AwardCode.Bkbo => "Bằng khen cấp bộ",
        AwardCode.Bkttg => "Bằng khen của Thủ tướng",
        AwardCode.Hcld3 => "Huân chương Lao động hạng Ba",
        AwardCode.Hcld2 => "Huân chương Lao động hạng Nhì",
        AwardCode.Hcld1 => "Huân chương Lao động hạng Nhất",
        AwardCode.Knc => "Kỷ niệm chương",
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    public static string Name(Rating rating) => rating switch
    {
        Rating.Htxs => "hoàn thành xuất sắc nhiệm vụ",
        Rating.Htt => "hoàn thành tốt nhiệm vụ",
        Rating.Ht => "hoàn thành nhiệm vụ",
        Rating.Kht => "không hoàn thành nhiệm vụ",
        _ => throw new ArgumentOutOfRangeException(nameof(rating)),
    };

    /// <summary>"HTT hoặc HTXS" for a minimum of HTT; "HTXS" for a minimum of HTXS.</summary>
    public static string AtLeast(Rating minimum) => minimum switch
    {
        Rating.Htxs => "HTXS",
        Rating.Htt => "HTT hoặc HTXS",
        Rating.Ht => "HT, HTT hoặc HTXS",
        _ => "một mức xếp loại bất kỳ",
    };

    public static string Name(InitiativeScope scope) => scope switch
    {
        InitiativeScope.CoSo => "cấp cơ sở",
        InitiativeScope.Bo => "cấp bộ, ban, ngành, tỉnh",
        InitiativeScope.ToanQuoc => "toàn quốc",
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };

    /// <summary>"phạm vi cấp bộ, ban, ngành, tỉnh trở lên"; empty for the unit scope, which every initiative has.</summary>
    public static string ScopeRequirement(InitiativeScope minimum) => minimum switch
    {
        InitiativeScope.CoSo => string.Empty,
        InitiativeScope.Bo => " có phạm vi ảnh hưởng cấp bộ, ban, ngành, tỉnh trở lên",
        InitiativeScope.ToanQuoc => " có phạm vi ảnh hưởng toàn quốc",
        _ => throw new ArgumentOutOfRangeException(nameof(minimum)),
    };

    public static string Name(DisciplineLevel level) => level switch
    {
        DisciplineLevel.KhienTrach => "khiển trách",
        DisciplineLevel.CanhCao => "cảnh cáo",
        DisciplineLevel.HaBacLuong => "hạ bậc lương",
        DisciplineLevel.GiangChuc => "giáng chức",
        DisciplineLevel.CachChuc => "cách chức",
        DisciplineLevel.BuocThoiViec => "buộc thôi việc",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static string Name(LeaveReason reason) => reason switch
    {
        LeaveReason.Maternity => "nghỉ thai sản",
        LeaveReason.Illness => "điều trị bệnh",
        LeaveReason.WorkInjury => "điều trị tai nạn lao động",
        LeaveReason.Training => "đi học tập, bồi dưỡng được cử",
        LeaveReason.Other => "lý do khác",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static string Name(PendingKind kind) => kind switch
    {
        PendingKind.Discipline => "đang trong thời gian xem xét kỷ luật",
        PendingKind.Investigation => "đang bị điều tra, thanh tra, kiểm tra có dấu hiệu vi phạm",
        PendingKind.Complaint => "có đơn thư khiếu nại, tố cáo hoặc vấn đề báo chí nêu đang được xác minh",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The verdict as pages and exports name it.</summary>
    public static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Eligible => "Đủ điều kiện",
        Outcome.NotEligible => "Chưa đủ điều kiện",
        Outcome.Suspended => "Tạm hoãn xét (đang có vụ việc)",
        _ => "Thiếu dữ liệu",
    };

    public static string Name(AwardKind kind) => kind switch
    {
        AwardKind.CongTrang => "theo công trạng",
        AwardKind.DotXuat => "đột xuất",
        AwardKind.ChuyenDe => "theo đợt, chuyên đề",
        AwardKind.CongHien => "cống hiến",
        AwardKind.NienHan => "niên hạn",
        AwardKind.DoiNgoai => "đối ngoại",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>dd/MM/yyyy, the way dates are written in Vietnamese administrative text.</summary>
    /// <remarks>Written digit by digit: culture-aware formatting costs several times more on the evaluation path.</remarks>
    public static string Date(DateOnly date) => string.Create(10, date, static (span, d) =>
    {
        span[0] = (char)('0' + (d.Day / 10));
        span[1] = (char)('0' + (d.Day % 10));
        span[2] = '/';
        span[3] = (char)('0' + (d.Month / 10));
        span[4] = (char)('0' + (d.Month % 10));
        span[5] = '/';
        span[6] = (char)('0' + (d.Year / 1000));
        span[7] = (char)('0' + (d.Year / 100 % 10));
        span[8] = (char)('0' + (d.Year / 10 % 10));
        span[9] = (char)('0' + (d.Year % 10));
    });

    /// <summary>"2019–2023", or "2023" for a single year.</summary>
    public static string Years(int from, int to) =>
        from == to
            ? to.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{from}–{to}");

    public static string RatingCode(Rating? rating) => rating is { } r ? Codes.Of(r) : "chưa xếp loại";
}
