using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Identity.Tokens;

namespace ThiDua.Web.Pages.Account.Manage;

/// <summary>The user's API tokens for integrations: the secret is shown once, only its hash is kept.</summary>
public sealed class TokensModel(ApiTokens tokens) : AppPageModel
{
    public override string Area => "Account";

    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public IReadOnlyList<ApiTokenView> Tokens { get; private set; } = [];

    public string? NewSecret { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await tokens.IssueAsync(Input.Name, Input.ExpiresInDays);
            if (result.IsSuccess)
            {
                NewSecret = result.Value!.Secret;
                Input = new TokenInput();
                ModelState.Clear();
            }
            else
            {
                AddErrors(result.Errors);
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        var result = await tokens.RevokeAsync(id);
        return result.IsNotFound ? NotFound() : RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Crumbs.Add(new Crumb("Tài khoản của tôi", "/Account/Manage"));
        Crumbs.Add(new Crumb("Mã truy cập API"));
        Tokens = await tokens.ListAsync();
    }

    public sealed class TokenInput
    {
        [Required(ErrorMessage = "Vui lòng đặt tên cho mã truy cập.")]
        [StringLength(100, ErrorMessage = "Tên tối đa 100 ký tự.")]
        public string? Name { get; set; }

        [Range(1, 730, ErrorMessage = "Thời hạn phải từ 1 đến 730 ngày.")]
        public int? ExpiresInDays { get; set; } = 180;
    }
}
