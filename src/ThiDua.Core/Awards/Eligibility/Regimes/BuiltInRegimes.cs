namespace ThiDua.Core.Awards.Eligibility.Regimes;

/// <summary>
/// The regimes of rules.md §1 as data: <c>2014</c>, <c>2017</c>, <c>2024</c> and <c>2025</c> (which inherits <c>2024</c>).
/// Values rules.md marks [unchecked] carry <c>Checked = false</c>.
/// </summary>
public static class BuiltInRegimes
{
    /// <summary>No decision before this date falls under a regime of the system (rules.md §1).</summary>
    public static readonly DateOnly EarliestDecisionDate = new(2014, 8, 20);

    private const string Law2003 = "Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2013)";
    private const string Law2022 = "Luật Thi đua, khen thưởng 2022";
    private const string Decree65 = "Nghị định 65/2014/NĐ-CP";
    private const string Decree91 = "Nghị định 91/2017/NĐ-CP";
    private const string Decree98 = "Nghị định 98/2023/NĐ-CP";
    private const string Decree152 = "Nghị định 152/2025/NĐ-CP";

    public static IReadOnlyList<RegimeParameters> All { get; } = [Regime2014(), Regime2017(), Regime2024(), Regime2025()];

    private static Param<T> P<T>(T value, bool isChecked, string citation) => new(value, isChecked, citation);

    private static Dictionary<string, Param<decimal>> Coefficients(
        string titleCitation, bool titlesChecked, string formCitation, bool formsChecked, decimal bkbo, bool bkboChecked) =>
        new Dictionary<string, Param<decimal>>(StringComparer.Ordinal)
        {
            ["CSTDTQ"] = P(4.5m, titlesChecked, titleCitation),
            ["CSTDBO"] = P(3.0m, titlesChecked, titleCitation),
            ["CSTDCS"] = P(1.0m, titlesChecked, titleCitation),
            ["LDTT"] = P(0.3m, titlesChecked, titleCitation),
            ["TTLDXS"] = P(1.5m, titlesChecked, titleCitation),
            ["TTLDTT"] = P(0.8m, titlesChecked, titleCitation),
            ["CTDCP"] = P(12m, titlesChecked, titleCitation),
            ["CTDBO"] = P(8m, titlesChecked, titleCitation),
            ["BKTTG"] = P(3.5m, formsChecked, formCitation),
            ["BKBO"] = P(bkbo, bkboChecked, formCitation),
            ["HCLD1"] = P(9m, formsChecked, formCitation),
            ["HCLD2"] = P(7.5m, formsChecked, formCitation),
            ["HCLD3"] = P(4.5m, formsChecked, formCitation),
            ["GK"] = P(0.3m, false, formCitation),
        };

    private static CouncilVoteRules DefaultCouncil() => new()
    {
        QualifiedMajorityTitles = [AwardCode.Cstdbo, AwardCode.Cstdtq],
        QualifiedMajorityPercent = 90,
        SecretBallot = true,
        QuorumNumerator = 2,
        QuorumDenominator = 3,
    };

    /// <summary>Regime 2014: Law 2003 as amended in 2013, Decree 65/2014/NĐ-CP, Circular 07/2014/TT-BNV.</summary>
    public static RegimeParameters Regime2014()
    {
        const string bkbo = "Điều 24 " + Decree65;
        return new RegimeParameters
        {
            Code = "2014",
            Name = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) và Nghị định 65/2014/NĐ-CP",
            EffectiveFrom = EarliestDecisionDate,
            EffectiveTo = new DateOnly(2017, 9, 30),
            Sources =
            [
                "Luật Thi đua, khen thưởng 15/2003/QH11, sửa đổi, bổ sung năm 2005 và bởi Luật 39/2013/QH13",
                Decree65,
                "Thông tư 07/2014/TT-BNV",
                "Thông tư 14/2015/TT-BTP (ngành Tư pháp, từ 27/11/2015); trước đó Thông tư 06/2011/TT-BTP",
            ],
            RegistrationRequiredInJustice = P(true, true, "Thông tư 14/2015/TT-BTP (trước 27/11/2015: Thông tư 06/2011/TT-BTP)"),
            PendingCaseSuspends = P(true, false, Decree65),
            LdttMinRating = P(Rating.Htt, true, "Điều 24 " + Law2003),
            LdttMinServiceMonths = P(10, true, Decree65 + "; Thông tư 07/2014/TT-BNV"),
            LeaveLimitEnabled = P(true, true, "Điều 5 " + Decree65),
            LeaveLimitWorkingDays = P(40, true, "Điều 5 " + Decree65),
            DisciplineExcludesLdtt = P(true, true, "Điều 5 " + Decree65),
            ExcludingDisciplineLevel = P(DisciplineLevel.KhienTrach, true, "Điều 5 " + Decree65),
            CstdcsRoute = P(CstdcsRoute.InitiativeRequired, true, "Điều 23 " + Law2003 + "; Điều 4 " + Decree65),
            CstdcsInitiativeScope = P(InitiativeScope.CoSo, true, "Điều 4 " + Decree65),
            CstdcsQuotaPercent = P<int?>(null, true, Decree65),
            CstdboConsecutiveYears = P(3, true, "Điều 22 " + Law2003),
            CstdboInitiativeScope = P(InitiativeScope.Bo, true, "Điều 22 " + Law2003),
            CstdtqCstdboTimes = P(2, true, "Điều 21 " + Law2003),
            CstdtqInitiativeScope = P(InitiativeScope.ToanQuoc, true, "Điều 21 " + Law2003),
            TtldttMinRating = P(Rating.Htt, true, "Điều 28 " + Law2003),
            TtldttLdttShare = P(new ShareThreshold(ShareComparison.MoreThan, 50), true, "Điều 28 " + Law2003),
            TtldttNoHeavyDiscipline = P(true, true, "Điều 28 " + Law2003),
            TtldxsMinRating = P(Rating.Htxs, true, "Điều 27 " + Law2003),
            TtldxsCompletionPercent = P(100, true, "Điều 27 " + Law2003),
            TtldxsLdttShare = P(new ShareThreshold(ShareComparison.AtLeast, 70), true, "Điều 27 " + Law2003),
            TtldxsMinCstdcsMembers = P(1, true, "Điều 27 " + Law2003),
            TtldxsNoHeavyDiscipline = P(true, true, "Điều 27 " + Law2003),
            TtldxsQuotaPercent = P<int?>(null, false, "Tham số theo ngành, mặc định không áp dụng"),
            CtdboMinRating = P(Rating.Htxs, true, "Điều 26 " + Law2003),
            CtdboRequiresClusterLead = P(true, true, "Điều 26 " + Law2003),
            CtdcpRequiresClusterLead = P(true, true, "Điều 25 " + Law2003),
            Bkbo = new FormRule
            {
                Routes =
                [
                    new FormRoute
                    {
                        Name = "CSTĐCS 2 năm liên tục",
                        Years = 2,
                        CstdcsEachYear = true,
                        Checked = false,
                        Citation = bkbo,
                    },
                    new FormRoute
                    {
                        Name = "2 năm liên tục HTXS, 2 sáng kiến",
                        Years = 2,
                        MinRating = Rating.Htxs,
                        Initiatives = 2,
                        ExcludeUsedInitiatives = true,
                        Checked = false,
                        Citation = bkbo,
                    },
                ],
                CouncilOnlyRoutes = [new CouncilCondition("Có thành tích xuất sắc được bình xét trong phong trào thi đua", bkbo)],
                Checked = true,
                Citation = bkbo,
            },
            Bkttg = OldBkttg("Điều 23 " + Decree65, true),
            Hcld3 = OldHcld(AwardCode.Bkttg, 2, "Điều 17 " + Decree65, true),
            Hcld2 = OldHcld(AwardCode.Hcld3, 3, "Điều 16 " + Decree65, true),
            Hcld1 = OldHcld(AwardCode.Hcld2, 4, "Điều 15 " + Decree65, true),
            CountingStart = P(CountingStart.DecisionDate, true, Decree65),
            DisciplineBreaksFormRun = P(true, false, "Tham số mặc định (rules.md §5)"),
            ChainAwardKinds = P<IReadOnlyList<AwardKind>>([AwardKind.CongTrang], true, Law2003),
            CouncilVote = P(DefaultCouncil(), false, Decree65),
            PostingWorkingDays = P(10, false, Decree65),
            PostingWorkingDaysJustice = P(10, false, Decree65),
            AwardMoneyCoefficients = Coefficients(
                "Nghị định 42/2010/NĐ-CP, sửa đổi bởi " + Decree65, false,
                "Nghị định 42/2010/NĐ-CP, sửa đổi bởi " + Decree65, false, 1.0m, false),
        };
    }

    /// <summary>Regime 2017: the same law, Decree 91/2017/NĐ-CP, Circular 12/2019/TT-BNV.</summary>
    public static RegimeParameters Regime2017()
    {
        var basis = Regime2014();
        const string forms = Decree91;
        return basis with
        {
            Code = "2017",
            Name = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) và Nghị định 91/2017/NĐ-CP",
            EffectiveFrom = new DateOnly(2017, 10, 1),
            EffectiveTo = new DateOnly(2023, 12, 31),
            Sources =
            [
                "Luật Thi đua, khen thưởng 15/2003/QH11, sửa đổi, bổ sung năm 2005 và bởi Luật 39/2013/QH13",
                Decree91,
                "Thông tư 12/2019/TT-BNV",
                "Thông tư 05/2018/TT-BTP (ngành Tư pháp)",
            ],
            RegistrationRequiredInJustice = P(true, true, "Thông tư 05/2018/TT-BTP"),
            PendingCaseSuspends = P(true, false, Decree91),
            LdttMinServiceMonths = P(10, true, Decree91 + "; Thông tư 12/2019/TT-BNV"),
            LeaveLimitEnabled = P(false, true, Decree91),
            LeaveLimitWorkingDays = P(40, false, Decree91),
            DisciplineExcludesLdtt = P(true, true, Decree91),
            ExcludingDisciplineLevel = P(DisciplineLevel.KhienTrach, true, Decree91),
            CstdcsRoute = P(CstdcsRoute.InitiativeRequired, true, "Điều 23 " + Law2003 + "; " + Decree91),
            CstdcsInitiativeScope = P(InitiativeScope.CoSo, true, "Điều 23 " + Law2003 + "; " + Decree91),
            CstdcsQuotaPercent = P<int?>(15, true, "Điều 9 " + Decree91),
            CtdboMinRating = P(Rating.Htxs, true, "Điều 26 " + Law2003 + "; Điều 12 " + Decree91),
            CtdboRequiresClusterLead = P(true, true, "Điều 26 " + Law2003 + "; Điều 12 " + Decree91),
            Bkbo = basis.Bkbo with
            {
                Routes = [.. basis.Bkbo.Routes.Select(r => r with { Citation = forms })],
                CouncilOnlyRoutes = [new CouncilCondition("Có thành tích xuất sắc được bình xét trong phong trào thi đua", forms)],
                Checked = false,
                Citation = forms,
            },
            Bkttg = OldBkttg(forms, true),
            Hcld3 = OldHcld(AwardCode.Bkttg, 2, forms, false),
            Hcld2 = OldHcld(AwardCode.Hcld3, 3, forms, false),
            Hcld1 = OldHcld(AwardCode.Hcld2, 4, forms, false),
            CountingStart = P(CountingStart.DecisionDate, false, Law2003 + "; " + Decree91),
            CouncilVote = P(DefaultCouncil(), true, "Điều 45 " + Decree91),
            PostingWorkingDays = P(10, false, Decree91),
            PostingWorkingDaysJustice = P(5, true, Decree91 + " (ngành Tư pháp)"),
            AwardMoneyCoefficients = Coefficients(Decree91, false, Decree91, false, 1.0m, true),
        };
    }

    /// <summary>Regime 2024: Law 06/2022/QH15, Decree 98/2023/NĐ-CP, Circular 01/2024/TT-BNV.</summary>
    public static RegimeParameters Regime2024()
    {
        const string bkbo = "Điều 74 " + Law2022;
        const string bkttg = "Điều 73 " + Law2022;
        const string hcld = "Điều 44 " + Law2022;
        return new RegimeParameters
        {
            Code = "2024",
            Name = "Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP",
            EffectiveFrom = new DateOnly(2024, 1, 1),
            EffectiveTo = new DateOnly(2025, 6, 30),
            Sources =
            [
                "Luật Thi đua, khen thưởng 06/2022/QH15",
                Decree98,
                "Thông tư 01/2024/TT-BNV",
                "Thông tư 11/2023/TT-BTP (ngành Tư pháp)",
            ],
            RegistrationRequiredInJustice = P(true, true, "Thông tư 11/2023/TT-BTP"),
            PendingCaseSuspends = P(true, true, "Điều 4 " + Decree98),
            LdttMinRating = P(Rating.Htt, true, "Điều 24 " + Law2022),
            LdttMinServiceMonths = P(6, true, "Thông tư 01/2024/TT-BNV (giữ nguyên tại Thông tư 15/2025/TT-BNV)"),
            LeaveLimitEnabled = P(false, true, Law2022 + "; " + Decree98),
            LeaveLimitWorkingDays = P(40, false, Decree98),
            DisciplineExcludesLdtt = P(true, false, "Điều 24 " + Law2022 + "; " + Decree98 + " (tham số mặc định)"),
            ExcludingDisciplineLevel = P(DisciplineLevel.KhienTrach, false, Decree98 + " (tham số mặc định)"),
            CstdcsRoute = P(CstdcsRoute.ExcellentOrInitiative, true, "Điều 23 " + Law2022),
            CstdcsInitiativeScope = P(InitiativeScope.CoSo, true, "Điều 23 " + Law2022),
            CstdcsQuotaPercent = P<int?>(null, true, Decree98 + " (không quy định tỷ lệ; ngành có thể đặt)"),
            CstdboConsecutiveYears = P(3, true, "Điều 22 " + Law2022),
            CstdboInitiativeScope = P(InitiativeScope.Bo, true, "Điều 22 " + Law2022),
            CstdtqCstdboTimes = P(2, true, "Điều 21 " + Law2022),
            CstdtqInitiativeScope = P(InitiativeScope.ToanQuoc, true, "Điều 21 " + Law2022),
            TtldttMinRating = P(Rating.Htt, true, "Điều 28 " + Law2022),
            TtldttLdttShare = P(new ShareThreshold(ShareComparison.AtLeast, 70), true, "Điều 28 " + Law2022),
            TtldttNoHeavyDiscipline = P(true, true, "Điều 28 " + Law2022),
            TtldxsMinRating = P(Rating.Htxs, true, "Điều 27 " + Law2022),
            TtldxsCompletionPercent = P(100, true, "Điều 27 " + Law2022),
            TtldxsLdttShare = P(new ShareThreshold(ShareComparison.AtLeast, 70), true, "Điều 27 " + Law2022),
            TtldxsMinCstdcsMembers = P(1, true, "Điều 27 " + Law2022),
            TtldxsNoHeavyDiscipline = P(false, true, "Điều 27 " + Law2022),
            TtldxsQuotaPercent = P<int?>(null, false, "Tham số theo ngành, mặc định không áp dụng"),
            CtdboMinRating = P(Rating.Htxs, true, "Điều 26 " + Law2022 + "; Thông tư 11/2023/TT-BTP"),
            CtdboRequiresClusterLead = P(true, true, "Điều 26 " + Law2022 + "; Thông tư 11/2023/TT-BTP"),
            CtdcpRequiresClusterLead = P(true, true, "Điều 25 " + Law2022),
            Bkbo = new FormRule
            {
                Routes =
                [
                    new FormRoute
                    {
                        Name = "CSTĐCS 2 năm liên tục",
                        Years = 2,
                        CstdcsEachYear = true,
                        Checked = true,
                        Citation = bkbo,
                    },
                    new FormRoute
                    {
                        Name = "2 năm liên tục HTXS, 2 sáng kiến (trừ sáng kiến đã dùng để xét CSTĐCS)",
                        Years = 2,
                        MinRating = Rating.Htxs,
                        Initiatives = 2,
                        ExcludeUsedInitiatives = true,
                        Checked = true,
                        Citation = bkbo,
                    },
                ],
                CouncilOnlyRoutes = [new CouncilCondition("Có thành tích đột xuất, xuất sắc trong phong trào thi đua", bkbo)],
                Checked = true,
                Citation = bkbo,
            },
            Bkttg = new FormRule
            {
                PriorForm = AwardCode.Bkbo,
                Routes =
                [
                    new FormRoute
                    {
                        Name = "5 năm liên tục HTT trở lên, 3 lần CSTĐCS",
                        Years = 5,
                        MinRating = Rating.Htt,
                        CstdcsCount = 3,
                        Checked = true,
                        Citation = bkttg,
                    },
                ],
                Checked = true,
                Citation = bkttg,
            },
            Hcld3 = new FormRule
            {
                PriorForm = AwardCode.Bkttg,
                Routes =
                [
                    new FormRoute
                    {
                        Name = "5 năm liên tục HTT trở lên, có năm HTXS, 3 lần CSTĐCS",
                        Years = 5,
                        MinRating = Rating.Htt,
                        ExcellentYears = 1,
                        CstdcsCount = 3,
                        Checked = false,
                        Citation = hcld,
                    },
                ],
                Checked = false,
                Citation = hcld,
            },
            Hcld2 = NewHcld(AwardCode.Hcld3, 3),
            Hcld1 = NewHcld(AwardCode.Hcld2, 4),
            CountingStart = P(CountingStart.Period, true, "Điều 30 " + Decree98),
            DisciplineBreaksFormRun = P(true, false, "Tham số mặc định (rules.md §5)"),
            ChainAwardKinds = P<IReadOnlyList<AwardKind>>([AwardKind.CongTrang], true, Law2022),
            CouncilVote = P(DefaultCouncil(), false, "Điều 47 " + Decree98 + " (túc số); tỷ lệ phiếu: tham số mặc định"),
            PostingWorkingDays = P(10, true, "Điều 46 " + Decree98),
            PostingWorkingDaysJustice = P(10, false, "Điều 46 " + Decree98),
            AwardMoneyCoefficients = Coefficients(
                "Điều 54 " + Decree98, true, Decree98 + " (mặc định theo " + Decree152 + ")", false, 1.5m, false),
        };
    }

    /// <summary>Regime 2025: Decree 152/2025/NĐ-CP; inherits every value of 2024 it does not change.</summary>
    public static RegimeParameters Regime2025() => Regime2024() with
    {
        Code = "2025",
        Name = "Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP",
        EffectiveFrom = new DateOnly(2025, 7, 1),
        EffectiveTo = null,
        Inherits = "2024",
        Sources =
        [
            "Luật Thi đua, khen thưởng 06/2022/QH15",
            Decree152 + " (thay thế " + Decree98 + ")",
            "Thông tư 15/2025/TT-BNV (từ 04/08/2025, thay thế Thông tư 01/2024/TT-BNV)",
            "Thông tư 11/2023/TT-BTP (ngành Tư pháp)",
        ],
        AwardMoneyCoefficients = Coefficients(
            Decree152 + " (giữ nguyên Điều 54 " + Decree98 + ")", true, "Điều 51 " + Decree152, true, 1.5m, true),
    };

    private static FormRule OldBkttg(string citation, bool isChecked) => new()
    {
        PriorForm = AwardCode.Bkbo,
        Routes =
        [
            new FormRoute
            {
                Name = "5 năm liên tục HTXS, 5 sáng kiến",
                Years = 5,
                MinRating = Rating.Htxs,
                Initiatives = 5,
                Checked = isChecked,
                Citation = citation,
            },
        ],
        Checked = isChecked,
        Citation = citation,
    };

    private static FormRule OldHcld(AwardCode prior, int initiatives, string citation, bool isChecked) => new()
    {
        PriorForm = prior,
        Routes =
        [
            new FormRoute
            {
                Name = string.Create(VietnameseText.Culture, $"5 năm liên tục HTXS, {initiatives} sáng kiến cấp bộ trở lên"),
                Years = 5,
                MinRating = Rating.Htxs,
                Initiatives = initiatives,
                InitiativeScope = InitiativeScope.Bo,
                Checked = isChecked,
                Citation = citation,
            },
        ],
        Checked = isChecked,
        Citation = citation,
    };

    private static FormRule NewHcld(AwardCode prior, int initiatives)
    {
        const string citation = Law2022 + " (Huân chương Lao động; tham số mặc định)";
        return new FormRule
        {
            PriorForm = prior,
            Routes =
            [
                new FormRoute
                {
                    Name = string.Create(VietnameseText.Culture, $"5 năm liên tục HTT trở lên, {initiatives} sáng kiến cấp bộ trở lên"),
                    Years = 5,
                    MinRating = Rating.Htt,
                    Initiatives = initiatives,
                    InitiativeScope = InitiativeScope.Bo,
                    Checked = false,
                    Citation = citation,
                },
            ],
            Checked = false,
            Citation = citation,
        };
    }
}
