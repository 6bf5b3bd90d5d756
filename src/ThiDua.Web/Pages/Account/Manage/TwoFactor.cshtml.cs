using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;
using ThiDua.Core.Identity;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Account.Manage;

/// <summary>
/// Enrolment of a TOTP authenticator (RFC 6238, 6 digits, 30 s), with ten one-time recovery codes. Required for
/// administrators and emulation officers; the others may turn it on or off.
/// </summary>
public sealed class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountCache accounts) : AppPageModel
{
    public override string Area => "Account";

    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mã 6 số trong ứng dụng xác thực.")]
    [StringLength(10)]
    public string Code { get; set; } = string.Empty;

    public bool Required { get; private set; }

    public bool Enabled { get; private set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string QrSvg { get; private set; } = string.Empty;

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? NotFound() : await LoadAsync(user);
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await LoadAsync(user);
        }

        var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "Mã không đúng. Kiểm tra giờ trên điện thoại và nhập mã đang hiển thị.");
            return await LoadAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        accounts.Invalidate(user.Id);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        return await LoadAsync(user);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (IsRequired())
        {
            ModelState.AddModelError(string.Empty, "Vai trò của bạn bắt buộc xác thực hai lớp, không thể tắt.");
            return await LoadAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        accounts.Invalidate(user.Id);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    private bool IsRequired()
    {
        var account = HttpContext.Account();
        return account is not null && !account.IsDemo && account.Grants.Any(g => RoleNames.RequiresTwoFactor(g.Role));
    }

    private async Task<IActionResult> LoadAsync(AppUser user)
    {
        Crumbs.Add(new Crumb("Tài khoản của tôi", "/Account/Manage"));
        Crumbs.Add(new Crumb("Xác thực hai lớp"));
        Required = IsRequired();
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }

            SharedKey = Group(key!);
            var label = Uri.EscapeDataString("ThiDua:" + user.UserName);
            var uri = string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{label}?secret={key}&issuer=ThiDua&digits=6");
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
            QrSvg = new SvgQRCode(data).GetGraphic(4);
        }

        return Page();
    }

    private static string Group(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
