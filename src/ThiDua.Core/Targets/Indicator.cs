namespace ThiDua.Core.Targets;

/// <summary>
/// An indicator (chỉ tiêu) of the sector's professional work, as data (rules.md §7): its result is the cumulative
/// numerator over the cumulative denominator of the year, in percent (e.g. cases resolved / cases that can be
/// enforced). <see cref="RankingPoints"/> is its share of the A/B/C/D ranking's points (rules.md §6, out of 200);
/// <see cref="KeyTarget"/> marks the targets grade A requires to be met.
/// </summary>
public sealed class Indicator
{
    private Indicator()
    {
    }

    public Indicator(string code, int order, string name, string numeratorLabel, string denominatorLabel, bool higherIsBetter, bool keyTarget, int rankingPoints)
    {
        Code = code;
        Order = order;
        Change(name, numeratorLabel, denominatorLabel, higherIsBetter, keyTarget, rankingPoints, true);
    }

    public int Id { get; private set; }

    /// <summary>Stable code used by imports and the API (VIEC, TIEN, GIAM_TON, QD_DUNG_HAN).</summary>
    public string Code { get; private set; } = string.Empty;

    public int Order { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>What the cumulative numerator counts ("Số việc giải quyết xong").</summary>
    public string NumeratorLabel { get; private set; } = string.Empty;

    /// <summary>What the cumulative denominator counts ("Số việc có điều kiện thi hành").</summary>
    public string DenominatorLabel { get; private set; } = string.Empty;

    /// <summary>The unit of measure of results and targets: always percent here.</summary>
    public static string Unit => "%";

    public bool HigherIsBetter { get; private set; }

    public bool KeyTarget { get; private set; }

    public int RankingPoints { get; private set; }

    public bool Active { get; private set; }

    public void Change(string name, string numeratorLabel, string denominatorLabel, bool higherIsBetter, bool keyTarget, int rankingPoints, bool active)
    {
        Name = name.Trim();
        NumeratorLabel = numeratorLabel.Trim();
        DenominatorLabel = denominatorLabel.Trim();
        HigherIsBetter = higherIsBetter;
        KeyTarget = keyTarget;
        RankingPoints = rankingPoints;
        Active = active;
    }

    /// <summary>The result in percent, two decimals; null without a denominator.</summary>
    public static decimal? Result(decimal numerator, decimal denominator) =>
        denominator <= 0 ? null : Math.Round(100m * numerator / denominator, 2, MidpointRounding.AwayFromZero);
}

/// <summary>A unit's target for one indicator and emulation year, in percent (0–100).</summary>
public sealed class UnitTarget
{
    private UnitTarget()
    {
    }

    public UnitTarget(int unitId, int year, int indicatorId, decimal percent)
    {
        UnitId = unitId;
        Year = year;
        IndicatorId = indicatorId;
        SetPercent(percent);
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public int Year { get; private set; }

    public int IndicatorId { get; private set; }

    public decimal Percent { get; private set; }

    public void SetPercent(decimal percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100m);
        Percent = percent;
    }
}

/// <summary>
/// A unit's cumulative figures for one indicator from the start of the emulation year to the end of month
/// <see cref="Month"/> (1 = the year's first month, October in this sector). The numerator never goes down month to
/// month (checked by <see cref="TargetRules"/> across the months).
/// </summary>
public sealed class MonthlyActual
{
    private MonthlyActual()
    {
    }

    public MonthlyActual(int unitId, int year, int indicatorId, int month, decimal numerator, decimal denominator)
    {
        UnitId = unitId;
        Year = year;
        IndicatorId = indicatorId;
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Month = month;
        Set(numerator, denominator);
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public int Year { get; private set; }

    public int IndicatorId { get; private set; }

    public int Month { get; private set; }

    public decimal Numerator { get; private set; }

    public decimal Denominator { get; private set; }

    public void Set(decimal numerator, decimal denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfLessThan(denominator, numerator);
        Numerator = numerator;
        Denominator = denominator;
    }
}

/// <summary>
/// A grade of the ranking of local enforcement units (Decision 1682/QĐ-BTP, rules.md §6), as data: a unit gets the
/// first grade (by <see cref="Order"/>) whose minimum points it reaches and, when <see cref="RequiresKeyTargets"/>,
/// whose key targets it all meets.
/// </summary>
public sealed class RankingGrade
{
    private RankingGrade()
    {
    }

    public RankingGrade(string code, int order, int minPoints, bool requiresKeyTargets)
    {
        Code = code;
        Order = order;
        Change(minPoints, requiresKeyTargets);
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public int Order { get; private set; }

    public int MinPoints { get; private set; }

    public bool RequiresKeyTargets { get; private set; }

    public void Change(int minPoints, bool requiresKeyTargets)
    {
        MinPoints = minPoints;
        RequiresKeyTargets = requiresKeyTargets;
    }
}

/// <summary>A movement's criterion whose points are computed from an indicator (the movement's "linked targets").</summary>
public sealed class CriterionIndicator
{
    private CriterionIndicator()
    {
    }

    public CriterionIndicator(int criterionId, int indicatorId)
    {
        CriterionId = criterionId;
        IndicatorId = indicatorId;
    }

    public int Id { get; private set; }

    public int CriterionId { get; private set; }

    public int IndicatorId { get; private set; }

    public void Relink(int indicatorId) => IndicatorId = indicatorId;
}

/// <summary>
/// Setting <c>Targets:AlertShortfallPercent</c>: a unit falls behind when its cumulative result is below the pro-rata
/// target by more than this share of it (10: below 90 % of what it should have reached by now).
/// </summary>
public sealed class TargetOptions
{
    public decimal AlertShortfallPercent { get; set; } = 10m;

    /// <summary>Whether <paramref name="result"/> falls behind <paramref name="expected"/> by more than the setting.</summary>
    public bool IsBehind(decimal result, decimal expected, bool higherIsBetter) =>
        higherIsBetter
            ? result * 100m < expected * (100m - AlertShortfallPercent)
            : result * 100m > expected * (100m + AlertShortfallPercent);
}
