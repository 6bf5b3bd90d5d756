using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Shared;

namespace ThiDua.Web.Api;

public sealed record CreateClusterRequest(string? Code, string? Name, string? Kind, int? OwnerUnitId);

public sealed record RenameClusterRequest(string? Name);

public sealed record ClusterMemberRequest(int UnitId, string? Role, int RotationOrder);

public sealed record SetClusterMembersRequest(IReadOnlyList<ClusterMemberRequest>? Members);

public sealed record RotateClusterRequest(bool? Replace, int? HeadUnitId);

/// <summary>
/// Emulation clusters and blocks (cụm, khối thi đua) under /api/v1/organisation/clusters: reading needs
/// Organisation.View and sees the clusters the caller's units organise or belong to; changes need
/// Organisation.Manage on the owner unit. Anything else answers 404.
/// </summary>
public static class ClustersApi
{
    public static RouteGroupBuilder MapClustersApi(this RouteGroupBuilder api)
    {
        const string Tag = "Cụm, khối thi đua (Clusters)";
        var read = api.MapGroup("/organisation/clusters").WithTags(Tag).RequirePermission(OrganisationPermissions.View);
        read.MapGet(string.Empty, ListAsync).WithSummary("Cụm, khối thi đua trong phạm vi (đơn vị tổ chức hoặc thành viên thuộc phạm vi)");
        read.MapGet("/{id:int}", GetAsync).WithSummary("Một cụm, khối: thành viên của năm thi đua (mặc định năm hiện tại), lịch sử cụm trưởng");
        read.MapGet("/{id:int}/rotation/{year:int}", PreviewRotationAsync).WithSummary("Xem trước luân phiên từ năm thi đua {year} sang năm sau");
        var write = api.MapGroup("/organisation/clusters").WithTags(Tag).RequirePermission(OrganisationPermissions.Manage);
        write.MapPost(string.Empty, CreateAsync).WithSummary("Tạo cụm, khối thi đua");
        write.MapPut("/{id:int}", RenameAsync).WithSummary("Đổi tên cụm, khối");
        write.MapPut("/{id:int}/members/{year:int}", SetMembersAsync).WithSummary("Đặt thành phần (thành viên, vai trò, thứ tự luân phiên) của một năm thi đua");
        write.MapPost("/{id:int}/rotation/{year:int}", RotateAsync).WithSummary("Luân phiên: chép thành phần sang năm sau với cụm trưởng kế tiếp");
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<ClusterSummary>>, ValidationProblem>> ListAsync(ListClusters handler, string? kind, CancellationToken ct)
    {
        ClusterKind? parsed = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!TryParse<ClusterKind>(kind, out var k))
            {
                return ApiResults.Invalid([new FieldError("Kind", "Loại phải là CLUSTER (cụm thi đua) hoặc BLOCK (khối thi đua).")]);
            }

            parsed = k;
        }

        return TypedResults.Ok(await handler.HandleAsync(parsed, ct));
    }

    public static async Task<Results<Ok<ClusterDetail>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(int id, int? year, GetCluster handler, CancellationToken ct) =>
        ApiResults.From(await handler.HandleAsync(id, year, ct), d => d);

    public static async Task<Results<Created<ClusterDetail>, NotFound<ProblemDetails>, ValidationProblem>> CreateAsync(
        CreateClusterRequest request, CreateCluster handler, GetCluster get, CancellationToken ct)
    {
        ClusterKind? kind = null;
        if (!string.IsNullOrEmpty(request.Kind))
        {
            if (!TryParse<ClusterKind>(request.Kind, out var k))
            {
                return ApiResults.Invalid([new FieldError("Kind", "Loại phải là CLUSTER (cụm thi đua) hoặc BLOCK (khối thi đua).")]);
            }

            kind = k;
        }

        var result = await handler.HandleAsync(new CreateClusterInput(request.Code, request.Name, kind, request.OwnerUnitId ?? 0), ct);
        if (!result.IsSuccess)
        {
            return result.IsNotFound ? ApiResults.NotFound() : ApiResults.Invalid(result.Errors);
        }

        var detail = await get.HandleAsync(result.Value!.Id, null, ct);
        return TypedResults.Created($"/api/v1/organisation/clusters/{result.Value.Id}", detail.Value!);
    }

    public static async Task<Results<Ok<ClusterDetail>, NotFound<ProblemDetails>, ValidationProblem>> RenameAsync(
        int id, RenameClusterRequest request, RenameCluster handler, GetCluster get, CancellationToken ct) =>
        await Then(await handler.HandleAsync(id, request.Name, ct), get, id, null, ct);

    public static async Task<Results<Ok<ClusterDetail>, NotFound<ProblemDetails>, ValidationProblem>> SetMembersAsync(
        int id, int year, SetClusterMembersRequest request, SetClusterMembers handler, GetCluster get, CancellationToken ct)
    {
        var members = new List<ClusterMemberInput>();
        var errors = new List<FieldError>();
        var rows = request.Members ?? [];
        for (var i = 0; i < rows.Count; i++)
        {
            if (TryParse<ClusterRole>(rows[i].Role, out var role))
            {
                members.Add(new ClusterMemberInput(rows[i].UnitId, role, rows[i].RotationOrder));
            }
            else
            {
                errors.Add(new FieldError($"Members[{i}].Role", $"Dòng {i + 1}: vai trò phải là HEAD (trưởng), DEPUTY (phó) hoặc MEMBER (thành viên)."));
            }
        }

        if (errors.Count > 0)
        {
            return ApiResults.Invalid(errors);
        }

        return await Then(await handler.HandleAsync(id, year, members, ct), get, id, year, ct);
    }

    public static async Task<Results<Ok<RotationPreview>, NotFound<ProblemDetails>, ValidationProblem>> PreviewRotationAsync(
        int id, int year, PreviewClusterRotation handler, CancellationToken ct) =>
        ApiResults.From(await handler.HandleAsync(id, year, ct), p => p);

    public static async Task<Results<Ok<ClusterDetail>, NotFound<ProblemDetails>, ValidationProblem>> RotateAsync(
        int id, int year, RotateClusterRequest? request, RotateCluster handler, GetCluster get, CancellationToken ct) =>
        await Then(await handler.HandleAsync(id, year, new RotateClusterInput(request?.Replace ?? false, request?.HeadUnitId), ct), get, id, year + 1, ct);

    /// <summary>After a successful change, answers with the cluster as it now is (in the year changed).</summary>
    private static async Task<Results<Ok<ClusterDetail>, NotFound<ProblemDetails>, ValidationProblem>> Then<T>(
        Result<T> result, GetCluster get, int id, int? year, CancellationToken ct) =>
        result.IsSuccess ? ApiResults.From(await get.HandleAsync(id, year, ct), d => d) : ApiResults.Failure<T, ClusterDetail>(result);

    /// <summary>Enum names only ("HEAD", case-insensitive), never numbers.</summary>
    private static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text![0]) && text[0] != '-';
}
