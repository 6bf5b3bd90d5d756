using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Data;
using ThiDua.Core.Identity;

namespace ThiDua.Web.Pages.Account;

/// <summary>Second step of sign-in: a 6-digit code from the authenticator app, or one of the recovery codes.</summary>
public sealed class LoginWith2faModel(SignInManager<AppUser> signIn, AppDbContext db) : AppPageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mã xác thực.")]
    [StringLength(20)]
    public string Code { get; set; } = string.Empty;

    public string ReturnUrl { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Trim());
        if (result.Succeeded)
        {
            db.RecordEvent("auth.login", "Account", user.UserName ?? user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Đăng nhập thành công (hai lớp).");
            await db.SaveChangesAsync();
            return LocalRedirect(ReturnUrl);
        }

        db.RecordEvent(result.IsLockedOut ? "auth.locked_out" : "auth.2fa_failed", "Account", user.UserName ?? string.Empty, "Mã xác thực hai lớp không đúng.");
        await db.SaveChangesAsync();
        ModelState.AddModelError(string.Empty, "Mã xác thực không đúng hoặc đã hết hạn. Sau 5 lần sai, tài khoản bị tạm khóa 15 phút.");
        return Page();
    }
}
