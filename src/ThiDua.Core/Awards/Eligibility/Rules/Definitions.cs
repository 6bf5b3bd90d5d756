using ThiDua.Core.Awards.Eligibility.Criteria;

namespace ThiDua.Core.Awards.Eligibility.Rules;

/// <summary>Whether a target is judged for a person or for a collective.</summary>
public enum SubjectKind
{
    Person,
    Collective,
}

/// <summary>A title as the list of its merit criteria (registration is a condition of the target, not of the title).</summary>
public sealed class TitleDefinition(AwardCode title, IReadOnlyList<ICriterion> criteria, string citation)
{
    public AwardCode Title => title;

    public IReadOnlyList<ICriterion> Criteria => criteria;

    public string Citation => citation;

    public TitleVerdict Evaluate(EvaluationContext context)
    {
        var results = new CriterionResult[criteria.Count];
        var met = true;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = criteria[i].Evaluate(context);
            met &= results[i].Met;
        }

        return new TitleVerdict(title, met, results);
    }
}

/// <summary>What a case asks about: the criteria judged at the top of the trace, for a person or a collective.</summary>
public sealed class TargetDefinition(AwardCode target, SubjectKind subject, IReadOnlyList<ICriterion> criteria)
{
    public AwardCode Target => target;

    public SubjectKind Subject => subject;

    public IReadOnlyList<ICriterion> Criteria => criteria;
}
