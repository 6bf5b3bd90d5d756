using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Web.Infrastructure;

/// <summary>
/// A page that needs a permission the user holds on no unit answers 403. Which units the user reaches is
/// decided by the handlers' scope filters (404 outside). The name must be one of <see cref="PermissionCatalog.All"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : Attribute, IAsyncPageFilter
{
    public Permission Permission { get; } = PermissionCatalog.All.FirstOrDefault(p => p.Name == permission)
        ?? throw new ArgumentException("Unknown permission " + permission, nameof(permission));

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>();
        if (!user.HasAnywhere(Permission))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        await next();
    }
}
