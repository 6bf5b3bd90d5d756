using System.Globalization;
using ThiDua.Core.Awards.Eligibility.Criteria;
using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Rules;

/// <summary>
/// The titles and forms of one regime, built once from its parameters: each a list of criteria. Regime-specific
/// behaviour comes only from the parameter values read here.
/// </summary>
public sealed class RegimeRules
{
    private readonly TitleDefinition?[] _titles = new TitleDefinition?[16];
    private readonly TargetDefinition?[] _targets = new TargetDefinition?[16];

    public RegimeRules(RegimeParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        Parameters = p;

        AddTitle(AwardCode.Ldtt, p.LdttMinRating.Citation, LdttCriteria(p));
        AddTitle(AwardCode.Cstdcs, p.CstdcsRoute.Citation, CstdcsCriteria(p));
        AddTitle(AwardCode.Cstdbo, p.CstdboConsecutiveYears.Citation,
        [
            new PrerequisiteTitle(AwardCode.Cstdcs, AwardCode.Cstdbo, p.CstdboConsecutiveYears.Citation, p.CstdboConsecutiveYears.Checked),
            new CstdcsConsecutiveYears(p.CstdboConsecutiveYears),
            new InitiativeScopeWithinTerm(p.CstdboInitiativeScope.Value, p.CstdboConsecutiveYears.Value, p.CstdboInitiativeScope.Citation, p.CstdboInitiativeScope.Checked),
            Council(p, AwardCode.Cstdbo, "Hội đồng Thi đua – Khen thưởng cấp bộ, ngành, tỉnh"),
        ]);
        var term = p.CstdboConsecutiveYears.Value;
        var times = p.CstdtqCstdboTimes.Value;
        AddTitle(AwardCode.Cstdtq, p.CstdtqCstdboTimes.Citation,
        [
            new PrerequisiteTitle(AwardCode.Cstdbo, AwardCode.Cstdtq, p.CstdtqCstdboTimes.Citation, p.CstdtqCstdboTimes.Checked),
            new PriorCstdbo(term, times, p.CstdtqCstdboTimes.Citation, p.CstdtqCstdboTimes.Checked),
            new InitiativeScopeWithinTerm(p.CstdtqInitiativeScope.Value, term * times, p.CstdtqInitiativeScope.Citation, p.CstdtqInitiativeScope.Checked),
            Council(p, AwardCode.Cstdtq, "Hội đồng Thi đua – Khen thưởng Trung ương"),
        ]);

        AddTitle(AwardCode.Ttldtt, p.TtldttMinRating.Citation, Present(
            new CollectiveRating(p.TtldttMinRating),
            new CollectiveLdttShare(p.TtldttLdttShare),
            p.TtldttNoHeavyDiscipline.Value ? new CollectiveNoHeavyDiscipline(p.TtldttNoHeavyDiscipline) : null,
            new CouncilJudgement("Có phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách", p.TtldttMinRating.Citation, p.TtldttMinRating.Checked)));
        AddTitle(AwardCode.Ttldxs, p.TtldxsMinRating.Citation, Present(
            new CollectiveRating(p.TtldxsMinRating),
            new CollectiveCompletion(p.TtldxsCompletionPercent),
            new CollectiveLdttShare(p.TtldxsLdttShare),
            new CollectiveHasCstdcs(p.TtldxsMinCstdcsMembers),
            p.TtldxsNoHeavyDiscipline.Value ? new CollectiveNoHeavyDiscipline(p.TtldxsNoHeavyDiscipline) : null,
            new CouncilJudgement("Sáng tạo, vượt khó hoàn thành xuất sắc nhiệm vụ; nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách", p.TtldxsMinRating.Citation, p.TtldxsMinRating.Checked)));
        AddTitle(AwardCode.Ctdbo, p.CtdboMinRating.Citation, Present(
            new CollectiveRating(p.CtdboMinRating),
            p.CtdboRequiresClusterLead.Value ? new LeadsCluster(p.CtdboRequiresClusterLead) : null,
            new CouncilJudgement("Hoàn thành vượt mức các chỉ tiêu thi đua; nội bộ đoàn kết; được cụm, khối thi đua suy tôn", p.CtdboMinRating.Citation, p.CtdboMinRating.Checked)));
        AddTitle(AwardCode.Ctdcp, p.CtdcpRequiresClusterLead.Citation, Present(
            new PrerequisiteTitle(AwardCode.Ctdbo, AwardCode.Ctdcp, p.CtdcpRequiresClusterLead.Citation, p.CtdcpRequiresClusterLead.Checked),
            p.CtdcpRequiresClusterLead.Value ? new LeadsCluster(p.CtdcpRequiresClusterLead) : null,
            new CouncilJudgement("Được lựa chọn trong số các tập thể đạt Cờ thi đua cấp bộ dẫn đầu cụm, khối thi đua", p.CtdcpRequiresClusterLead.Citation, p.CtdcpRequiresClusterLead.Checked)));

        foreach (var title in new[] { AwardCode.Ldtt, AwardCode.Cstdcs, AwardCode.Cstdbo, AwardCode.Cstdtq })
        {
            AddTitleTarget(title, SubjectKind.Person, title, p);
        }

        foreach (var title in new[] { AwardCode.Ttldtt, AwardCode.Ttldxs, AwardCode.Ctdbo })
        {
            AddTitleTarget(title, SubjectKind.Collective, title, p);
        }

        // Cờ thi đua của Chính phủ is chosen among holders of Cờ thi đua cấp bộ: the registration is for that flag.
        AddTitleTarget(AwardCode.Ctdcp, SubjectKind.Collective, AwardCode.Ctdbo, p);

        foreach (var form in new[] { AwardCode.Bkbo, AwardCode.Bkttg, AwardCode.Hcld3, AwardCode.Hcld2, AwardCode.Hcld1 })
        {
            _targets[(int)form] = new TargetDefinition(form, SubjectKind.Person, FormCriteria(form, p.FormRuleFor(form)!, p));
        }
    }

    public RegimeParameters Parameters { get; }

    public TitleDefinition? Title(AwardCode title) => _titles[(int)title];

    /// <summary>The target's definition, or null when the regime has no automatic rule for it (GK, KNC).</summary>
    public TargetDefinition? Target(AwardCode target) => _targets[(int)target];

    private void AddTitle(AwardCode title, string citation, IReadOnlyList<ICriterion> criteria) =>
        _titles[(int)title] = new TitleDefinition(title, criteria, citation);

    private void AddTitleTarget(AwardCode title, SubjectKind subject, AwardCode registration, RegimeParameters p)
    {
        var merit = _titles[(int)title]!.Criteria;
        var criteria = new List<ICriterion>(merit.Count + 2)
        {
            new NoPendingCase(p.PendingCaseSuspends),
            new RegisteredForTitle(registration, p.RegistrationRequiredInJustice),
        };
        criteria.AddRange(merit);
        _targets[(int)title] = new TargetDefinition(title, subject, criteria);
    }

    private static List<ICriterion> LdttCriteria(RegimeParameters p)
    {
        var list = new List<ICriterion>
        {
            new RatingAtLeast(p.LdttMinRating.Value, p.LdttMinRating.Citation, p.LdttMinRating.Checked),
            new MinimumService(p.LdttMinServiceMonths),
        };
        if (p.LeaveLimitEnabled.Value)
        {
            list.Add(new LeaveUnderLimit(p.LeaveLimitWorkingDays));
        }

        if (p.DisciplineExcludesLdtt.Value)
        {
            list.Add(new NoExcludingDiscipline(p.DisciplineExcludesLdtt));
        }

        list.Add(new CouncilJudgement("Tham gia các phong trào thi đua; chấp hành tốt chủ trương, chính sách, kỷ luật", p.LdttMinRating.Citation, p.LdttMinRating.Checked));
        return list;
    }

    private static List<ICriterion> CstdcsCriteria(RegimeParameters p)
    {
        var route = p.CstdcsRoute;
        var initiative = new HasInitiativeInYear(p.CstdcsInitiativeScope.Value, route.Citation, route.Checked);
        return
        [
            new PrerequisiteTitle(AwardCode.Ldtt, AwardCode.Cstdcs, route.Citation, route.Checked),
            route.Value == CstdcsRoute.ExcellentOrInitiative
                ? new ExcellentOrInitiative(new RatingAtLeast(Rating.Htxs, route.Citation, route.Checked), initiative, route.Citation, route.Checked)
                : initiative,
        ];
    }

    private static List<ICriterion> Present(params ICriterion?[] criteria)
    {
        var list = new List<ICriterion>(criteria.Length);
        foreach (var c in criteria)
        {
            if (c is not null)
            {
                list.Add(c);
            }
        }

        return list;
    }

    private static CouncilJudgement Council(RegimeParameters p, AwardCode title, string council)
    {
        var vote = p.CouncilVote.Value;
        var text = string.Create(VietnameseText.Culture,
            $"{council} bỏ phiếu {(vote.SecretBallot ? "kín" : "công khai")}, đạt {(vote.QualifiedMajorityTitles.Contains(title) ? "từ " + vote.QualifiedMajorityPercent.ToString(CultureInfo.InvariantCulture) + " %" : "quá nửa")} tổng số thành viên Hội đồng");
        return new CouncilJudgement(text, p.CouncilVote.Citation, p.CouncilVote.Checked);
    }

    private static List<ICriterion> FormCriteria(AwardCode form, FormRule rule, RegimeParameters p)
    {
        var criteria = new List<ICriterion> { new NoPendingCase(p.PendingCaseSuspends) };
        if (rule.PriorForm is { } prior)
        {
            criteria.Add(new PriorAward(prior, rule.Citation, rule.Checked));
        }

        var routes = new List<ICriterion>(rule.Routes.Count + rule.CouncilOnlyRoutes.Count);
        foreach (var route in rule.Routes)
        {
            routes.Add(new FormRouteGroup(route, RouteCriteria(form, rule, route, p)));
        }

        foreach (var council in rule.CouncilOnlyRoutes)
        {
            routes.Add(new CouncilOnlyRoute(council));
        }

        criteria.Add(new AnyRoute(form, routes, rule.Citation, rule.Checked));
        foreach (var council in rule.CouncilConditions)
        {
            criteria.Add(new CouncilJudgement(council.Text, council.Citation, rule.Checked));
        }

        return criteria;
    }

    private static List<ICriterion> RouteCriteria(AwardCode form, FormRule rule, FormRoute route, RegimeParameters p)
    {
        var list = new List<ICriterion> { new CountingWindow(form, rule, route) };
        if (route.MinRating is { } min)
        {
            list.Add(new RatingAtLeast(min, route.Citation, route.Checked));
        }

        if (route.CstdcsEachYear)
        {
            list.Add(new PrerequisiteTitle(AwardCode.Cstdcs, form, route.Citation, route.Checked));
        }

        list.Add(new ConsecutiveQualifyingYears(form, rule, route));
        if (p.DisciplineBreaksFormRun.Value)
        {
            list.Add(new NoDisciplineInRun(form, rule, route, p.DisciplineBreaksFormRun));
        }

        if (route.CstdcsCount > 0 && !route.CstdcsEachYear)
        {
            list.Add(new CstdcsTimesInRun(form, rule, route));
        }

        if (route.ExcellentYears > 0)
        {
            list.Add(new ExcellentYearsInRun(form, rule, route));
        }

        if (route.Initiatives > 0)
        {
            list.Add(new InitiativesInRun(form, rule, route));
        }

        return list;
    }
}
