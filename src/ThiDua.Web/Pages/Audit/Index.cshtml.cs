using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Audit;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Audit;

/// <summary>The audit trail per entity or per user, within scope; whole-tree viewers can verify the chain.</summary>
[RequirePermission("Audit.View")]
public sealed class IndexModel(AuditQueries queries, VerifyAuditChain verify, ICurrentUser user) : AppPageModel
{
    public override string Area => "Audit";

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Page<AuditEvent> Events { get; private set; } = null!;

    public AuditVerification? Verification { get; private set; }

    public bool CanVerify => user.ScopePaths(AuditPermissions.View).Contains("/");

    public string PageLink => "/Audit?" + string.Join("&", new[]
    {
        EntityType is null ? null : "entityType=" + Uri.EscapeDataString(EntityType),
        EntityId is null ? null : "entityId=" + Uri.EscapeDataString(EntityId),
        UserId is null ? null : "userId=" + UserId.Value.ToString(CultureInfo.InvariantCulture),
        "p=",
    }.Where(s => s is not null));

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        if (!CanVerify)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Verification = await verify.HandleAsync(ct);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Nhật ký thay đổi"));
        Events = await queries.HandleAsync(new AuditFilter(EntityType, EntityId, UserId, new PageRequest(PageNumber, 50)), ct);
    }
}
