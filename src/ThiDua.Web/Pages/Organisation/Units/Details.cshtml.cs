using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Organisation.Units;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Organisation.Units;

/// <summary>
/// One unit: its place in the tree, sub-units, people, yearly ratings and awards, where it came from in a
/// reorganisation, and (for managers) rename, move, close, rating and award forms. Outside the scope: 404.
/// </summary>
[RequirePermission("Organisation.View")]
public sealed class DetailsModel(GetUnit getUnit, ListPeople listPeople, GetUnitRecords getRecords, ListUnits listUnits,
    RenameUnit rename, MoveUnit move, CloseUnit close, ManageRecords records, ICurrentUser actor, EmulationCalendar calendar) : AppPageModel
{
    public override string Area => "Organisation";

    public UnitDetail Detail { get; private set; } = null!;

    public Page<PersonSummary> People { get; private set; } = null!;

    public UnitRecords Records { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public IReadOnlyList<UnitSummary> Parents { get; private set; } = [];

    public int DefaultYear { get; private set; }

    [BindProperty]
    public UnitForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int p = 1, CancellationToken ct = default) => await LoadAsync(id, p, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRenameAsync(int id, CancellationToken ct) => RunAsync(id, "Đã đổi tên đơn vị.", () => rename.HandleAsync(id, Form.Name ?? string.Empty, ct), ct);

    public Task<IActionResult> OnPostMoveAsync(int id, CancellationToken ct) => RunAsync(id, "Đã chuyển đơn vị.",
        () => Form.ParentId is int parentId
            ? move.HandleAsync(id, parentId, ct)
            : Task.FromResult(Result<ThiDua.Core.Organisation.OrgUnit>.Invalid(new FieldError("ParentId", "Hãy chọn đơn vị cấp trên mới."))), ct);

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) => RunAsync(id, "Đơn vị đã ngừng hoạt động.",
        () => Form.Date is DateOnly lastDay
            ? close.HandleAsync(id, lastDay, ct)
            : Task.FromResult(Result<ThiDua.Core.Organisation.OrgUnit>.Invalid(new FieldError("LastDay", "Hãy chọn ngày cuối cùng đơn vị hoạt động."))), ct);

    public Task<IActionResult> OnPostRatingAsync(int id, CancellationToken ct) => RunAsync(id, "Đã lưu xếp loại tập thể.",
        () => records.SetUnitRatingAsync(id, Form.Year, Form.Rating, ct), ct);

    public Task<IActionResult> OnPostAwardAsync(int id, CancellationToken ct) => RunAsync(id, "Đã lưu khen thưởng của tập thể.",
        () => records.AddAwardAsync(null, id, new AwardInput(Form.AwardCode, Form.AwardKind, Form.PeriodFrom, Form.PeriodTo, Form.Reference ?? string.Empty,
            Form.Date ?? default, Form.Issuer ?? string.Empty), ct), ct);

    private Task<IActionResult> RunAsync<T>(int id, string notice, Func<Task<Result<T>>> action, CancellationToken ct) =>
        SubmitAsync(action, () => LoadAsync(id, 1, ct), notice, new { id });

    private async Task<bool> LoadAsync(int id, int p, CancellationToken ct)
    {
        var result = await getUnit.HandleAsync(id, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Detail = result.Value!;
        People = (await listPeople.HandleAsync(new ListPeopleInput(id, Page: new PageRequest(p, 50)), ct)).Value!;
        Records = (await getRecords.HandleAsync(id, ct)).Value!;
        CanManage = actor.CanAccess(OrganisationPermissions.Manage, Detail.Unit.Path);
        Parents = CanManage
            ? (await listUnits.HandleAsync(OrganisationPermissions.Manage, ct)).Where(u => u.ValidTo is null && !u.Path.StartsWith(Detail.Unit.Path, StringComparison.Ordinal)).ToList()
            : [];
        DefaultYear = calendar.LastFinished;
        Form.Name ??= Detail.Unit.Name;
        Crumbs.Add(new Crumb("Đơn vị", "/Organisation/Units"));
        foreach (var ancestor in Detail.Ancestors)
        {
            Crumbs.Add(new Crumb(ancestor.Name, "/Organisation/Units/Details/" + ancestor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Crumbs.Add(new Crumb(Detail.Unit.Name));
        return true;
    }

    public sealed class UnitForm
    {
        public string? Name { get; set; }

        public int? ParentId { get; set; }

        public DateOnly? Date { get; set; }

        public int Year { get; set; }

        public Rating? Rating { get; set; }

        public AwardCode AwardCode { get; set; } = AwardCode.Ttldtt;

        public AwardKind AwardKind { get; set; } = AwardKind.CongTrang;

        public int? PeriodFrom { get; set; }

        public int? PeriodTo { get; set; }

        public string? Reference { get; set; }

        public string? Issuer { get; set; }
    }
}
