using Microsoft.AspNetCore.Mvc;

namespace ThiDua.Web.Pages;

/// <summary>The friendly error page: a correlation id to quote, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : AppPageModel
{
    public string CorrelationId { get; private set; } = string.Empty;

    public void OnGet(string? id)
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        // Only an id-shaped value is echoed back.
        CorrelationId = id is { Length: > 0 and <= 64 } && id.All(char.IsAsciiLetterOrDigit) ? id : Infrastructure.ErrorResponses.CorrelationId(HttpContext);
    }
}
