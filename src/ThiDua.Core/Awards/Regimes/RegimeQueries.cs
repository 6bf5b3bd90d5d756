using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Data;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Regimes;

/// <summary>A regime in the list: its period (explicit end, or the day before the next regime starts) and whether it governs today's decisions.</summary>
public sealed record RegimeSummary(
    string Code,
    string Name,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    bool InForceToday,
    int UncheckedCount,
    bool BuiltIn,
    string? Inherits,
    DateTime UpdatedAt,
    string UpdatedBy);

/// <summary>One parameter: its value as the form edits it (<see cref="Value"/>, a JSON code) and as people read it.</summary>
public sealed record RegimeFieldView(
    string Key,
    string Label,
    string Kind,
    string Value,
    string ValueText,
    bool Checked,
    string Citation,
    bool Differs,
    string? BaseValueText,
    IReadOnlyList<RegimeOption>? Options);

public sealed record RegimeSectionView(string Title, IReadOnlyList<RegimeFieldView> Fields);

/// <summary>
/// A regime with every parameter grouped by rules.md section; <see cref="BaseCode"/> is the regime it inherits, or
/// else the one before it, and each parameter says whether it differs from it.
/// </summary>
public sealed record RegimeDetail(
    RegimeSummary Summary,
    IReadOnlyList<string> Sources,
    string? BaseCode,
    bool BaseIsInherited,
    IReadOnlyList<RegimeSectionView> Sections,
    JsonObject Document,
    bool CanManage);

/// <summary>The regimes in force order, for anyone who may check eligibility (they hold no unit's data).</summary>
public sealed class ListRegimes(AppDbContext db, RegimeStore store, EmulationCalendar calendar)
{
    public async Task<IReadOnlyList<RegimeSummary>> HandleAsync(CancellationToken ct = default)
    {
        var catalog = await store.CatalogAsync(ct);
        var rows = await db.Regimes.AsNoTracking().ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, ct);
        return catalog.Regimes.Select(r => RegimeViews.Summary(catalog, r, rows[r.Code], calendar.Today)).ToList();
    }
}

/// <summary>One regime with its parameters, labels, [unchecked] flags, citations and differences from its base.</summary>
public sealed class GetRegime(AppDbContext db, RegimeStore store, EmulationCalendar calendar, ICurrentUser actor)
{
    public async Task<Result<RegimeDetail>> HandleAsync(string code, CancellationToken ct = default)
    {
        var catalog = await store.CatalogAsync(ct);
        var row = await db.Regimes.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct);
        if (row is null || !catalog.TryGet(code, out var regime))
        {
            return Result<RegimeDetail>.NotFound();
        }

        var inherited = regime.Inherits is { } i && catalog.TryGet(i, out var parent) ? parent : null;
        var baseRegime = inherited ?? catalog.Regimes.LastOrDefault(r => r.EffectiveFrom < regime.EffectiveFrom);
        var json = RegimeJson.ToNode(regime);
        var baseJson = baseRegime is null ? null : RegimeJson.ToNode(baseRegime);
        var fields = RegimeFields.Of(regime).Select(f =>
        {
            var node = f.NodeIn(json);
            var baseNode = baseJson is null ? null : f.NodeIn(baseJson);
            var differs = baseRegime is not null && !JsonNode.DeepEquals(node?["value"] ?? ValueOfForm(node), baseNode?["value"] ?? ValueOfForm(baseNode));
            return new RegimeFieldView(f.Key, f.Label, f.Kind.ToString(), RegimeViews.FormValue(f, node), f.Show(regime),
                node?["checked"]?.GetValue<bool>() ?? true, node?["citation"]?.GetValue<string>() ?? string.Empty,
                differs, differs && baseRegime is not null && RegimeFields.Find(baseRegime, f.Key) is not null ? f.Show(baseRegime) : null, f.Options);
        }).ToList();
        var sections = RegimeFields.Sections.Select(s => new RegimeSectionView(s, fields.Where(f => RegimeFields.Find(regime, f.Key)!.Section == s).ToList()))
            .Where(s => s.Fields.Count > 0).ToList();
        return Result<RegimeDetail>.Ok(new RegimeDetail(RegimeViews.Summary(catalog, regime, row, calendar.Today), regime.Sources, baseRegime?.Code,
            inherited is not null, sections, JsonNode.Parse(row.Json)!.AsObject(), actor.HasAtRoot(AwardsPermissions.ManageRegimes)));
    }

    /// <summary>
    /// A form rule has no "value": the rule is compared without the checked flags and citations of itself and its
    /// routes, so that only a changed condition counts as a difference.
    /// </summary>
    private static JsonObject? ValueOfForm(JsonObject? node)
    {
        if (node is null)
        {
            return null;
        }

        var copy = (JsonObject)node.DeepClone();
        Strip(copy);
        return copy;
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove("checked");
                o.Remove("citation");
                foreach (var (_, child) in o)
                {
                    Strip(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Strip(child);
                }

                break;
            default:
                break;
        }
    }
}

internal static class RegimeViews
{
    public static RegimeSummary Summary(RegimeCatalog catalog, RegimeParameters regime, RegimeRecord row, DateOnly today)
    {
        var next = catalog.Regimes.FirstOrDefault(r => r.EffectiveFrom > regime.EffectiveFrom);
        DateOnly? end = next is null ? regime.EffectiveTo : regime.EffectiveTo is { } to && to < next.EffectiveFrom ? to : next.EffectiveFrom.AddDays(-1);
        var inForce = catalog.TryResolve(today, out var current) && current.Code == regime.Code && (end is null || end >= today);
        return new RegimeSummary(regime.Code, regime.Name, regime.EffectiveFrom, end, inForce, RegimeFields.UncheckedCount(regime), row.BuiltIn,
            regime.Inherits, row.UpdatedAt, row.UpdatedBy);
    }

    /// <summary>The value as a form input holds it: true/false, a number, a code, or the node's JSON for complex ones.</summary>
    public static string FormValue(RegimeField field, JsonObject? node)
    {
        var value = field.Kind == RegimeFieldKind.Complex ? node : node?["value"];
        return value switch
        {
            null => string.Empty,
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
            JsonValue v when v.TryGetValue<decimal>(out var d) => d.ToString(CultureInfo.InvariantCulture),
            _ => value.ToJsonString(),
        };
    }
}
