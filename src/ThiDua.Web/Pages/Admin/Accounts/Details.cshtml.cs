using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Identity;
using ThiDua.Core.Identity.Accounts;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Admin.Accounts;

/// <summary>One account: disable or enable, reset the password, grant and revoke roles — within the manager's scope.</summary>
[RequirePermission("Accounts.View")]
public sealed class DetailsModel(
    AccountQueries queries,
    SetAccountDisabled setDisabled,
    ResetAccountPassword resetPassword,
    GrantRole grantRole,
    RevokeRole revokeRole,
    ListUnits listUnits,
    ICurrentUser user) : AppPageModel
{
    public override string Area => "Accounts";

    public AccountView Account { get; private set; } = null!;

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public string? TemporaryPassword { get; private set; }

    public string? Message { get; private set; }

    [BindProperty]
    public Role NewRole { get; set; } = Role.StaffMember;

    [BindProperty]
    public int NewUnitId { get; set; }

    public bool CanManage => user.HasAnywhere(AccountPermissions.Manage);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostDisableAsync(int id, CancellationToken ct) => RunAsync(id, () => setDisabled.HandleAsync(id, true, ct), "Đã khóa tài khoản.", ct);

    public Task<IActionResult> OnPostEnableAsync(int id, CancellationToken ct) => RunAsync(id, () => setDisabled.HandleAsync(id, false, ct), "Đã mở khóa tài khoản.", ct);

    public async Task<IActionResult> OnPostResetAsync(int id, CancellationToken ct)
    {
        var result = await resetPassword.HandleAsync(id, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.IsSuccess)
        {
            TemporaryPassword = result.Value;
        }
        else
        {
            AddErrors(result.Errors, string.Empty);
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostGrantAsync(int id, CancellationToken ct) =>
        RunAsync(id, () => grantRole.HandleAsync(id, new GrantInput(NewRole, NewUnitId), ct), "Đã cấp vai trò.", ct);

    public Task<IActionResult> OnPostRevokeAsync(int id, int grantId, CancellationToken ct) =>
        RunAsync(id, () => revokeRole.HandleAsync(id, grantId, ct), "Đã thu hồi vai trò.", ct);

    private async Task<IActionResult> RunAsync<T>(int id, Func<Task<Result<T>>> action, string done, CancellationToken ct)
    {
        var result = await action();
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.IsSuccess)
        {
            Message = done;
        }
        else
        {
            AddErrors(result.Errors, string.Empty);
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var result = await queries.GetAsync(id, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Account = result.Value!;
        Units = await listUnits.HandleAsync(AccountPermissions.Manage, ct);
        Crumbs.Add(new Crumb("Tài khoản", "/Admin/Accounts"));
        Crumbs.Add(new Crumb(Account.UserName));
        return true;
    }
}
