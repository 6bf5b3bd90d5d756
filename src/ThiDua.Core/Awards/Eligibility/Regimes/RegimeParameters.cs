using System.Globalization;

namespace ThiDua.Core.Awards.Eligibility.Regimes;

/// <summary>
/// The law in force over a period, as data (rules.md §1–§6, §10). A new regime is a new instance of this record,
/// written by an administrator (or loaded from JSON); only a new kind of condition needs code.
/// </summary>
public sealed record RegimeParameters
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>First decision date the regime governs.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Informational last day; a later regime's <see cref="EffectiveFrom"/> ends this one in any case.</summary>
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>The regime this one was derived from, when written as a set of changes.</summary>
    public string? Inherits { get; init; }

    /// <summary>Main texts of the regime (law, decree, circulars).</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    // --- Case-level conditions (rules.md §5) ---

    /// <summary>Justice sector: a title is considered only if registered for it (or for a title that covers it).</summary>
    public required Param<bool> RegistrationRequiredInJustice { get; init; }

    /// <summary>Citation of the suspension while a discipline, investigation or complaint is pending.</summary>
    public required Param<bool> PendingCaseSuspends { get; init; }

    // --- LDTT (rules.md §2) ---

    public required Param<Rating> LdttMinRating { get; init; }

    /// <summary>N of "recruited less than N months before the end of the assessed year".</summary>
    public required Param<int> LdttMinServiceMonths { get; init; }

    /// <summary>Whether leave of the limit or more (reason OTHER only) excludes LDTT.</summary>
    public required Param<bool> LeaveLimitEnabled { get; init; }

    public required Param<int> LeaveLimitWorkingDays { get; init; }

    public required Param<bool> DisciplineExcludesLdtt { get; init; }

    /// <summary>The lightest discipline level that excludes (KHIEN_TRACH).</summary>
    public required Param<DisciplineLevel> ExcludingDisciplineLevel { get; init; }

    // --- CSTDCS, CSTDBO, CSTDTQ ---

    public required Param<CstdcsRoute> CstdcsRoute { get; init; }

    /// <summary>Narrowest scope of the initiative CSTDCS accepts ("any scope").</summary>
    public required Param<InitiativeScope> CstdcsInitiativeScope { get; init; }

    /// <summary>Cap on CSTDCS as a percentage of the unit's LDTT holders; null when there is none.</summary>
    public required Param<int?> CstdcsQuotaPercent { get; init; }

    /// <summary>Length of the CSTDBO term: CSTDCS in each of that many consecutive years.</summary>
    public required Param<int> CstdboConsecutiveYears { get; init; }

    public required Param<InitiativeScope> CstdboInitiativeScope { get; init; }

    /// <summary>How many consecutive CSTDBO terms CSTDTQ needs (the assessed one included).</summary>
    public required Param<int> CstdtqCstdboTimes { get; init; }

    public required Param<InitiativeScope> CstdtqInitiativeScope { get; init; }

    // --- Collective titles (rules.md §3) ---

    public required Param<Rating> TtldttMinRating { get; init; }

    public required Param<ShareThreshold> TtldttLdttShare { get; init; }

    public required Param<bool> TtldttNoHeavyDiscipline { get; init; }

    public required Param<Rating> TtldxsMinRating { get; init; }

    /// <summary>Share of members who complete their tasks (HT or better), as "at least" a percentage.</summary>
    public required Param<int> TtldxsCompletionPercent { get; init; }

    public required Param<ShareThreshold> TtldxsLdttShare { get; init; }

    public required Param<int> TtldxsMinCstdcsMembers { get; init; }

    public required Param<bool> TtldxsNoHeavyDiscipline { get; init; }

    /// <summary>Cap on TTLDXS as a percentage of TTLDTT holders; null when there is none.</summary>
    public required Param<int?> TtldxsQuotaPercent { get; init; }

    public required Param<Rating> CtdboMinRating { get; init; }

    public required Param<bool> CtdboRequiresClusterLead { get; init; }

    public required Param<bool> CtdcpRequiresClusterLead { get; init; }

    // --- Forms (rules.md §4) ---

    public required FormRule Bkbo { get; init; }

    public required FormRule Bkttg { get; init; }

    public required FormRule Hcld3 { get; init; }

    public required FormRule Hcld2 { get; init; }

    public required FormRule Hcld1 { get; init; }

    public required Param<CountingStart> CountingStart { get; init; }

    /// <summary>A year with a discipline of the excluding level or heavier is not a qualifying year of a run.</summary>
    public required Param<bool> DisciplineBreaksFormRun { get; init; }

    /// <summary>Kinds of award that belong to a chain and meet a prerequisite (CONG_TRANG).</summary>
    public required Param<IReadOnlyList<AwardKind>> ChainAwardKinds { get; init; }

    // --- Procedure (rules.md §6) and money (§10) ---

    public required Param<CouncilVoteRules> CouncilVote { get; init; }

    /// <summary>Working days candidates for state-level forms are posted before the council meets.</summary>
    public required Param<int> PostingWorkingDays { get; init; }

    public required Param<int> PostingWorkingDaysJustice { get; init; }

    /// <summary>Award money coefficient × base salary, by title or form code.</summary>
    public required IReadOnlyDictionary<string, Param<decimal>> AwardMoneyCoefficients { get; init; }

    /// <summary>The rule of a form, or null for a code that is not a form with an automatic rule.</summary>
    public FormRule? FormRuleFor(AwardCode form) => form switch
    {
        AwardCode.Bkbo => Bkbo,
        AwardCode.Bkttg => Bkttg,
        AwardCode.Hcld3 => Hcld3,
        AwardCode.Hcld2 => Hcld2,
        AwardCode.Hcld1 => Hcld1,
        _ => null,
    };

    /// <summary>Posting days for the given sector.</summary>
    public int PostingDays(Sector sector) =>
        sector == Sector.Justice ? PostingWorkingDaysJustice.Value : PostingWorkingDays.Value;

    /// <summary>The largest number of CSTDCS a unit may propose given its LDTT holders, or null with no quota.</summary>
    public int? CstdcsQuota(int ldttHolders) =>
        CstdcsQuotaPercent.Value is { } percent ? (int)((long)percent * ldttHolders / 100) : null;

    /// <summary>Every problem that makes this regime unusable, in Vietnamese; empty when it is sound.</summary>
    public IReadOnlyList<string> Validate() => Problems().Select(p => p.Message).ToList();

    /// <summary>Every problem with the JSON name of the parameter it concerns (e.g. <c>ldttMinServiceMonths</c>).</summary>
    public IReadOnlyList<RegimeProblem> Problems()
    {
        var problems = new List<RegimeProblem>();
        void Require(bool ok, string field, string message)
        {
            if (!ok)
            {
                problems.Add(new RegimeProblem(field, string.Create(CultureInfo.InvariantCulture, $"Chế độ '{Code}': {message}")));
            }
        }

        Require(!string.IsNullOrWhiteSpace(Code), "code", "thiếu mã chế độ.");
        Require(!string.IsNullOrWhiteSpace(Name), "name", "thiếu tên chế độ.");
        Require(EffectiveTo is null || EffectiveTo >= EffectiveFrom, "effectiveTo", "ngày hết hiệu lực trước ngày có hiệu lực.");
        Require(LdttMinServiceMonths.Value is >= 0 and <= 120, "ldttMinServiceMonths", "số tháng công tác tối thiểu phải từ 0 đến 120.");
        Require(LeaveLimitWorkingDays.Value is >= 1 and <= 366, "leaveLimitWorkingDays", "giới hạn ngày nghỉ phải từ 1 đến 366.");
        Require(CstdcsQuotaPercent.Value is null or (>= 0 and <= 100), "cstdcsQuotaPercent", "tỷ lệ CSTĐCS phải từ 0 đến 100.");
        Require(TtldxsQuotaPercent.Value is null or (>= 0 and <= 100), "ttldxsQuotaPercent", "tỷ lệ TTLĐXS phải từ 0 đến 100.");
        Require(CstdboConsecutiveYears.Value is >= 1 and <= 20, "cstdboConsecutiveYears", "số năm liên tục của CSTĐ cấp bộ phải từ 1 đến 20.");
        Require(CstdtqCstdboTimes.Value is >= 1 and <= 5, "cstdtqCstdboTimes", "số lần CSTĐ cấp bộ của CSTĐ toàn quốc phải từ 1 đến 5.");
        Require(TtldxsCompletionPercent.Value is >= 0 and <= 100, "ttldxsCompletionPercent", "tỷ lệ hoàn thành nhiệm vụ phải từ 0 đến 100.");
        Require(TtldttLdttShare.Value.Percent is >= 0 and <= 100, "ttldttLdttShare", "tỷ lệ LĐTT của TTLĐTT phải từ 0 đến 100.");
        Require(TtldxsLdttShare.Value.Percent is >= 0 and <= 100, "ttldxsLdttShare", "tỷ lệ LĐTT của TTLĐXS phải từ 0 đến 100.");
        Require(TtldxsMinCstdcsMembers.Value >= 0, "ttldxsMinCstdcsMembers", "số thành viên CSTĐCS không được âm.");
        Require(PostingWorkingDays.Value >= 0 && PostingWorkingDaysJustice.Value >= 0, "postingWorkingDays", "số ngày công khai không được âm.");
        Require(CouncilVote.Value.QualifiedMajorityPercent is > 0 and <= 100, "councilVote", "tỷ lệ phiếu phải từ 1 đến 100.");
        Require(
            CouncilVote.Value.QuorumDenominator > 0 && CouncilVote.Value.QuorumNumerator >= 0
                && CouncilVote.Value.QuorumNumerator <= CouncilVote.Value.QuorumDenominator,
            "councilVote",
            "túc số hội đồng không hợp lệ.");
        foreach (var (code, field, rule) in new[]
        {
            (AwardCode.Bkbo, "bkbo", Bkbo), (AwardCode.Bkttg, "bkttg", Bkttg), (AwardCode.Hcld3, "hcld3", Hcld3),
            (AwardCode.Hcld2, "hcld2", Hcld2), (AwardCode.Hcld1, "hcld1", Hcld1),
        })
        {
            var label = Codes.Of(code);
            Require(rule.Routes.Count > 0, field, label + ": cần ít nhất một tuyến xét tự động.");
            Require(rule.PriorForm is null || AwardCodes.IsForm(rule.PriorForm.Value), field, label + ": hình thức bắt buộc trước phải là một hình thức khen thưởng.");
            foreach (var route in rule.Routes)
            {
                Require(route.Years is >= 1 and <= 30, field, label + ": số năm liên tục phải từ 1 đến 30.");
                Require(
                    route.CstdcsCount >= 0 && route.CstdcsCount <= route.Years
                        && route.ExcellentYears >= 0 && route.ExcellentYears <= route.Years,
                    field,
                    label + ": số lần CSTĐCS/HTXS phải từ 0 đến số năm của tuyến.");
                Require(route.Initiatives is >= 0 and <= 50, field, label + ": số sáng kiến phải từ 0 đến 50.");
            }
        }

        foreach (var (code, coefficient) in AwardMoneyCoefficients)
        {
            Require(Codes.TryParseAward(code, out _), "awardMoneyCoefficients." + code, "hệ số tiền thưởng cho mã không tồn tại '" + code + "'.");
            Require(coefficient.Value >= 0, "awardMoneyCoefficients." + code, "hệ số tiền thưởng của '" + code + "' không được âm.");
        }

        return problems;
    }
}

/// <summary>A problem of a regime: the JSON name of the parameter (e.g. <c>leaveLimitWorkingDays</c>) and the Vietnamese message.</summary>
public sealed record RegimeProblem(string Field, string Message);
