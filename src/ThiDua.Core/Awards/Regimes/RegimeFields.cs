using System.Globalization;
using System.Text.Json.Nodes;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Regimes;

/// <summary>How a parameter is edited: a checkbox, a number, an optional number, a choice, or only through JSON.</summary>
public enum RegimeFieldKind
{
    Bool,
    Number,
    OptionalNumber,
    Coefficient,
    Choice,
    Complex,
}

/// <summary>A value a choice parameter may take: its JSON code and Vietnamese name.</summary>
public sealed record RegimeOption(string Code, string Label);

/// <summary>
/// One parameter of a regime as the administrator sees it: its JSON name (<see cref="Key"/>, dotted for a money
/// coefficient), Vietnamese label, rules.md section and how it is shown. Values are read from the regime's JSON
/// object, so the edit form, the comparison with the base regime and the audit use the stored form itself.
/// </summary>
public sealed record RegimeField(
    string Key,
    string Label,
    string Section,
    RegimeFieldKind Kind,
    Func<RegimeParameters, string> Show,
    IReadOnlyList<RegimeOption>? Options = null)
{
    /// <summary>The parameter's node ({value, checked, citation}, or a form rule) in a regime's JSON object.</summary>
    public JsonObject? NodeIn(JsonObject regime)
    {
        JsonNode? node = regime;
        foreach (var part in Key.Split('.'))
        {
            node = node is JsonObject o ? o[part] : null;
        }

        return node as JsonObject;
    }
}

/// <summary>The parameters of rules.md §1–§6 and §10 in the order of the rules, with their Vietnamese labels and values.</summary>
public static class RegimeFields
{
    public const string NotApplicable = "không áp dụng";

    private static readonly RegimeOption[] Ratings = Enum.GetValues<Rating>().Select(r => new RegimeOption(Codes.Of(r), Codes.Of(r) + " – " + VietnameseText.Name(r))).ToArray();

    private static readonly RegimeOption[] Disciplines = Enum.GetValues<DisciplineLevel>().Select(d => new RegimeOption(Codes.Of(d), VietnameseText.Name(d))).ToArray();

    private static readonly RegimeOption[] Scopes = Enum.GetValues<InitiativeScope>().Select(s => new RegimeOption(Codes.Of(s), VietnameseText.Name(s))).ToArray();

    private static readonly RegimeOption[] Routes =
    [
        new("INITIATIVE_REQUIRED", "LĐTT và có sáng kiến được công nhận"),
        new("EXCELLENT_OR_INITIATIVE", "LĐTT và (HTXS hoặc có sáng kiến)"),
    ];

    private static readonly RegimeOption[] Starts =
    [
        new("PERIOD", "sau thời kỳ của khen thưởng trước"),
        new("DECISION_DATE", "từ năm của quyết định khen thưởng trước"),
    ];

    public const string General = "§5 Điều kiện chung";
    public const string Ldtt = "§2 Lao động tiên tiến";
    public const string Cstd = "§2 Chiến sĩ thi đua";
    public const string Collective = "§3 Danh hiệu tập thể";
    public const string Forms = "§4 Hình thức khen thưởng";
    public const string Procedure = "§6 Thủ tục";
    public const string Money = "§10 Tiền thưởng (hệ số × mức lương cơ sở)";

    public static IReadOnlyList<string> Sections { get; } = [General, Ldtt, Cstd, Collective, Forms, Procedure, Money];

    private static readonly RegimeField[] Fixed =
    [
        new("registrationRequiredInJustice", "Ngành Tư pháp: chỉ xét khi có đăng ký thi đua", General, RegimeFieldKind.Bool, r => YesNo(r.RegistrationRequiredInJustice.Value)),
        new("pendingCaseSuspends", "Tạm hoãn xét khi đang xem xét kỷ luật, điều tra, khiếu nại", General, RegimeFieldKind.Bool, r => YesNo(r.PendingCaseSuspends.Value)),
        new("ldttMinRating", "Xếp loại tối thiểu của LĐTT", Ldtt, RegimeFieldKind.Choice, r => Option(Ratings, Codes.Of(r.LdttMinRating.Value)), Ratings),
        new("ldttMinServiceMonths", "Số tháng công tác tối thiểu trong năm (tuyển dụng mới)", Ldtt, RegimeFieldKind.Number, r => Number(r.LdttMinServiceMonths.Value, "tháng")),
        new("leaveLimitEnabled", "Áp dụng giới hạn ngày nghỉ", Ldtt, RegimeFieldKind.Bool, r => YesNo(r.LeaveLimitEnabled.Value)),
        new("leaveLimitWorkingDays", "Giới hạn ngày nghỉ (ngày làm việc, lý do khác)", Ldtt, RegimeFieldKind.Number, r => Number(r.LeaveLimitWorkingDays.Value, "ngày làm việc")),
        new("disciplineExcludesLdtt", "Bị kỷ luật thì không xét LĐTT", Ldtt, RegimeFieldKind.Bool, r => YesNo(r.DisciplineExcludesLdtt.Value)),
        new("excludingDisciplineLevel", "Mức kỷ luật nhẹ nhất loại trừ", Ldtt, RegimeFieldKind.Choice, r => Option(Disciplines, Codes.Of(r.ExcludingDisciplineLevel.Value)), Disciplines),
        new("cstdcsRoute", "Điều kiện CSTĐCS", Cstd, RegimeFieldKind.Choice, r => Option(Routes, Code(r.CstdcsRoute.Value)), Routes),
        new("cstdcsInitiativeScope", "Phạm vi sáng kiến của CSTĐCS", Cstd, RegimeFieldKind.Choice, r => Option(Scopes, Codes.Of(r.CstdcsInitiativeScope.Value)), Scopes),
        new("cstdcsQuotaPercent", "Tỷ lệ CSTĐCS tối đa (% số LĐTT)", Cstd, RegimeFieldKind.OptionalNumber, r => Percent(r.CstdcsQuotaPercent.Value)),
        new("cstdboConsecutiveYears", "CSTĐ cấp bộ: số năm liên tục là CSTĐCS", Cstd, RegimeFieldKind.Number, r => Number(r.CstdboConsecutiveYears.Value, "năm")),
        new("cstdboInitiativeScope", "Phạm vi sáng kiến của CSTĐ cấp bộ", Cstd, RegimeFieldKind.Choice, r => Option(Scopes, Codes.Of(r.CstdboInitiativeScope.Value)), Scopes),
        new("cstdtqCstdboTimes", "CSTĐ toàn quốc: số lần liên tục là CSTĐ cấp bộ", Cstd, RegimeFieldKind.Number, r => Number(r.CstdtqCstdboTimes.Value, "lần")),
        new("cstdtqInitiativeScope", "Phạm vi sáng kiến của CSTĐ toàn quốc", Cstd, RegimeFieldKind.Choice, r => Option(Scopes, Codes.Of(r.CstdtqInitiativeScope.Value)), Scopes),
        new("ttldttMinRating", "TTLĐTT: xếp loại tối thiểu của tập thể", Collective, RegimeFieldKind.Choice, r => Option(Ratings, Codes.Of(r.TtldttMinRating.Value)), Ratings),
        new("ttldttLdttShare", "TTLĐTT: tỷ lệ thành viên đạt LĐTT", Collective, RegimeFieldKind.Complex, r => r.TtldttLdttShare.Value.Describe()),
        new("ttldttNoHeavyDiscipline", "TTLĐTT: không có thành viên bị kỷ luật từ cảnh cáo", Collective, RegimeFieldKind.Bool, r => YesNo(r.TtldttNoHeavyDiscipline.Value)),
        new("ttldxsMinRating", "TTLĐXS: xếp loại tối thiểu của tập thể", Collective, RegimeFieldKind.Choice, r => Option(Ratings, Codes.Of(r.TtldxsMinRating.Value)), Ratings),
        new("ttldxsCompletionPercent", "TTLĐXS: tỷ lệ thành viên hoàn thành nhiệm vụ (%)", Collective, RegimeFieldKind.Number, r => Number(r.TtldxsCompletionPercent.Value, "%")),
        new("ttldxsLdttShare", "TTLĐXS: tỷ lệ thành viên đạt LĐTT", Collective, RegimeFieldKind.Complex, r => r.TtldxsLdttShare.Value.Describe()),
        new("ttldxsMinCstdcsMembers", "TTLĐXS: số thành viên CSTĐCS tối thiểu", Collective, RegimeFieldKind.Number, r => Number(r.TtldxsMinCstdcsMembers.Value, "người")),
        new("ttldxsNoHeavyDiscipline", "TTLĐXS: không có thành viên bị kỷ luật từ cảnh cáo", Collective, RegimeFieldKind.Bool, r => YesNo(r.TtldxsNoHeavyDiscipline.Value)),
        new("ttldxsQuotaPercent", "Tỷ lệ TTLĐXS tối đa (% số TTLĐTT)", Collective, RegimeFieldKind.OptionalNumber, r => Percent(r.TtldxsQuotaPercent.Value)),
        new("ctdboMinRating", "Cờ thi đua cấp bộ: xếp loại tối thiểu", Collective, RegimeFieldKind.Choice, r => Option(Ratings, Codes.Of(r.CtdboMinRating.Value)), Ratings),
        new("ctdboRequiresClusterLead", "Cờ thi đua cấp bộ: phải dẫn đầu cụm, khối", Collective, RegimeFieldKind.Bool, r => YesNo(r.CtdboRequiresClusterLead.Value)),
        new("ctdcpRequiresClusterLead", "Cờ thi đua của Chính phủ: phải dẫn đầu cụm, khối", Collective, RegimeFieldKind.Bool, r => YesNo(r.CtdcpRequiresClusterLead.Value)),
        new("bkbo", "Bằng khen cấp bộ", Forms, RegimeFieldKind.Complex, r => Form(r.Bkbo)),
        new("bkttg", "Bằng khen của Thủ tướng Chính phủ", Forms, RegimeFieldKind.Complex, r => Form(r.Bkttg)),
        new("hcld3", "Huân chương Lao động hạng Ba", Forms, RegimeFieldKind.Complex, r => Form(r.Hcld3)),
        new("hcld2", "Huân chương Lao động hạng Nhì", Forms, RegimeFieldKind.Complex, r => Form(r.Hcld2)),
        new("hcld1", "Huân chương Lao động hạng Nhất", Forms, RegimeFieldKind.Complex, r => Form(r.Hcld1)),
        new("countingStart", "Tính thời gian từ", Forms, RegimeFieldKind.Choice, r => Option(Starts, Code(r.CountingStart.Value)), Starts),
        new("disciplineBreaksFormRun", "Năm bị kỷ luật làm gián đoạn chuỗi năm liên tục", Forms, RegimeFieldKind.Bool, r => YesNo(r.DisciplineBreaksFormRun.Value)),
        new("chainAwardKinds", "Loại khen thưởng được tính vào chuỗi", Forms, RegimeFieldKind.Complex, r => string.Join(", ", r.ChainAwardKinds.Value.Select(VietnameseText.Name))),
        new("councilVote", "Biểu quyết của Hội đồng", Procedure, RegimeFieldKind.Complex, r => Council(r.CouncilVote.Value)),
        new("postingWorkingDays", "Số ngày làm việc công khai danh sách trước khi họp", Procedure, RegimeFieldKind.Number, r => Number(r.PostingWorkingDays.Value, "ngày làm việc")),
        new("postingWorkingDaysJustice", "Ngành Tư pháp: số ngày làm việc công khai", Procedure, RegimeFieldKind.Number, r => Number(r.PostingWorkingDaysJustice.Value, "ngày làm việc")),
    ];

    /// <summary>Every parameter of the regime: the fixed ones, then one money coefficient per title or form it lists.</summary>
    public static IReadOnlyList<RegimeField> Of(RegimeParameters regime) =>
    [
        .. Fixed,
        .. regime.AwardMoneyCoefficients.Keys.Order(StringComparer.Ordinal).Select(code => new RegimeField(
            "awardMoneyCoefficients." + code,
            "Hệ số tiền thưởng – " + (Codes.TryParseAward(code, out var award) ? VietnameseText.Name(award) : code),
            Money,
            RegimeFieldKind.Coefficient,
            r => r.AwardMoneyCoefficients.TryGetValue(code, out var c) ? c.Value.ToString("0.0##", VietnameseText.Culture) : "—")),
    ];

    /// <summary>The field of a JSON name, or null.</summary>
    public static RegimeField? Find(RegimeParameters regime, string key) => Of(regime).FirstOrDefault(f => f.Key == key);

    /// <summary>Parameters marked [unchecked] in rules.md (checked = false).</summary>
    public static int UncheckedCount(RegimeParameters regime)
    {
        var json = RegimeJson.ToNode(regime);
        return Of(regime).Count(f => f.NodeIn(json)?["checked"]?.GetValue<bool>() == false);
    }

    private static string YesNo(bool value) => value ? "có" : "không";

    private static string Number(int value, string unit) => value.ToString(VietnameseText.Culture) + " " + unit;

    private static string Percent(int? value) => value is { } v ? v.ToString(VietnameseText.Culture) + " %" : NotApplicable;

    private static string Option(IEnumerable<RegimeOption> options, string code) => options.FirstOrDefault(o => o.Code == code)?.Label ?? code;

    private static string Code(CstdcsRoute route) => route == CstdcsRoute.InitiativeRequired ? "INITIATIVE_REQUIRED" : "EXCELLENT_OR_INITIATIVE";

    private static string Code(CountingStart start) => start == CountingStart.Period ? "PERIOD" : "DECISION_DATE";

    private static string Form(FormRule rule)
    {
        var routes = string.Join("; ", rule.Routes.Select(r => r.Name + (r.Checked ? string.Empty : " (chưa kiểm chứng)")));
        var prior = rule.PriorForm is { } p ? "Cần có trước: " + VietnameseText.Name(p) + ". " : string.Empty;
        var council = rule.CouncilOnlyRoutes.Count > 0 ? " Hội đồng xem xét: " + string.Join("; ", rule.CouncilOnlyRoutes.Select(c => c.Text)) + "." : string.Empty;
        return prior + "Tuyến xét tự động: " + routes + "." + council;
    }

    private static string Council(CouncilVoteRules rules) => string.Create(CultureInfo.InvariantCulture,
        $"Túc số {rules.QuorumNumerator}/{rules.QuorumDenominator} thành viên; {string.Join(", ", rules.QualifiedMajorityTitles.Select(VietnameseText.Abbreviation))} cần từ {rules.QualifiedMajorityPercent} % tổng số thành viên đồng ý; {(rules.SecretBallot ? "bỏ phiếu kín" : "biểu quyết công khai")}.");
}
