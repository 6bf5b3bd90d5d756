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

    public override string Area => "Registrations";

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
                Commitments = d.Commitments.Select(c => new CommitmentForm { Text = c.Text, Indicator = c.Indicator, TargetValue = Invariant(c.TargetValue), TargetUnit = c.TargetUnit }).ToList(),
                Criteria = d.Criteria.Select(c => new CriterionForm { Name = c.Name, Points = Invariant(c.MaxPoints) }).ToList(),
            };
        }
        else
        {
            Input = new CovenantForm
            {
                ClusterId = clusterId ?? 0,
                Year = calendar.CurrentYear,
                Commitments = CovenantTemplate.Commitments.Select(c => new CommitmentForm { Text = c.Text, Indicator = c.Indicator, TargetValue = Invariant(c.Target), TargetUnit = c.Unit }).ToList(),
                Criteria = CovenantTemplate.Criteria.Select(c => new CriterionForm { Name = c.Name, Points = Invariant(c.Points) }).ToList(),
            };
        }

        await LoadAsync(ct);
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var commitments = new List<CommitmentInput>();
        var typos = new List<FieldError>();
        for (var i = 0; i < Input.Commitments.Count; i++)
        {
            var c = Input.Commitments[i];
            if (string.IsNullOrWhiteSpace(c.Text) && string.IsNullOrWhiteSpace(c.Indicator) && string.IsNullOrWhiteSpace(c.TargetValue))
            {
                continue;
            }

            if (!CovenantPageTexts.TryNumber(c.TargetValue, out var target))
            {
                typos.Add(new FieldError($"Commitments[{i}].TargetValue", $"Cam kết dòng {i + 1}: giá trị chỉ tiêu “{c.TargetValue}” không phải là số."));
            }

            commitments.Add(new CommitmentInput(c.Text, c.Indicator, target, c.TargetUnit));
        }

        var criteria = new List<CovenantCriterionInput>();
        for (var i = 0; i < Input.Criteria.Count; i++)
        {
            var c = Input.Criteria[i];
            if (string.IsNullOrWhiteSpace(c.Name) && string.IsNullOrWhiteSpace(c.Points))
            {
                continue;
            }

            if (!int.TryParse(c.Points, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var points) && !string.IsNullOrWhiteSpace(c.Points))
            {
                typos.Add(new FieldError($"Criteria[{i}].Points", $"Tiêu chí dòng {i + 1}: điểm “{c.Points}” phải là số nguyên."));
            }

            criteria.Add(new CovenantCriterionInput(c.Name, points));
        }

        if (typos.Count > 0)
        {
            AddErrors(typos);
            await LoadAsync(ct);
            Pad();
            return Page();
        }

        var input = new CovenantInput(Input.ClusterId, Input.Year, Input.Title, Input.MaxPoints, Input.LeadingSeats, commitments, criteria);
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

    private static string? Invariant(decimal? value) => value?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

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

        public string? TargetValue { get; set; }

        public string? TargetUnit { get; set; }
    }

    public sealed class CriterionForm
    {
        public string? Name { get; set; }

        public string? Points { get; set; }
    }
}
