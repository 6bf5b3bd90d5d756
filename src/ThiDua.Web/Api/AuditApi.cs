using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Core.Audit;
using ThiDua.Core.Shared;

namespace ThiDua.Web.Api;

public sealed record AuditEventView(long Sequence, DateTime OccurredAt, int? ActorUserId, string ActorName, string Action, string EntityType, string EntityId, string Summary, string Hash);

/// <summary>The audit trail, per entity or per user, within the caller's scope.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Nhật ký (Audit)").RequirePermission(AuditPermissions.View);
        group.MapGet(string.Empty, ListAsync).WithSummary("Sự kiện nhật ký (lọc theo đối tượng hoặc người thực hiện)");
        return api;
    }

    public static async Task<Ok<Page<AuditEventView>>> ListAsync(AuditQueries queries, string? entityType, string? entityId, int? userId, int? page, int? size, CancellationToken ct)
    {
        var result = await queries.HandleAsync(new AuditFilter(entityType, entityId, userId, new PageRequest(page ?? 1, size ?? 50)), ct);
        return TypedResults.Ok(new Page<AuditEventView>(
            result.Items.Select(e => new AuditEventView(e.Sequence, e.OccurredAt, e.ActorUserId, e.ActorName, e.Action, e.EntityType, e.EntityId, e.Summary, e.Hash)).ToList(),
            result.PageNumber, result.PageSize, result.Total));
    }
}
