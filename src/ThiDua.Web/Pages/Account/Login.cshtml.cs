using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Data;
using ThiDua.Core.Demo;
using ThiDua.Core.Identity;

namespace ThiDua.Web.Pages.Account;

/// <summary>
/// Sign-in ("Đăng nhập"). One generic message for every failure (unknown account, wrong password, disabled,
/// locked), a lockout after repeated failures, and an audit event for each failure.
/// </summary>
public sealed class LoginModel(SignInManager<AppUser> signIn, AppDbContext db, IConfiguration configuration) : AppPageModel
{
    public const string GenericFailure = "Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần nhập sai liên tiếp, tài khoản bị tạm khóa 15 phút.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string ReturnUrl { get; private set; } = "/";

    public bool DemoMode => configuration.GetValue("Demo:Enabled", false);

    public static IReadOnlyList<DemoAccount> DemoAccounts => SeedDemoData.Accounts;

    public IActionResult OnGet(string? returnUrl)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(ReturnUrl);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userName = Input.UserName.Trim();
        var result = await signIn.PasswordSignInAsync(userName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            db.RecordEvent("auth.login", "Account", userName, "Đăng nhập thành công.");
            await db.SaveChangesAsync();
            return LocalRedirect(ReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { returnUrl = ReturnUrl });
        }

        db.RecordEvent(result.IsLockedOut ? "auth.locked_out" : "auth.login_failed", "Account", userName.Length > 100 ? userName[..100] : userName,
            result.IsLockedOut ? "Đăng nhập bị từ chối: tài khoản đang tạm khóa." : "Đăng nhập thất bại.");
        await db.SaveChangesAsync();
        ModelState.AddModelError(string.Empty, GenericFailure);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
        [Display(Name = "Tên đăng nhập")]
        [StringLength(256)]
        public string UserName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu")]
        [StringLength(CommonPasswordValidator.MaxLength)]
        public string Password { get; set; } = string.Empty;
    }
}
