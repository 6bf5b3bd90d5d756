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

    /// <summary>The conditions left to the council ("cần Hội đồng xem xét"), each message once, in the trace's order.</summary>
    public IReadOnlyList<string> CouncilMessages()
    {
        var messages = new List<string>();
        if (Trace is ITraceSource source)
        {
            source.CouncilMessages(messages);
        }
        else
        {
            foreach (var entry in Trace)
            {
                if (entry.NeedsCouncil && !messages.Contains(entry.Message))
                {
                    messages.Add(entry.Message);
                }
            }
        }

        return messages;
    }

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
        EvaluationContext? unused = null;
        return Evaluate(@case, catalog, ref unused);
    }

    /// <summary>
    /// Judges several cases that usually differ only by their target and id — a person for each title and form — as
    /// <see cref="Evaluate(EligibilityCase, RegimeCatalog)"/> judges each, but with the titles derived for the assessed
    /// year and the runs of years computed once for all of them whenever they share the subject's facts (the same
    /// record objects, year, sector and regime); other cases are judged on their own.
    /// </summary>
    public static EligibilityResult[] Evaluate(IReadOnlyList<EligibilityCase> cases, RegimeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var results = new EligibilityResult[cases.Count];
        EvaluationContext? shared = null;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Evaluate(cases[i], catalog, ref shared);
        }

        return results;
    }

    private static EligibilityResult Evaluate(EligibilityCase @case, RegimeCatalog catalog, ref EvaluationContext? shared)
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
        EvaluationContext context;
        if (shared is not null && shared.HasSameFacts(@case, regime))
        {
            context = new EvaluationContext(@case, shared);
        }
        else
        {
            context = new EvaluationContext(@case, regime, rules);
            shared = context;
        }

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
        foreach (var result in results)
        {
            CollectUnmet(result, unmet);
        }

        if (!met && unmet.Count == 0)
        {
            // Every failing node carries a code or reports coded children; a route of council conditions alone never
            // stands by itself. Reaching here means a rule was assembled wrongly: refuse rather than answer silently.
            throw new InvalidOperationException("Case " + @case.Id + " failed without an unmet code.");
        }

        var outcome = suspended ? Outcome.Suspended : met ? Outcome.Eligible : Outcome.NotEligible;
        return new EligibilityResult(@case.Id, regime.Code, outcome, unmet, new Trace(results), []);
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

    /// <summary>
    /// The trace of a verdict: every criterion checked, depth first. It is flattened from the results' tree when first
    /// read — most verdicts of a long list are counted or exported and their trace never read — and
    /// <see cref="CouncilMessages"/> answers from the tree without flattening.
    /// </summary>
    private sealed class Trace(CriterionResult[] roots) : IReadOnlyList<TraceEntry>, ITraceSource
    {
        private List<TraceEntry>? _entries;

        private List<TraceEntry> Entries => _entries ??= Flatten(roots);

        public TraceEntry this[int index] => Entries[index];

        public int Count => Entries.Count;

        public IEnumerator<TraceEntry> GetEnumerator() => Entries.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public void CouncilMessages(List<string> messages)
        {
            foreach (var root in roots)
            {
                Council(root, messages);
            }
        }

        private static void Council(CriterionResult result, List<string> messages)
        {
            if (result.NeedsCouncil && !messages.Contains(result.Message))
            {
                messages.Add(result.Message);
            }

            var children = result.Children;
            for (var i = 0; i < children.Count; i++)
            {
                Council(children[i], messages);
            }
        }

        private static List<TraceEntry> Flatten(CriterionResult[] roots)
        {
            var trace = new List<TraceEntry>(32);
            foreach (var root in roots)
            {
                Flatten(root, 0, trace);
            }

            return trace;
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
}

/// <summary>A trace that can list its council conditions without being flattened.</summary>
internal interface ITraceSource
{
    void CouncilMessages(List<string> messages);
}
