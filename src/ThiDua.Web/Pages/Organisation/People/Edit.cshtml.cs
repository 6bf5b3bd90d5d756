using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.People;
using ThiDua.Core.Organisation.Queries;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Pages.Organisation.People;

/// <summary>Adds a person (no id) or corrects one (id); the unit changes by transfer, from the profile.</summary>
[RequirePermission("Organisation.Manage")]
public sealed class EditModel(GetPerson getPerson, CreatePerson create, UpdatePerson update, ListUnits listUnits, ThiDua.Core.Data.AppDbContext db) : AppPageModel
{
    public override string Area => "Organisation";

    public int? Id { get; private set; }

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    [BindProperty]
    public PersonForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id, int? unitId, CancellationToken ct)
    {
        if (id is int existing)
        {
            var person = await getPerson.HandleAsync(existing, ct);
            if (!person.IsSuccess)
            {
                return NotFound();
            }

            var p = person.Value!;
            var nationalId = await db.People.Where(x => x.Id == existing).Select(x => x.NationalId).FirstOrDefaultAsync(ct);
            Input = new PersonForm
            {
                Code = p.Code, FullName = p.FullName, Gender = p.Gender, BirthDate = p.BirthDate, UnitId = p.UnitId, Position = p.Position,
                Leadership = p.Leadership, RecruitedOn = p.RecruitedOn, NationalId = nationalId,
            };
        }
        else if (unitId is int u)
        {
            Input.UnitId = u;
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        var input = new PersonInput(Input.Code ?? string.Empty, Input.FullName ?? string.Empty, Input.Gender, Input.BirthDate, Input.UnitId,
            Input.Position ?? string.Empty, Input.Leadership, Input.RecruitedOn, Input.NationalId);
        var result = id is int existing ? await update.HandleAsync(existing, input, null, ct) : await create.HandleAsync(input, ct);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        TempData["Notice"] = id is null ? "Đã thêm công chức." : "Đã lưu thông tin công chức.";
        return Redirect("/Organisation/People/Details/" + result.Value!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken ct)
    {
        Id = id;
        Units = (await listUnits.HandleAsync(OrganisationPermissions.Manage, ct)).Where(u => u.ValidTo is null).ToList();
        Crumbs.Add(new Crumb("Công chức, người lao động", "/Organisation/People"));
        Crumbs.Add(new Crumb(id is null ? "Thêm công chức" : "Sửa thông tin công chức"));
        return true;
    }

    public sealed class PersonForm
    {
        [Required(ErrorMessage = "Vui lòng nhập mã công chức.")]
        public string? Code { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập họ và tên.")]
        public string? FullName { get; set; }

        public Gender Gender { get; set; } = Gender.F;

        public DateOnly? BirthDate { get; set; }

        public int UnitId { get; set; }

        public string? Position { get; set; }

        public LeadershipLevel Leadership { get; set; }

        public DateOnly? RecruitedOn { get; set; }

        public string? NationalId { get; set; }
    }
}
