using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDua.Core.Shared;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages;

/// <summary>A breadcrumb: the text (Vietnamese key, translated in the layout) and the link; null for the current page.</summary>
public sealed record Crumb(string Text, string? Href = null);

/// <summary>Base of the app's pages: breadcrumbs, the current area of the navigation, field errors from use cases.</summary>
public abstract class AppPageModel : PageModel
{
    public List<Crumb> Crumbs { get; } = [];

    /// <summary>The top navigation entry to highlight, e.g. "Organisation".</summary>
    public virtual string Area => string.Empty;

    protected void AddErrors(IEnumerable<FieldError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(string.IsNullOrEmpty(prefix) ? error.Field : prefix + "." + error.Field, error.Message);
        }
    }

    /// <summary>The one-line confirmation left by the last form (post/redirect/get), read once.</summary>
    public string? Notice => TempData["Notice"] as string;

    /// <summary>
    /// A small form of a details page: runs the use case; not found → 404; refused → the same page again with each
    /// message under its "Form." field; done → the notice and a redirect to the page (post/redirect/get).
    /// <paramref name="reload"/> loads the page's data and says whether it is still in scope.
    /// </summary>
    protected async Task<IActionResult> SubmitAsync<T>(Func<Task<Result<T>>> action, Func<Task<bool>> reload, string notice, object routeValues)
    {
        if (!ModelState.IsValid)
        {
            return await reload() ? Page() : NotFound();
        }

        var result = await action();
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, "Form");
            return await reload() ? Page() : NotFound();
        }

        TempData["Notice"] = notice;
        return RedirectToPage(routeValues);
    }

    /// <summary>Out of scope and missing look the same: the friendly 404 page.</summary>
    protected new IActionResult NotFound() => StatusCode(StatusCodes.Status404NotFound);
}
