using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ThiDua.Web.Infrastructure;

/// <summary>
/// Friendly errors: pages get a Vietnamese page with a correlation id (never a stack trace); the API gets
/// ProblemDetails. Request bodies over the limit answer 413.
/// </summary>
public static class ErrorResponses
{
    public static string CorrelationId(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

    public static async Task HandleExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        if (IsApi(context))
        {
            // A body that does not bind (a wrong type, an unknown code) names the JSON field that failed.
            var detail = error?.InnerException is System.Text.Json.JsonException json
                ? $"Không đọc được dữ liệu JSON tại “{json.Path}”: kiểm tra kiểu và giá trị của trường này (mã phải đúng danh mục, ngày dạng yyyy-MM-dd)."
                : null;
            await WriteProblemAsync(context, status, detail: detail);
            return;
        }

        context.Response.Redirect(status == StatusCodes.Status500InternalServerError
            ? "/Error?id=" + Uri.EscapeDataString(CorrelationId(context))
            : "/StatusCode?code=" + status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Status code pages of the API: ProblemDetails with a Vietnamese title (pages re-execute /StatusCode).</summary>
    public static Task HandleApiStatusCodeAsync(StatusCodeContext statusContext) =>
        WriteProblemAsync(statusContext.HttpContext, statusContext.HttpContext.Response.StatusCode);

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>Writes a ProblemDetails answer with the status, a Vietnamese title, an optional detail and the correlation id.</summary>
    public static Task WriteProblemAsync(HttpContext context, int status, string? title = null, string? detail = null)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title ?? Title(status),
            Detail = detail,
            Instance = context.Request.Path,
        };
        problem.Extensions["correlationId"] = CorrelationId(context);
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }

    public static string Title(int status) => status switch
    {
        400 => "Yêu cầu không hợp lệ.",
        401 => "Bạn cần đăng nhập.",
        403 => "Bạn không có quyền thực hiện thao tác này.",
        404 => "Không tìm thấy nội dung yêu cầu, hoặc nội dung nằm ngoài phạm vi đơn vị của bạn.",
        405 => "Phương thức không được hỗ trợ.",
        413 => "Dữ liệu gửi lên quá lớn.",
        415 => "Định dạng dữ liệu gửi lên không được hỗ trợ.",
        429 => "Quá nhiều yêu cầu, vui lòng thử lại sau.",
        503 => "Hệ thống tạm thời không sẵn sàng (cơ sở dữ liệu không kết nối được).",
        _ => "Đã có lỗi xảy ra.",
    };
}
