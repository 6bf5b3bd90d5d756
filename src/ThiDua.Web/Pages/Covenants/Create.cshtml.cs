using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Covenants;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Covenants;

/// <summary>
/// The head unit drafts its cluster's covenant for a year — commitments with their measurable targets, scoring criteria
/// with points adding up to the maximum — or, with <c>id</c>, changes the draft. Prefilled with the sector's usual
/// commitments and criteria so that a head unit adapts rather than types everything.
/// </summary>
[RequirePermission("Covenants.Manage")]
public sealed class CreateModel(CreateCovenant create, UpdateCovenant update, CovenantQueries queries, ListClusters listClusters, EmulationCalendar calendar) : AppPageModel
{
    public const int Rows = 10;

    public override string Area => "Covenants";

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public CovenantForm Input { get; set; } = new();

    public IReadOnlyList<ClusterSummary> Clusters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? clusterId, CancellationToken ct)
    {
        if (Id is int id)
        {
            var existing = await queries.GetAsync(id, ct);
            if (!existing.IsSuccess || !existing.Value!.CanManage)
            {
                return NotFound();
            }

            var d = existing.Value;
            Input = new CovenantForm
            {
                ClusterId = d.Covenant.ClusterId,
                Year = d.Covenant.Year,
                Title = d.Covenant.Title,
                MaxPoints = d.Covenant.MaxPoints,
                LeadingSeats = d.Covenant.LeadingSeats,
                Commitments = d.Commitments.Select(c => new CommitmentForm { Text = c.Text, Indicator = c.Indicator, TargetValue = c.TargetValue, TargetUnit = c.TargetUnit }).ToList(),
                Criteria = d.Criteria.Select(c => new CriterionForm { Name = c.Name, Points = c.MaxPoints }).ToList(),
            };
        }
        else
        {
            Input = new CovenantForm
            {
                ClusterId = clusterId ?? 0,
                Year = calendar.CurrentYear,
                Commitments = CovenantTemplate.Commitments.Select(c => new CommitmentForm { Text = c.Text, Indicator = c.Indicator, TargetValue = c.Target, TargetUnit = c.Unit }).ToList(),
                Criteria = CovenantTemplate.Criteria.Select(c => new CriterionForm { Name = c.Name, Points = c.Points }).ToList(),
            };
        }

        await LoadAsync(ct);
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new CovenantInput(Input.ClusterId, Input.Year, Input.Title, Input.MaxPoints, Input.LeadingSeats,
            Input.Commitments.Where(c => !string.IsNullOrWhiteSpace(c.Text) || !string.IsNullOrWhiteSpace(c.Indicator) || c.TargetValue is not null)
                .Select(c => new CommitmentInput(c.Text, c.Indicator, c.TargetValue, c.TargetUnit)).ToList(),
            Input.Criteria.Where(c => !string.IsNullOrWhiteSpace(c.Name) || c.Points != 0).Select(c => new CovenantCriterionInput(c.Name, c.Points)).ToList());
        var result = Id is int id ? await update.HandleAsync(id, input, ct) : await create.HandleAsync(input, ct);
        if (result.IsSuccess)
        {
            TempData["Notice"] = Id is null ? "Đã soạn giao ước." : "Đã lưu dự thảo giao ước.";
            return RedirectToPage("/Covenants/Details", new { id = result.Value!.Id });
        }

        if (result.IsNotFound)
        {
            if (Id is not null)
            {
                return NotFound();
            }

            ModelState.AddModelError("Input.ClusterId", "Bạn không quản lý đơn vị cụm trưởng hoặc đơn vị tổ chức của cụm, khối này.");
        }
        else
        {
            AddErrors(result.Errors);
        }

        await LoadAsync(ct);
        Pad();
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Clusters = await listClusters.HandleAsync(null, ct);
        Crumbs.Add(new Crumb("Giao ước thi đua", "/Covenants"));
        Crumbs.Add(new Crumb(Id is null ? "Soạn giao ước" : "Sửa dự thảo giao ước"));
    }

    private void Pad()
    {
        while (Input.Commitments.Count < Rows)
        {
            Input.Commitments.Add(new CommitmentForm());
        }

        while (Input.Criteria.Count < Rows)
        {
            Input.Criteria.Add(new CriterionForm());
        }
    }

    public sealed class CovenantForm
    {
        public int ClusterId { get; set; }

        public int Year { get; set; }

        public string? Title { get; set; }

        public int MaxPoints { get; set; } = 100;

        public int LeadingSeats { get; set; } = 1;

        public List<CommitmentForm> Commitments { get; set; } = [];

        public List<CriterionForm> Criteria { get; set; } = [];
    }

    public sealed class CommitmentForm
    {
        public string? Text { get; set; }

        public string? Indicator { get; set; }

        public decimal? TargetValue { get; set; }

        public string? TargetUnit { get; set; }
    }

    public sealed class CriterionForm
    {
        public string? Name { get; set; }

        public int Points { get; set; }
    }
}
