using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// One automatic route of a form (e.g. Điều 74 Luật Thi đua, khen thưởng 2022, point b or c): met when every one of
/// its criteria is met.
/// </summary>
public sealed class FormRouteGroup(FormRoute route, IReadOnlyList<ICriterion> criteria) : ICriterion
{
    public FormRoute Route => route;

    public IReadOnlyList<ICriterion> Criteria => criteria;

    public CriterionResult Evaluate(EvaluationContext context)
    {
        var results = new CriterionResult[criteria.Count];
        var met = true;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = criteria[i].Evaluate(context);
            met &= results[i].Met;
        }

        return new CriterionResult
        {
            Criterion = nameof(FormRouteGroup),
            Met = met,
            Message = (met ? "Đạt tuyến: " : "Không đạt tuyến: ") + route.Name,
            Citation = route.Citation,
            Checked = route.Checked,
            Children = results,
            Reporting = ChildReporting.WhenUnmet,
        };
    }
}

/// <summary>
/// A route made only of council conditions (e.g. an outstanding achievement in a movement, Điều 74 Luật Thi đua, khen
/// thưởng 2022, point a): listed for the council, never makes a case eligible on its own (rules.md §5).
/// </summary>
public sealed class CouncilOnlyRoute(CouncilCondition condition) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context) => new()
    {
        Criterion = nameof(CouncilOnlyRoute),
        Met = false,
        Message = "Tuyến “" + condition.Text + "” chỉ gồm điều kiện cần Hội đồng xem xét: không tự xác định đủ điều kiện",
        Citation = condition.Citation,
        Children = [new CouncilJudgement(condition.Text, condition.Citation, true).Evaluate(context)],
        Reporting = ChildReporting.None,
    };
}

/// <summary>
/// The alternatives of a form (Điều 74 Luật Thi đua, khen thưởng 2022: "one of"): met when an automatic route is met;
/// otherwise every failed part of every automatic route is reported.
/// </summary>
public sealed class AnyRoute(AwardCode form, IReadOnlyList<ICriterion> routes, string citation, bool isChecked) : ICriterion
{
    public IReadOnlyList<ICriterion> Routes => routes;

    public CriterionResult Evaluate(EvaluationContext context)
    {
        var results = new CriterionResult[routes.Count];
        var met = false;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = routes[i].Evaluate(context);
            met |= results[i].Met;
        }

        return new CriterionResult
        {
            Criterion = nameof(AnyRoute),
            Met = met,
            Message = met
                ? "Đạt ít nhất một tuyến xét tự động của " + VietnameseText.Name(form)
                : "Không đạt tuyến xét tự động nào của " + VietnameseText.Name(form),
            Citation = citation,
            Checked = isChecked,
            Children = results,
            Reporting = ChildReporting.WhenUnmet,
        };
    }
}
