using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Quotas;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Web.Api;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Awards;

/// <summary>
/// A unit's quota for a title and year: places, the default order with its explanation, who is inside, and the
/// officer's overrides (each with its mandatory reason; Awards.ManageQuota).
/// </summary>
[RequirePermission("Awards.ViewCandidates")]
public sealed class QuotaModel(GetQuota getQuota, ManageQuota manageQuota, ListUnits listUnits) : AppPageModel
{
    public override string Area => "Awards";

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Target { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    [BindProperty]
    public OverrideForm Form { get; set; } = new();

    public QuotaView Quota { get; private set; } = null!;

    public AwardsFilter Filter { get; private set; } = null!;

    public string AsOfText => Quota.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostOverrideAsync(CancellationToken ct) => SubmitAsync(
        () => manageQuota.SetAsync(new QuotaOverrideInput(UnitId ?? 0, Year ?? 0, TargetCode, Form.SubjectId, Form.Include, Form.Reason, AsOf), ct),
        () => LoadAsync(ct), Form.Include ? "Đã đưa vào tỷ lệ." : "Đã đưa ra ngoài tỷ lệ.", RouteValues);

    public Task<IActionResult> OnPostClearAsync(int overrideId, CancellationToken ct) => SubmitAsync(
        () => manageQuota.ClearAsync(overrideId, ct), () => LoadAsync(ct), "Đã bỏ điều chỉnh: đối tượng trở lại thứ tự mặc định.", RouteValues);

    private AwardCode TargetCode => AwardsApi.TryQuotaTarget(Target ?? "CSTDCS", out var code) ? code : AwardCode.Cstdcs;

    private object RouteValues => new { unitId = Quota?.UnitId ?? UnitId, year = Quota?.Year ?? Year, target = Codes.Of(TargetCode), asOf = AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var year = Year is < 2000 or > 2999 ? null : Year;
        var result = await getQuota.HandleAsync(UnitId, year, TargetCode, AsOf, ct);
        if (result.Errors.Count > 0)
        {
            AddErrors(result.Errors, string.Empty);
            AsOf = null;
            result = await getQuota.HandleAsync(UnitId, year, TargetCode, null, ct);
        }

        if (!result.IsSuccess)
        {
            return false;
        }

        Quota = result.Value!;
        Filter = new AwardsFilter(await AwardsFilter.UnitsAsync(listUnits, ct), Quota.UnitId, Quota.Year, Quota.AsOf);
        Crumbs.Add(new Crumb("Khen thưởng"));
        Crumbs.Add(new Crumb("Danh sách đủ điều kiện", $"/Awards/Candidates?unitId={Quota.UnitId}&year={Quota.Year}"));
        Crumbs.Add(new Crumb("Tỷ lệ khen thưởng"));
        return true;
    }

    public sealed class OverrideForm
    {
        public int SubjectId { get; set; }

        public bool Include { get; set; }

        public string? Reason { get; set; }
    }
}
