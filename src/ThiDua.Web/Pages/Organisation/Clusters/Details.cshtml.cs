using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Core.Shared;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Organisation.Clusters;

/// <summary>
/// One cluster or block: a year's members in rotation order, the heads year by year, and, for those who manage the
/// owner unit, renaming, setting a year's members and rotating to the next year (with the suggested head shown and
/// a confirmation). Outside the scope: 404.
/// </summary>
[RequirePermission("Organisation.View")]
public sealed class DetailsModel(
    GetCluster getCluster,
    RenameCluster renameCluster,
    SetClusterMembers setMembers,
    PreviewClusterRotation previewRotation,
    RotateCluster rotateCluster,
    ListUnits listUnits,
    EmulationCalendar calendar) : AppPageModel
{
    /// <summary>Blank rows offered below the members for adding units.</summary>
    public const int BlankRows = 4;

    public override string Area => "Organisation";

    public ClusterDetail Detail { get; private set; } = null!;

    /// <summary>The rotation from the shown year to the next, or why there is none.</summary>
    public RotationPreview? Preview { get; private set; }

    public string? PreviewError { get; private set; }

    /// <summary>Units that may be entered in the members form: in the owner's subtree, in the user's scope, existing in the year.</summary>
    public IReadOnlyList<UnitSummary> Candidates { get; private set; } = [];

    public IReadOnlyList<int> YearChoices { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public MembersForm Input { get; set; } = new();

    [BindProperty]
    public RotateForm Rotation { get; set; } = new();

    public EmulationCalendar Calendar => calendar;

    public async Task<IActionResult> OnGetAsync(int id, int? year, CancellationToken ct) =>
        await LoadAsync(id, year, fillForm: true, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRenameAsync(int id, CancellationToken ct)
    {
        var result = await renameCluster.HandleAsync(id, NewName, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.IsSuccess)
        {
            Message = "Đã đổi tên.";
        }
        else
        {
            AddErrors(result.Errors, string.Empty);
        }

        return await LoadAsync(id, Input.Year == 0 ? null : Input.Year, fillForm: true, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostMembersAsync(int id, CancellationToken ct)
    {
        // Blank rows are left out; the remaining rows are numbered as the officer sees them after the reload.
        ModelState.Clear();
        var rows = Input.Members.Where(r => !string.IsNullOrWhiteSpace(r.UnitCode)).ToList();
        Input.Members = rows;
        var codes = (await listUnits.HandleAsync(ct)).ToDictionary(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase);
        var members = new List<ClusterMemberInput>();
        for (var i = 0; i < rows.Count; i++)
        {
            var code = rows[i].UnitCode!.Trim();
            if (!codes.TryGetValue(code, out var unitId))
            {
                ModelState.AddModelError(RowKey(i, "UnitCode"), $"Dòng {i + 1}: không tìm thấy đơn vị có mã {code} trong phạm vi của bạn.");
            }

            if (rows[i].RotationOrder is null)
            {
                ModelState.AddModelError(RowKey(i, "RotationOrder"), $"Dòng {i + 1}: vui lòng nhập thứ tự luân phiên.");
            }

            members.Add(new ClusterMemberInput(unitId, rows[i].Role, rows[i].RotationOrder ?? 0));
        }

        if (ModelState.IsValid)
        {
            var result = await setMembers.HandleAsync(id, Input.Year, members, ct);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.IsSuccess)
            {
                Message = "Đã lưu thành phần năm thi đua.";
                return await LoadAsync(id, Input.Year, fillForm: true, ct) ? Page() : NotFound();
            }

            foreach (var error in result.Errors)
            {
                // "Members[2].UnitId" of the use case is the unit code field of row 3 here.
                ModelState.AddModelError("Input." + error.Field.Replace(".UnitId", ".UnitCode", StringComparison.Ordinal), error.Message);
            }
        }

        return await LoadAsync(id, Input.Year, fillForm: false, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRotateAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await rotateCluster.HandleAsync(id, Rotation.Year, new RotateClusterInput(Rotation.Replace, Rotation.HeadUnitId), ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.IsSuccess)
        {
            Message = "Đã luân phiên: thành phần năm mới đã được lập.";
            return await LoadAsync(id, Rotation.Year + 1, fillForm: true, ct) ? Page() : NotFound();
        }

        AddErrors(result.Errors, "Rotation");
        return await LoadAsync(id, Rotation.Year, fillForm: true, ct) ? Page() : NotFound();
    }

    public static string RowKey(int index, string field) => $"Input.Members[{index.ToString(CultureInfo.InvariantCulture)}].{field}";

    /// <summary>The first error recorded for a form field, if any.</summary>
    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Every error of the fields whose key starts with <paramref name="prefix"/> ("Input", "Rotation"), for the form's summary.</summary>
    public IReadOnlyList<string> ErrorsOf(string prefix) =>
        ModelState.Where(e => e.Key == prefix || e.Key.StartsWith(prefix + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).Distinct().ToList();

    private async Task<bool> LoadAsync(int id, int? year, bool fillForm, CancellationToken ct)
    {
        var result = await getCluster.HandleAsync(id, year, ct);
        if (result.IsNotFound)
        {
            return false;
        }

        if (!result.IsSuccess)
        {
            // An impossible year in the address: show the current one, with the reason.
            AddErrors(result.Errors, string.Empty);
            result = await getCluster.HandleAsync(id, null, ct);
            if (!result.IsSuccess)
            {
                return false;
            }
        }

        Detail = result.Value!;
        var shown = Detail.Year;
        var known = Detail.Years.Append(Detail.CurrentYear).Append(shown).ToList();
        YearChoices = Enumerable.Range(Math.Max(ClusterNames.MinYear, known.Min() - 1), known.Max() + 2 - Math.Max(ClusterNames.MinYear, known.Min() - 1))
            .Where(ClusterNames.IsValidYear).Reverse().ToList();

        if (Detail.Members.Count > 0)
        {
            var preview = await previewRotation.HandleAsync(id, shown, ct);
            Preview = preview.Value;
            PreviewError = preview.Errors.Count > 0 ? string.Join(" ", preview.Errors.Select(e => e.Message)) : null;
        }

        if (Detail.CanManage)
        {
            var units = await listUnits.HandleAsync(ct);
            var owner = units.FirstOrDefault(u => u.Id == Detail.OwnerUnitId);
            Candidates = owner is null
                ? []
                : units.Where(u => u.Path.StartsWith(owner.Path, StringComparison.Ordinal) && calendar.IsActiveIn(u.ValidFrom, u.ValidTo, shown)).ToList();
        }

        if (fillForm)
        {
            Input = new MembersForm
            {
                Year = shown,
                Members = Detail.Members.Select(m => new MemberRow { UnitCode = m.UnitCode, Role = m.Role, RotationOrder = m.RotationOrder }).ToList(),
            };
        }

        Input.Year = shown;
        Rotation = new RotateForm { Year = shown, HeadUnitId = Preview?.SuggestedHead.UnitId };
        Crumbs.Add(new Crumb("Tổ chức", "/Organisation/Units"));
        Crumbs.Add(new Crumb("Cụm, khối thi đua", "/Organisation/Clusters"));
        Crumbs.Add(new Crumb(Detail.Name));
        return true;
    }

    public sealed class MembersForm
    {
        public int Year { get; set; }

        public List<MemberRow> Members { get; set; } = [];
    }

    public sealed class MemberRow
    {
        public string? UnitCode { get; set; }

        public ClusterRole Role { get; set; } = ClusterRole.MEMBER;

        public int? RotationOrder { get; set; }
    }

    public sealed class RotateForm
    {
        public int Year { get; set; }

        public bool Replace { get; set; }

        public int? HeadUnitId { get; set; }
    }
}
