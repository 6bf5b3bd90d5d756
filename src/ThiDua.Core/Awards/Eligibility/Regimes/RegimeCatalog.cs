using System.Diagnostics.CodeAnalysis;
using ThiDua.Core.Awards.Eligibility.Rules;

namespace ThiDua.Core.Awards.Eligibility.Regimes;

/// <summary>
/// The regimes the engine knows, ordered by date, each compiled once into its rules. A decision is judged under the
/// regime with the latest <see cref="RegimeParameters.EffectiveFrom"/> on or before its date (rules.md §1); a
/// decision before the earliest regime is refused.
/// </summary>
public sealed class RegimeCatalog
{
    private readonly RegimeParameters[] _byDate;
    private readonly Dictionary<string, RegimeRules> _rules;

    private RegimeCatalog(RegimeParameters[] byDate)
    {
        _byDate = byDate;
        _rules = new Dictionary<string, RegimeRules>(byDate.Length, StringComparer.Ordinal);
        foreach (var regime in byDate)
        {
            _rules.Add(regime.Code, new RegimeRules(regime));
        }
    }

    /// <summary>The built-in regimes 2014, 2017, 2024, 2025.</summary>
    public static RegimeCatalog Default { get; } = Create(BuiltInRegimes.All);

    public IReadOnlyList<RegimeParameters> Regimes => _byDate;

    /// <summary>The first decision date any regime governs (2014-08-20 for the built-in catalog).</summary>
    public DateOnly EarliestDecisionDate => _byDate[0].EffectiveFrom;

    /// <summary>A catalog of exactly these regimes; codes and start dates must be unique, each regime sound.</summary>
    public static RegimeCatalog Create(IEnumerable<RegimeParameters> regimes)
    {
        ArgumentNullException.ThrowIfNull(regimes);
        var list = regimes.ToArray();
        if (list.Length == 0)
        {
            throw new RegimeDataException("Danh mục chế độ cần ít nhất một chế độ.");
        }

        var problems = new List<string>();
        foreach (var regime in list)
        {
            problems.AddRange(regime.Validate());
        }

        foreach (var group in list.GroupBy(r => r.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add("Mã chế độ '" + group.Key + "' xuất hiện nhiều lần.");
        }

        foreach (var group in list.GroupBy(r => r.EffectiveFrom).Where(g => g.Count() > 1))
        {
            problems.Add("Nhiều chế độ cùng có hiệu lực từ " + VietnameseText.Date(group.Key) + ".");
        }

        if (problems.Count > 0)
        {
            throw new RegimeDataException(string.Join(Environment.NewLine, problems));
        }

        Array.Sort(list, (a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        return new RegimeCatalog(list);
    }

    /// <summary>A catalog of complete regime documents (as written by <see cref="ToJson"/>), or of derived ones in order.</summary>
    public static RegimeCatalog FromJson(string json) => Create(RegimeJson.DeserializeMany(json, _ => null));

    /// <summary>This catalog with regimes added or replaced (same code).</summary>
    public RegimeCatalog With(params IEnumerable<RegimeParameters> regimes)
    {
        var byCode = _byDate.ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var regime in regimes)
        {
            byCode[regime.Code] = regime;
        }

        return Create(byCode.Values);
    }

    /// <summary>
    /// This catalog with the regimes of a JSON document added or replaced; an entry may <c>inherits</c> a regime of
    /// this catalog and give only the values that change (e.g. a regime 2026 that requires an initiative for CSTĐCS).
    /// </summary>
    public RegimeCatalog WithJson(string json) =>
        With(RegimeJson.DeserializeMany(json, code => TryGet(code, out var r) ? r : null));

    /// <summary>Every regime, complete, for storage.</summary>
    public string ToJson() => RegimeJson.Serialize(_byDate);

    public bool TryGet(string code, [NotNullWhen(true)] out RegimeParameters? regime)
    {
        foreach (var r in _byDate)
        {
            if (string.Equals(r.Code, code, StringComparison.Ordinal))
            {
                regime = r;
                return true;
            }
        }

        regime = null;
        return false;
    }

    /// <summary>The regime in force on a decision date, or false before the earliest regime.</summary>
    public bool TryResolve(DateOnly asOf, [NotNullWhen(true)] out RegimeParameters? regime)
    {
        regime = null;
        foreach (var r in _byDate)
        {
            if (r.EffectiveFrom > asOf)
            {
                break;
            }

            regime = r;
        }

        return regime is not null;
    }

    /// <summary>The regime in force on a decision date; throws before the earliest regime (2014-08-20).</summary>
    public RegimeParameters Resolve(DateOnly asOf) =>
        TryResolve(asOf, out var regime)
            ? regime
            : throw new ArgumentOutOfRangeException(nameof(asOf), asOf,
                "Ngày quyết định trước " + VietnameseText.Date(EarliestDecisionDate) + ": ngoài phạm vi các chế độ của hệ thống.");

    internal RegimeRules RulesFor(RegimeParameters regime) => _rules[regime.Code];
}
