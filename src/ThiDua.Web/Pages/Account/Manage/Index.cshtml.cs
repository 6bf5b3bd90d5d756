using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Identity;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Account.Manage;

/// <summary>The signed-in user's account: roles and units, and a change of password.</summary>
public sealed class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : AppPageModel
{
    public override string Area => "Account";

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public AccountState Account { get; private set; } = null!;

    public bool Changed { get; private set; }

    public void OnGet()
    {
        Load();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Load();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.NewPassword", error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Changed = true;
        Input = new PasswordInput();
        return Page();
    }

    private void Load()
    {
        Account = HttpContext.Account()!;
        Crumbs.Add(new Crumb("Tài khoản của tôi"));
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Vui lòng nhập mật khẩu hiện tại.")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Vui lòng nhập mật khẩu mới.")]
        [DataType(DataType.Password)]
        [StringLength(CommonPasswordValidator.MaxLength, MinimumLength = IdentityModule.MinimumPasswordLength, ErrorMessage = "Mật khẩu mới phải có từ 12 đến 128 ký tự.")]
        public string NewPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Vui lòng nhập lại mật khẩu mới.")]
        [DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = "Mật khẩu nhập lại không khớp.")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
