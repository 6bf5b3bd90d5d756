using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Identity;

namespace ThiDua.Web.Pages.Account;

/// <summary>Sign-out, by POST only (with antiforgery) so that a link cannot sign a user out.</summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn) : AppPageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
