namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// A condition the records cannot show (taking part in movements, unity, the council's vote, an outstanding
/// achievement): listed as "cần Hội đồng xem xét" and counted as met (rules.md §5).
/// </summary>
public sealed class CouncilJudgement(string text, string citation, bool isChecked) : ICriterion
{
    public string Text => text;

    public CriterionResult Evaluate(EvaluationContext context) => new()
    {
        Criterion = nameof(CouncilJudgement),
        Met = true,
        NeedsCouncil = true,
        Message = text + ": cần Hội đồng xem xét",
        Citation = citation,
        Checked = isChecked,
    };
}
