using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Documents;
using ThiDua.Core.Movements;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Movements;

/// <summary>
/// One movement: goals, criteria with points, the responses, the launch coverage of the subordinate units, and its
/// plan (Kế hoạch) issued as Word or PDF from the number, date and signer the officer types in.
/// </summary>
[RequirePermission("Movements.View")]
public sealed class DetailsModel(MovementQueries queries, GetMovementPlan plans, TimeProvider clock) : AppPageModel
{
    public override string Area => "Movements";

    public MovementDetails Details { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public PlanForm Plan { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Plan.Date ??= DateOnly.FromDateTime(clock.GetLocalNow().Date);
        return Page();
    }

    /// <summary>The plan as .docx or .pdf; a bad field shows the page again with the message beside it.</summary>
    public async Task<IActionResult> OnGetPlanAsync(int id, string? format, CancellationToken ct)
    {
        var result = await plans.HandleAsync(id, new MovementPlanInput(Plan.Number, Plan.Date, Plan.SignerName, Plan.SignerPosition, Plan.Authority, Plan.Principal), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, nameof(Plan));
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        var pdf = format == "pdf";
        return File(pdf ? PdfRenderer.Render(result.Value!) : DocxRenderer.Render(result.Value!),
            pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            $"ke-hoach-phong-trao-{id}.{(pdf ? "pdf" : "docx")}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var result = await queries.GetAsync(id, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Details = result.Value!;
        Crumbs.Add(new Crumb("Phong trào thi đua", "/Movements"));
        Crumbs.Add(new Crumb(Details.Movement.Name));
        return true;
    }

    public sealed class PlanForm
    {
        public int? Number { get; set; }

        public DateOnly? Date { get; set; }

        public string? SignerName { get; set; }

        public string? SignerPosition { get; set; } = "Trưởng";

        public string? Authority { get; set; }

        public string? Principal { get; set; }
    }
}
