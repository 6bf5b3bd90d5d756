using ThiDua.Core.Awards;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Regimes;

namespace ThiDua.Web.Api;

/// <summary>
/// POST /api/v1/eligibility/check: one case file or an array (../shared/domain/eligibility-cases.md) in, the
/// results out, exactly as `thidua eligibility check` prints them. A bad case gives an INVALID result naming the
/// field; the other cases are still judged.
/// </summary>
public static class EligibilityApi
{
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    public static RouteGroupBuilder MapEligibilityApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/eligibility").WithTags("Xét điều kiện (Eligibility)").RequirePermission(AwardsPermissions.CheckEligibility);
        group.MapPost("/check", CheckAsync)
            .WithSummary("Xét điều kiện theo hồ sơ tình huống (một hoặc một mảng)")
            .Accepts<object>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        return api;
    }

    /// <summary>Judged with the regimes stored in the database (RegimeStore), as the candidate lists are.</summary>
    public static async Task<IResult> CheckAsync(HttpRequest request, RegimeStore regimes, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ct);
        return TypedResults.Text(EligibilityBatch.CheckToJson(body, await regimes.CatalogAsync(ct), indented: false), "application/json", System.Text.Encoding.UTF8);
    }
}
