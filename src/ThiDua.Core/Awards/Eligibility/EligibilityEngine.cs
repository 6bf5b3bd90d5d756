using ThiDua.Core.Awards.Eligibility.Cases;
using ThiDua.Core.Awards.Eligibility.Criteria;
using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility;

/// <summary>An unmet condition as reported to the officer.</summary>
public sealed record UnmetCondition(UnmetCode Code, string Message, string Citation);

/// <summary>One criterion checked, met or not, at its depth under the titles and routes that contain it.</summary>
public sealed record TraceEntry(
    string Criterion,
    UnmetCode? Code,
    bool Met,
    bool NeedsCouncil,
    bool Checked,
    int Depth,
    string Message,
    string Citation);

/// <summary>The verdict on one case (eligibility-cases.md, Output).</summary>
public sealed record EligibilityResult(
    string? Id,
    string? Regime,
    Outcome Outcome,
    IReadOnlyList<UnmetCondition> Unmet,
    IReadOnlyList<TraceEntry> Trace,
    IReadOnlyList<ValidationError> Errors)
{
    public static EligibilityResult Invalid(string? id, string? regime, IReadOnlyList<ValidationError> errors) =>
        new(id, regime, Outcome.Invalid, [], [], errors);

    /// <summary>Whether a code appears among the unmet conditions.</summary>
    public bool HasUnmet(UnmetCode code)
    {
        foreach (var u in Unmet)
        {
            if (u.Code == code)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The rules engine: judges a case under the regime in force on its decision date (or the one it names), reports
/// every unmet condition with its article, and traces every criterion checked. Pure and in memory.
/// </summary>
public static class EligibilityEngine
{
    /// <summary>Judges a case under the built-in regimes.</summary>
    public static EligibilityResult Evaluate(EligibilityCase @case) => Evaluate(@case, RegimeCatalog.Default);

    /// <summary>Judges a case under the regimes of <paramref name="catalog"/> (e.g. with a regime 2026 added as data).</summary>
    public static EligibilityResult Evaluate(EligibilityCase @case, RegimeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = CaseValidator.Validate(@case, catalog, out var regime);
        if (errors.Count > 0 || regime is null)
        {
            return EligibilityResult.Invalid(@case.Id, regime?.Code, errors);
        }

        var rules = catalog.RulesFor(regime);
        var target = rules.Target(@case.Target)!;
        var context = new EvaluationContext(@case, regime, rules);

        var results = new CriterionResult[target.Criteria.Count];
        var met = true;
        var suspended = false;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = target.Criteria[i].Evaluate(context);
            met &= results[i].Met;
            suspended |= results[i] is { Met: false, Code: UnmetCode.PendingCase };
        }

        var unmet = new List<UnmetCondition>();
        var trace = new List<TraceEntry>(32);
        foreach (var result in results)
        {
            CollectUnmet(result, unmet);
            Flatten(result, 0, trace);
        }

        if (!met && unmet.Count == 0)
        {
            // Every failing node carries a code or reports coded children; a route of council conditions alone never
            // stands by itself. Reaching here means a rule was assembled wrongly: refuse rather than answer silently.
            throw new InvalidOperationException("Case " + @case.Id + " failed without an unmet code.");
        }

        var outcome = suspended ? Outcome.Suspended : met ? Outcome.Eligible : Outcome.NotEligible;
        return new EligibilityResult(@case.Id, regime.Code, outcome, unmet, trace, []);
    }

    /// <summary>Judges a parsed case; a case whose structure is bad is INVALID with its errors.</summary>
    public static EligibilityResult Evaluate(ParsedCase parsed, RegimeCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        catalog ??= RegimeCatalog.Default;
        if (parsed.Case is null || parsed.Errors.Count > 0)
        {
            return EligibilityResult.Invalid(parsed.Id, null, parsed.Errors);
        }

        return Evaluate(parsed.Case, catalog);
    }

    /// <summary>An unmet node reports itself (when it has a code) and, if it says so, its unmet children.</summary>
    private static void CollectUnmet(CriterionResult result, List<UnmetCondition> unmet)
    {
        if (result.Met)
        {
            return;
        }

        if (result.Code is { } code)
        {
            var condition = new UnmetCondition(code, result.Message, result.Citation);
            if (!unmet.Contains(condition))
            {
                unmet.Add(condition);
            }
        }

        if (result.Reporting == ChildReporting.WhenUnmet)
        {
            var children = result.Children;
            for (var i = 0; i < children.Count; i++)
            {
                CollectUnmet(children[i], unmet);
            }
        }
    }

    private static void Flatten(CriterionResult result, int depth, List<TraceEntry> trace)
    {
        trace.Add(new TraceEntry(result.Criterion, result.Code, result.Met, result.NeedsCouncil, result.Checked, depth, result.Message, result.Citation));
        var children = result.Children;
        for (var i = 0; i < children.Count; i++)
        {
            Flatten(children[i], depth + 1, trace);
        }
    }
}
