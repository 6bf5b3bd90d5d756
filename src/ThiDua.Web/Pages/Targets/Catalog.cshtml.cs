using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Shared.Security;
using ThiDua.Core.Targets;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Targets;

/// <summary>
/// The sector's indicator catalog and the A/B/C/D thresholds (rules.md §6–7), as data: everyone who tracks targets
/// reads them; an administrator at the root edits them (ConfigureTargets; a province's user gets no form and a 404
/// from a crafted post). Each edit is one save, audited.
/// </summary>
[RequirePermission("Targets.View")]
public sealed class CatalogModel(TargetQueries queries, ConfigureTargets configure, ICurrentUser user) : AppPageModel
{
    public override string Area => "Tracking";

    public IReadOnlyList<IndicatorView> Indicators { get; private set; } = [];

    public IReadOnlyList<GradeView> Grades { get; private set; } = [];

    public bool CanConfigure => user.HasAtRoot(TargetsPermissions.Configure);

    /// <summary>The indicator whose form was refused, to show its errors next to it.</summary>
    public string? Editing { get; private set; }

    [BindProperty]
    public IndicatorForm Indicator { get; set; } = new();

    [BindProperty]
    public List<GradeForm> GradeRows { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostIndicatorAsync(string code, CancellationToken ct)
    {
        var result = await configure.SetIndicatorAsync(code ?? string.Empty, new IndicatorInput(Indicator.Name, Indicator.NumeratorLabel,
            Indicator.DenominatorLabel, Indicator.HigherIsBetter, Indicator.KeyTarget, Indicator.RankingPoints, Indicator.Active), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            // Several indicator forms share the page: each message says which indicator it is about.
            AddErrors(result.Errors.Select(e => e with { Message = $"{code}: {e.Message}" }), "Indicator");
            Editing = code;
            await LoadAsync(ct);
            return Page();
        }

        TempData["Notice"] = "Đã lưu chỉ tiêu " + code + ".";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostGradesAsync(CancellationToken ct) =>
        SubmitAsync(() => configure.SetGradesAsync(GradeRows.Select(g => new GradeInput(g.Code ?? string.Empty, g.MinPoints, g.RequiresKeyTargets)).ToList(), ct),
            async () =>
            {
                await LoadAsync(ct);
                return true;
            },
            "Đã lưu ngưỡng xếp loại.", new { });

    /// <summary>The value shown in a field: what was typed when that form was refused, otherwise what is stored.</summary>
    public IndicatorForm FormOf(IndicatorView i) => Editing == i.Code
        ? Indicator
        : new IndicatorForm
        {
            Name = i.Name, NumeratorLabel = i.NumeratorLabel, DenominatorLabel = i.DenominatorLabel, HigherIsBetter = i.HigherIsBetter,
            KeyTarget = i.KeyTarget, RankingPoints = i.RankingPoints, Active = i.Active,
        };

    private async Task LoadAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Chỉ tiêu và theo dõi", "/Targets"));
        Crumbs.Add(new Crumb("Danh mục chỉ tiêu và ngưỡng xếp loại"));
        Indicators = await queries.IndicatorsAsync(ct);
        Grades = await queries.GradesAsync(ct);
    }

    public sealed class IndicatorForm
    {
        public string? Name { get; set; }

        public string? NumeratorLabel { get; set; }

        public string? DenominatorLabel { get; set; }

        public bool HigherIsBetter { get; set; }

        public bool KeyTarget { get; set; }

        public int RankingPoints { get; set; }

        public bool Active { get; set; }
    }

    public sealed class GradeForm
    {
        public string? Code { get; set; }

        public int MinPoints { get; set; }

        public bool RequiresKeyTargets { get; set; }
    }
}
