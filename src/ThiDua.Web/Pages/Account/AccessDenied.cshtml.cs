namespace ThiDua.Web.Pages.Account;

public sealed class AccessDeniedModel : AppPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
