using ThiDua.Core.Awards.Eligibility.Cases;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Awards.Eligibility.Rules;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>One criterion of a title or form: a legal condition judged on a case.</summary>
public interface ICriterion
{
    CriterionResult Evaluate(EvaluationContext context);
}

/// <summary>
/// The facts of one validated case under one regime, with what the criteria share: year boundaries, the record of
/// each year, titles derived for the assessed year (computed once), runs of years for forms.
/// </summary>
public sealed class EvaluationContext
{
    private readonly PersonYear?[] _yearIndex;
    private readonly int _firstIndexedYear;
    private readonly TitleVerdict?[] _derived;
    private readonly List<(FormRoute Route, RunWindow Window)> _runs;

    internal EvaluationContext(EligibilityCase @case, RegimeParameters regime, RegimeRules rules)
    {
        Case = @case;
        Regime = regime;
        Rules = rules;
        Year = @case.Year;
        YearEnd = @case.EffectiveYearEnd;
        YearStart = YearEnd.AddYears(-1).AddDays(1);
        Person = @case.Person;
        Collective = @case.Collective;
        _derived = new TitleVerdict?[16];
        _runs = new List<(FormRoute, RunWindow)>(4);

        var years = Person?.Years ?? [];
        if (years.Count == 0)
        {
            _yearIndex = [];
            _firstIndexedYear = Year;
        }
        else
        {
            int min = int.MaxValue, max = int.MinValue;
            for (var i = 0; i < years.Count; i++)
            {
                min = Math.Min(min, years[i].Year);
                max = Math.Max(max, years[i].Year);
            }

            _firstIndexedYear = min;
            _yearIndex = new PersonYear?[max - min + 1];
            for (var i = 0; i < years.Count; i++)
            {
                _yearIndex[years[i].Year - min] = years[i];
            }
        }
    }

    /// <summary>
    /// The context of another target of the same case (same subject and facts, same regime, same year): the titles
    /// derived for the assessed year and the runs of years do not depend on the target, so they are shared, not
    /// derived again for each title or form of a person.
    /// </summary>
    internal EvaluationContext(EligibilityCase @case, EvaluationContext sameFacts)
    {
        Case = @case;
        Regime = sameFacts.Regime;
        Rules = sameFacts.Rules;
        Year = sameFacts.Year;
        YearEnd = sameFacts.YearEnd;
        YearStart = sameFacts.YearStart;
        Person = sameFacts.Person;
        Collective = sameFacts.Collective;
        _yearIndex = sameFacts._yearIndex;
        _firstIndexedYear = sameFacts._firstIndexedYear;
        _derived = sameFacts._derived;
        _runs = sameFacts._runs;
    }

    /// <summary>Whether <paramref name="other"/> judges the same facts under the same law, so that a context can be shared.</summary>
    internal bool HasSameFacts(EligibilityCase other, RegimeParameters regime) =>
        ReferenceEquals(regime, Regime) && ReferenceEquals(other.Person, Person) && ReferenceEquals(other.Collective, Collective)
        && other.Year == Year && other.EffectiveYearEnd == YearEnd && other.Sector == Case.Sector;

    public EligibilityCase Case { get; }

    public RegimeParameters Regime { get; }

    internal RegimeRules Rules { get; }

    /// <summary>The assessed emulation year.</summary>
    public int Year { get; }

    /// <summary>First day of the assessed year (the day after the previous year's end).</summary>
    public DateOnly YearStart { get; }

    /// <summary>Last day of the assessed year.</summary>
    public DateOnly YearEnd { get; }

    public PersonRecord? Person { get; }

    public CollectiveRecord? Collective { get; }

    public IReadOnlyList<PendingKind> Pending => Person?.Pending ?? Collective?.Pending ?? [];

    public IReadOnlyList<AwardCode> Registered => Person?.Registered ?? Collective?.Registered ?? [];

    public IReadOnlyList<AwardRecord> Awards => Person?.Awards ?? Collective?.Awards ?? [];

    /// <summary>The assessed year's entry (validation guarantees there is exactly one for a person).</summary>
    public PersonYear AssessedYear => YearRecord(Year)
        ?? throw new InvalidOperationException("The assessed year has no entry; the case was not validated.");

    public PersonYear? YearRecord(int year)
    {
        var i = year - _firstIndexedYear;
        return i >= 0 && i < _yearIndex.Length ? _yearIndex[i] : null;
    }

    /// <summary>The twelve months of an emulation year, ending on the same day as the assessed year.</summary>
    public (DateOnly Start, DateOnly End) Bounds(int year) =>
        year == Year ? (YearStart, YearEnd) : (YearEnd.AddYears(year - Year - 1).AddDays(1), YearEnd.AddYears(year - Year));

    /// <summary>
    /// The first discipline of the excluding level or heavier decided in the year or whose period runs into it
    /// (its end on or after the year's first day), or null.
    /// </summary>
    public DisciplineRecord? ExcludingDisciplineIn(int year)
    {
        if (Person is null || Person.Discipline.Count == 0)
        {
            return null;
        }

        var (start, end) = Bounds(year);
        var lightest = Regime.ExcludingDisciplineLevel.Value;
        var list = Person.Discipline;
        for (var i = 0; i < list.Count; i++)
        {
            var d = list[i];
            if (d.Level >= lightest && d.DecidedOn <= end && (d.EndsOn ?? DateOnly.MaxValue) >= start)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>The verdict on a title for the assessed year, derived on merit (no registration check), once.</summary>
    public TitleVerdict Derive(AwardCode title)
    {
        var slot = (int)title;
        if (_derived[slot] is { } cached)
        {
            return cached;
        }

        var definition = Rules.Title(title)
            ?? throw new InvalidOperationException("No definition for " + Codes.Of(title) + " in regime " + Regime.Code + ".");
        var verdict = definition.Evaluate(this);
        _derived[slot] = verdict;
        return verdict;
    }

    /// <summary>Whether the title is held for a year: derived for the assessed year, recorded history otherwise.</summary>
    public bool HoldsTitle(int year, AwardCode title) =>
        year == Year ? Derive(title).Met : YearRecord(year)?.Holds(title) == true;

    /// <summary>
    /// Whether an initiative was used for its year's CSTDCS: that CSTDCS needed it (always when the regime requires
    /// an initiative; otherwise only when the year was not rated HTXS), and it is the first listed that year.
    /// </summary>
    public bool IsUsedForCstdcs(int year, Initiative initiative)
    {
        var record = YearRecord(year);
        if (record is null || record.Initiatives.Count == 0 || !string.Equals(record.Initiatives[0].Id, initiative.Id, StringComparison.Ordinal))
        {
            return false;
        }

        var needed = Regime.CstdcsRoute.Value == CstdcsRoute.InitiativeRequired || record.Rating != Rating.Htxs;
        return needed && HoldsTitle(year, AwardCode.Cstdcs);
    }

    /// <summary>Whether an award belongs to a chain: its kind counts (CONG_TRANG) and its form is one of the chain.</summary>
    public bool CountsForChain(AwardRecord award)
    {
        // Indexed loops: foreach over an IReadOnlyList allocates an enumerator on this hot path.
        var kinds = Regime.ChainAwardKinds.Value;
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == award.Kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first year counted after an award, by the regime's counting start.</summary>
    public int FirstCountedYearAfter(AwardRecord award) =>
        Regime.CountingStart.Value == CountingStart.Period && award.PeriodTo is { } to
            ? to + 1
            : award.DecisionDate.Year + 1;

    /// <summary>The run of years of a form's route, computed once per route.</summary>
    public RunWindow Run(AwardCode form, FormRule rule, FormRoute route)
    {
        foreach (var (r, w) in _runs)
        {
            if (ReferenceEquals(r, route))
            {
                return w;
            }
        }

        var window = RunWindow.Compute(this, form, rule, route);
        _runs.Add((route, window));
        return window;
    }
}

/// <summary>A title judged for the assessed year: its verdict and the results of its criteria.</summary>
public sealed record TitleVerdict(AwardCode Title, bool Met, IReadOnlyList<CriterionResult> Results);
