using ThiDua.Core.Awards.Eligibility;

namespace ThiDua.Core.Awards.Proposals;

/// <summary>One item of a dossier: its stable code, its name, and whether the application can draft it.</summary>
public sealed record DossierItem(string Code, string Name, bool Drafted);

/// <summary>
/// The dossier (hồ sơ) each title or form requires (Law on Emulation and Commendation Art 84, rules.md §6): for a
/// title the submission letter, the achievement report and the minutes of the evaluation meeting, and for CSTDBO and
/// CSTDTQ the certification of the initiative; for a form the submission letter, the achievement report, the minutes
/// and the certifications. A proposal by hand for a sudden feat (DOT_XUAT) carries a short report of the feat instead
/// of the yearly achievement report. Kept as one table here so that it is read in one place (ADR 0020).
/// </summary>
public static class DossierChecklist
{
    public const string Letter = "TO_TRINH";
    public const string Report = "BAO_CAO_THANH_TICH";
    public const string Minutes = "BIEN_BAN";
    public const string Initiative = "SANG_KIEN";
    public const string Certification = "XAC_NHAN";

    public static readonly DossierItem LetterItem = new(Letter, "Tờ trình đề nghị khen thưởng", true);
    public static readonly DossierItem ReportItem = new(Report, "Báo cáo thành tích (có xác nhận của thủ trưởng đơn vị)", true);
    public static readonly DossierItem FeatReportItem = new(Report, "Báo cáo tóm tắt thành tích đột xuất (có xác nhận của thủ trưởng đơn vị)", true);
    public static readonly DossierItem MinutesItem = new(Minutes, "Biên bản họp bình xét của Hội đồng Thi đua – Khen thưởng", false);
    public static readonly DossierItem InitiativeItem = new(Initiative, "Giấy chứng nhận hoặc quyết định công nhận sáng kiến, đề tài khoa học", false);
    public static readonly DossierItem CertificationItem = new(Certification, "Văn bản xác nhận, chứng nhận liên quan (thực hiện nghĩa vụ, kết quả công tác)", false);

    /// <summary>The routes by hand that need judgement (rules.md §5: conditions the records cannot show).</summary>
    public static readonly IReadOnlyDictionary<string, string> ByHandRoutes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DOT_XUAT"] = "Khen thưởng đột xuất (thành tích đột xuất)",
        ["THANH_TICH_XUAT_SAC"] = "Thành tích xuất sắc tiêu biểu",
        ["CHUYEN_DE"] = "Khen thưởng theo chuyên đề, đợt thi đua",
    };

    public static bool IsTitle(AwardCode code) => code is AwardCode.Ldtt or AwardCode.Cstdcs or AwardCode.Cstdbo or AwardCode.Cstdtq
        or AwardCode.Ttldtt or AwardCode.Ttldxs or AwardCode.Ctdbo or AwardCode.Ctdcp;

    public static IReadOnlyList<DossierItem> For(AwardCode code, ProposalRoute route, string? routeCode)
    {
        var report = route == ProposalRoute.ByHand && routeCode == "DOT_XUAT" ? FeatReportItem : ReportItem;
        if (IsTitle(code))
        {
            return code is AwardCode.Cstdbo or AwardCode.Cstdtq
                ? [LetterItem, report, MinutesItem, InitiativeItem]
                : [LetterItem, report, MinutesItem];
        }

        return [LetterItem, report, MinutesItem, CertificationItem];
    }
}
