using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Core.Shared;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards.Decisions;

/// <summary>
/// Drafts a decision or changes a draft: the issuing unit, date, title or form, achievement, signer, legal bases (left
/// empty: prefilled from the regime in force), recipients, and the awardees by code with a picker that finds people and
/// collectives of the unit without diacritics. Errors come back on the same page, naming the field or the row.
/// </summary>
[RequirePermission("Decisions.Draft")]
public sealed class EditModel(DecisionQueries queries, EmulationCalendar calendar) : AppPageModel
{
    public override string Area => "Awards";

    /// <summary>The codes a decision awards, forms first.</summary>
    public static readonly IReadOnlyList<AwardCode> Codes =
    [
        AwardCode.Gk, AwardCode.Bkbo, AwardCode.Ldtt, AwardCode.Cstdcs, AwardCode.Ttldtt, AwardCode.Ttldxs,
        AwardCode.Cstdbo, AwardCode.Ctdbo, AwardCode.Bkttg, AwardCode.Cstdtq, AwardCode.Ctdcp, AwardCode.Hcld3, AwardCode.Hcld2, AwardCode.Hcld1,
    ];

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public DecisionForm Input { get; set; } = new();

    public IReadOnlyList<IssuingUnitChoice> Units { get; private set; } = [];

    public IReadOnlyList<AwardeeChoice> Choices { get; private set; } = [];

    public int RowCount => Math.Max(Input.Codes.Count(c => !string.IsNullOrWhiteSpace(c)) + 5, 10);

    public async Task<IActionResult> OnGetAsync(int? unitId, CancellationToken ct)
    {
        if (Id is int id)
        {
            var result = await queries.GetAsync(id, ct);
            if (!result.IsSuccess || !result.Value!.CanEdit)
            {
                return NotFound();
            }

            Input = DecisionForm.From(result.Value);
            var codes = await queries.AwardeeChoicesAsync(result.Value.IssuingUnitId, ct);
            Input.Codes = result.Value.Lines.Select(l => (string?)(codes.FirstOrDefault(c => l.PersonId is int p ? !c.IsUnit && c.Id == p : c.IsUnit && c.Id == l.UnitId)?.Code ?? l.Name)).ToList();
        }
        else
        {
            Input.Date = calendar.Today;
            Input.PeriodFrom = calendar.LastFinished;
            Input.IssuingUnitId = unitId ?? 0;
        }

        return await ShowAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] CreateDecision create, [FromServices] UpdateDecision update, CancellationToken ct)
    {
        ModelState.Clear();
        Input.Codes = Input.Codes.Where(c => !string.IsNullOrWhiteSpace(c)).ToList(); // row i of the page = line i of the errors
        var input = Input.ToInput();
        var result = Id is int id ? await update.HandleAsync(id, input, ct) : await create.HandleAsync(input, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors);
            return await ShowAsync(ct) ? Page() : NotFound();
        }

        TempData["Notice"] = "Đã lưu dự thảo quyết định.";
        return RedirectToPage("/Awards/Decisions/Details", new { id = result.Value!.Id });
    }

    private async Task<bool> ShowAsync(CancellationToken ct)
    {
        Units = await queries.IssuingUnitsAsync(forDraft: true, ct);
        if (Units.Count == 0)
        {
            return false;
        }

        if (Units.All(u => u.Id != Input.IssuingUnitId))
        {
            if (Id is not null)
            {
                return false;
            }

            Input.IssuingUnitId = Units[0].Id;
        }

        Choices = await queries.AwardeeChoicesAsync(Input.IssuingUnitId, ct);
        Crumbs.Clear();
        Crumbs.Add(new Crumb("Quyết định khen thưởng", "/Awards/Decisions"));
        Crumbs.Add(new Crumb(Id is null ? "Soạn quyết định" : "Sửa dự thảo"));
        return true;
    }

    /// <summary>The name shown beside a typed code, or null.</summary>
    public AwardeeChoice? ChoiceOf(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : Choices.FirstOrDefault(c => string.Equals(c.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    public string? ErrorOf(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public sealed class DecisionForm
    {
        public int IssuingUnitId { get; set; }

        public DateOnly? Date { get; set; }

        public string? Code { get; set; } = "GK";

        public string? Kind { get; set; } = "CONG_TRANG";

        public int? PeriodFrom { get; set; }

        public int? PeriodTo { get; set; }

        public string? Achievement { get; set; }

        public string? IssuerTitle { get; set; }

        public string? LegalBases { get; set; }

        public string? ProposedBy { get; set; }

        public string? SignerForm { get; set; }

        public string? SignerPrincipal { get; set; }

        public string? SignerPosition { get; set; }

        public string? SignerName { get; set; }

        public string? Recipients { get; set; }

        public string? Fund { get; set; }

        public string? Executors { get; set; }

        public List<string?> Codes { get; set; } = [];

        public DecisionInput ToInput() => new(
            IssuingUnitId, Date, Code, Kind, PeriodFrom, PeriodTo, Achievement, IssuerTitle, Lines(LegalBases), ProposedBy, SignerForm, SignerPosition,
            SignerName, SignerPrincipal, Lines(Recipients), Fund, Executors,
            Codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => new DecisionLineInput(Code: c!.Trim())).ToList());

        public static DecisionForm From(DecisionDetails d) => new()
        {
            IssuingUnitId = d.IssuingUnitId, Date = d.Date, Code = d.Code, Kind = d.Kind, PeriodFrom = d.PeriodFrom, PeriodTo = d.PeriodTo,
            Achievement = d.Achievement, IssuerTitle = d.IssuerTitle, LegalBases = string.Join('\n', d.LegalBases), ProposedBy = d.ProposedBy,
            SignerForm = d.SignerForm, SignerPrincipal = d.SignerPrincipal, SignerPosition = d.SignerPosition, SignerName = d.SignerName,
            Recipients = string.Join('\n', d.Recipients), Fund = d.Fund, Executors = d.Executors,
        };

        private static string[] Lines(string? text) =>
            (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
