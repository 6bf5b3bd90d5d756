using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Targets;

namespace ThiDua.Web.Pages.Targets;

/// <summary>Base of the Targets pages: the unit and the emulation year chosen (default: the user's first unit, the current year).</summary>
public abstract class TargetsPageModel(TargetQueries queries, EmulationCalendar calendar) : AppPageModel
{
    public override string Area => "Tracking";

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<TargetUnit> Units { get; private set; } = [];

    protected TargetQueries Queries => queries;

    protected EmulationCalendar Calendar => calendar;

    /// <summary>Fills the unit list and the defaults; false when the user sees no unit or the year is out of range.</summary>
    protected async Task<bool> ChooseAsync(CancellationToken ct)
    {
        Units = await queries.UnitsAsync(ct);
        Year ??= calendar.CurrentYear;
        if (Year is < 2000 or > 2999)
        {
            Year = calendar.CurrentYear;
        }

        UnitId ??= Units.Count > 0 ? Units[0].Id : null;
        return UnitId is not null;
    }

    public string Query(int? unitId = null, int? year = null) =>
        $"?unitId={unitId ?? UnitId}&year={year ?? Year}";
}
