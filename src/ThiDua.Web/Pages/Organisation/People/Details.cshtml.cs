using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.People;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Shared.Security;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Organisation.People;

/// <summary>
/// A person's profile: details, the timeline, and every yearly record, with forms for those who manage the unit.
/// Outside the scope: 404. Each form posts to its own handler; errors come back on the same page.
/// </summary>
[RequirePermission("Organisation.View")]
public sealed class DetailsModel(GetPersonProfile getProfile, ManageRecords records, TransferPerson transfer, ListUnits listUnits, ICurrentUser actor, EmulationCalendar calendar) : AppPageModel
{
    public override string Area => "Organisation";

    public PersonProfile Profile { get; private set; } = null!;

    public PersonSummary Person => Profile.Person;

    public bool CanManage { get; private set; }

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    [BindProperty]
    public RecordForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRatingAsync(int id, CancellationToken ct) => RunAsync(id, "Đã lưu xếp loại.",
        () => records.SetRatingAsync(id, Form.Year, Form.Rating, ct), ct);

    public Task<IActionResult> OnPostLeaveAsync(int id, CancellationToken ct) => RunAsync(id, "Đã lưu thời gian nghỉ.",
        () => records.SaveLeaveAsync(id, new LeaveInput(Form.Year, Form.LeaveReason, Form.WorkingDays ?? 0), ct), ct);

    public Task<IActionResult> OnPostDisciplineAsync(int id, CancellationToken ct) => RunAsync(id, "Đã lưu kỷ luật.",
        () => records.SaveDisciplineAsync(id, new DisciplineInput(Form.DisciplineLevel, Form.From ?? default, Form.To, Form.Reference), ct), ct);

    public Task<IActionResult> OnPostPendingAsync(int id, CancellationToken ct) => RunAsync(id, "Đã lưu vụ việc.",
        () => records.SavePendingCaseAsync(id, new PendingCaseInput(Form.PendingKind, Form.From ?? default, Form.To, Form.Note), ct), ct);

    public Task<IActionResult> OnPostInitiativeAsync(int id, CancellationToken ct) => RunAsync(id, "Đã lưu sáng kiến.",
        () => records.SaveInitiativeAsync(new InitiativeInput(Form.Title ?? string.Empty, Form.Scope, Form.Issuer ?? string.Empty, Form.Reference ?? string.Empty,
            Form.From ?? default, Form.Year, [id]), ct), ct);

    public Task<IActionResult> OnPostAwardAsync(int id, CancellationToken ct) => RunAsync(id, "Đã lưu khen thưởng.",
        () => records.AddAwardAsync(id, null, new AwardInput(Form.AwardCode, Form.AwardKind, Form.PeriodFrom, Form.PeriodTo, Form.Reference ?? string.Empty,
            Form.From ?? default, Form.Issuer ?? string.Empty), ct), ct);

    public Task<IActionResult> OnPostRevokeAsync(int id, int awardId, CancellationToken ct) => RunAsync(id, "Đã thu hồi khen thưởng.",
        () => records.RevokeAwardAsync(awardId, new RevokeAwardInput(Form.From ?? calendar.Today, Form.Note ?? string.Empty), ct), ct);

    public Task<IActionResult> OnPostDeleteAsync(int id, RecordKind kind, int recordId, CancellationToken ct) => RunAsync(id, "Đã xóa bản ghi.",
        () => records.DeleteAsync(id, kind, recordId, ct), ct);

    public Task<IActionResult> OnPostTransferAsync(int id, CancellationToken ct) => RunAsync(id, "Đã điều chuyển công chức.",
        () => transfer.HandleAsync(id, new TransferInput(Form.UnitId ?? 0, Form.From ?? default, string.IsNullOrWhiteSpace(Form.Position) ? null : Form.Position, Form.Leadership), ct), ct);

    private Task<IActionResult> RunAsync<T>(int id, string notice, Func<Task<Result<T>>> action, CancellationToken ct) =>
        SubmitAsync(action, () => LoadAsync(id, ct), notice, new { id });

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var result = await getProfile.HandleAsync(id, ct);
        if (!result.IsSuccess)
        {
            return false;
        }

        Profile = result.Value!;
        if (Form.Year == 0)
        {
            Form.Year = calendar.LastFinished;
        }

        // The manageable tree (for the transfer list) is read only for those who manage something.
        var manageable = actor.HasAnywhere(OrganisationPermissions.Manage) ? await listUnits.HandleAsync(OrganisationPermissions.Manage, ct) : [];
        CanManage = manageable.Any(u => u.Id == Person.UnitId);
        Units = manageable.Where(u => u.ValidTo is null).ToList();
        Crumbs.Add(new Crumb("Công chức, người lao động", "/Organisation/People"));
        Crumbs.Add(new Crumb(Person.UnitName, "/Organisation/Units/Details/" + Person.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Crumbs.Add(new Crumb(Person.FullName));
        return true;
    }

    /// <summary>One bag for the small forms of the page (each uses the fields it needs).</summary>
    public sealed class RecordForm
    {
        [Range(1975, 2100, ErrorMessage = "Năm không hợp lệ.")]
        public int Year { get; set; }

        public Rating? Rating { get; set; }

        public LeaveReason LeaveReason { get; set; } = LeaveReason.Maternity;

        public int? WorkingDays { get; set; }

        public DisciplineLevel DisciplineLevel { get; set; } = DisciplineLevel.KhienTrach;

        public PendingKind PendingKind { get; set; } = PendingKind.Discipline;

        public InitiativeScope Scope { get; set; } = InitiativeScope.CoSo;

        public AwardCode AwardCode { get; set; } = AwardCode.Ldtt;

        public AwardKind AwardKind { get; set; } = AwardKind.CongTrang;

        public int? PeriodFrom { get; set; }

        public int? PeriodTo { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        public string? Reference { get; set; }

        public string? Issuer { get; set; }

        public string? Title { get; set; }

        public string? Note { get; set; }

        public int? UnitId { get; set; }

        public string? Position { get; set; }

        public LeadershipLevel? Leadership { get; set; }
    }
}
