using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Identity;
using ThiDua.Core.Identity.Accounts;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Admin.Accounts;

/// <summary>Creates an account with one role on a unit of the creator's own scope.</summary>
[RequirePermission("Accounts.Manage")]
public sealed class CreateModel(CreateAccount createAccount, ListUnits listUnits, GetPerson getPerson) : AppPageModel
{
    public override string Area => "Accounts";

    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        int? personId = null;
        if (!string.IsNullOrWhiteSpace(Input.PersonCode))
        {
            var person = await getPerson.HandleByCodeAsync(Input.PersonCode, ct);
            if (!person.IsSuccess)
            {
                ModelState.AddModelError("Input.PersonCode", "Không tìm thấy công chức có mã này trong phạm vi của bạn.");
                return Page();
            }

            personId = person.Value!.Id;
        }

        var result = await createAccount.HandleAsync(new CreateAccountInput(Input.UserName, Input.DisplayName, Input.Email, Input.Password, personId, [new GrantInput(Input.Role, Input.UnitId)]), ct);
        if (result.IsNotFound)
        {
            ModelState.AddModelError("Input.UnitId", "Đơn vị không thuộc phạm vi quản trị của bạn.");
            return Page();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors);
            return Page();
        }

        return RedirectToPage("/Admin/Accounts/Details", new { id = result.Value!.Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Crumbs.Add(new Crumb("Tài khoản", "/Admin/Accounts"));
        Crumbs.Add(new Crumb("Tạo tài khoản"));
        Units = await listUnits.HandleAsync(AccountPermissions.Manage, ct);
    }

    public sealed class AccountInput
    {
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
        [StringLength(64, ErrorMessage = "Tên đăng nhập tối đa 64 ký tự.")]
        public string UserName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Vui lòng nhập họ và tên hiển thị.")]
        [StringLength(200)]
        public string DisplayName { get; set; } = string.Empty;

        [EmailAddress(ErrorMessage = "Thư điện tử không hợp lệ.")]
        public string? Email { get; set; }

        [StringLength(32)]
        public string? PersonCode { get; set; }

        [Required(ErrorMessage = "Vui lòng chọn vai trò.")]
        public Role Role { get; set; } = Role.StaffMember;

        [Range(1, int.MaxValue, ErrorMessage = "Vui lòng chọn đơn vị.")]
        public int UnitId { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập mật khẩu ban đầu.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }
}
