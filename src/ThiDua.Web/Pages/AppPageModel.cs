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

    /// <summary>Out of scope and missing look the same: the friendly 404 page.</summary>
    protected new IActionResult NotFound() => StatusCode(StatusCodes.Status404NotFound);
}
