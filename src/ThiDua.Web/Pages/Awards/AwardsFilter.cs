using ThiDua.Core.Awards;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Queries;

namespace ThiDua.Web.Pages.Awards;

/// <summary>The unit and year pickers of the awards pages (the units the caller may see candidates of, departments left out).</summary>
public sealed record AwardsFilter(IReadOnlyList<UnitSummary> Units, int UnitId, int Year, DateOnly AsOf)
{
    public static async Task<IReadOnlyList<UnitSummary>> UnitsAsync(ListUnits listUnits, CancellationToken ct) =>
        (await listUnits.HandleAsync(AwardsPermissions.ViewCandidates, ct)).Where(u => u.ValidTo is null && u.Kind != UnitKind.DEPARTMENT).ToList();

    /// <summary>"– – Name": the unit indented by its depth below the shallowest one shown.</summary>
    public string Indented(UnitSummary unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return string.Concat(Enumerable.Repeat("– ", unit.Depth - Units.Min(x => x.Depth))) + unit.Name;
    }
}
