namespace ThiDua.Web.Pages;

/// <summary>Friendly pages for 404 (missing or outside the user's scope: the two look the same), 403, 413 and 400.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : AppPageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int code)
    {
        Code = code is >= 400 and < 600 ? code : 404;
        (Heading, Message) = Code switch
        {
            403 => ("Không có quyền truy cập", "Tài khoản của bạn không có quyền xem hoặc thực hiện nội dung này."),
            413 => ("Tệp hoặc dữ liệu quá lớn", "Dữ liệu gửi lên vượt giới hạn cho phép. Hãy chia nhỏ tệp hoặc liên hệ quản trị hệ thống."),
            400 => ("Yêu cầu không hợp lệ", "Yêu cầu không đúng định dạng. Hãy quay lại và thử lại."),
            _ => ("Không tìm thấy trang", "Nội dung bạn tìm không tồn tại, đã bị xóa, hoặc thuộc đơn vị ngoài phạm vi được phân quyền của bạn."),
        };
        Response.StatusCode = Code;
    }
}
