using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Api;

/// <summary>
/// Refuses (403) a caller who holds the permission on no unit at all. Which units a permitted caller reaches is
/// decided by the handlers' scope filters, which answer 404 for anything outside.
/// </summary>
public static class PermissionFilters
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new RequiredPermission(permission));
        builder.AddEndpointFilter(async (context, next) =>
        {
            var user = context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>();
            if (!user.HasAnywhere(permission))
            {
                return TypedResults.Problem(statusCode: 403, title: ErrorResponses.Title(403), detail: "Cần quyền: " + permission.Description);
            }

            return await next(context);
        });
        return builder;
    }
}

/// <summary>Endpoint metadata naming the permission an endpoint requires (read by the scope test harness).</summary>
public sealed record RequiredPermission(Permission Permission);
