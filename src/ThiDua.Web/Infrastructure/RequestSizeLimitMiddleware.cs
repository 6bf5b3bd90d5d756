namespace ThiDua.Web.Infrastructure;

/// <summary>
/// Answers 413 before reading a body whose declared length is over the limit. Kestrel enforces the same limit on
/// streamed bodies; this also covers hosts that do not (the in-memory test server) and gives the friendly page.
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next, long limit)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
