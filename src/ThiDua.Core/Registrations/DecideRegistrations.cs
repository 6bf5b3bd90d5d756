using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Registrations;

public sealed record DecideRegistrationsInput(IReadOnlyList<int> Ids, RegistrationAction? Action, string? Reason, string? LateReason = null);

/// <summary>
/// Moves registrations along the workflow (<see cref="RegistrationWorkflow"/>), all or nothing, in one audited save.
/// Submit: the person themselves or an officer of the unit (after the deadline a draft is submitted only by an officer
/// giving a reason). Approve and return: only an officer holding Registrations.Approve on a unit above the registering
/// unit — its superior (Circular 11/2023/TT-BTP: the superior collects and approves its subordinates' registrations);
/// a return needs a reason. A registration the user may not see answers not found.
/// </summary>
public sealed class DecideRegistrations(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<Registration>>> HandleAsync(DecideRegistrationsInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Action is not { } action || !Enum.IsDefined(action))
        {
            return Result<IReadOnlyList<Registration>>.Invalid(new FieldError("Action", "Thao tác phải là SUBMIT (gửi), APPROVE (duyệt) hoặc RETURN (trả lại)."));
        }

        if (input.Ids.Count == 0)
        {
            return Result<IReadOnlyList<Registration>>.Invalid(new FieldError("Ids", "Hãy chọn ít nhất một đăng ký."));
        }

        var reason = input.Reason?.Trim();
        if (action == RegistrationAction.Return && (reason is null || reason.Length < 5))
        {
            return Result<IReadOnlyList<Registration>>.Invalid(new FieldError("Reason", "Trả lại đăng ký cần ghi lý do (ít nhất 5 ký tự) để đơn vị, cá nhân biết cần sửa gì."));
        }

        var ids = input.Ids.Distinct().ToList();
        var registrations = await db.Registrations.Include(r => r.Unit).Include(r => r.Person).Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        var own = await RegistrationRules.OwnPersonAsync(db, actor, ct);
        if (registrations.Count != ids.Count || registrations.Any(r => !actor.CanAccess(RegistrationsPermissions.View, r.Unit.Path) && !(r.PersonId is not null && r.PersonId == own)))
        {
            return Result<IReadOnlyList<Registration>>.NotFound();
        }

        var errors = new List<FieldError>();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = calendar.Today;
        foreach (var (registration, i) in registrations.OrderBy(r => ids.IndexOf(r.Id)).Select((r, i) => (r, i)))
        {
            var subject = registration.Person?.FullName ?? registration.Unit.Name;
            var field = $"Ids[{i}]";
            if (!RegistrationWorkflow.Allows(registration.Status, action))
            {
                errors.Add(new FieldError(field, $"Đăng ký của {subject} đang ở trạng thái “{RegistrationWorkflow.Name(registration.Status)}”: không thể {RegistrationWorkflow.Verb(action)}."));
                continue;
            }

            if (action == RegistrationAction.Submit)
            {
                var mine = registration.PersonId is not null && registration.PersonId == own;
                var officer = actor.CanAccess(RegistrationsPermissions.Manage, registration.Unit.Path);
                if (!mine && !officer)
                {
                    return Result<IReadOnlyList<Registration>>.NotFound();
                }

                var round = await RegistrationRules.RoundForAsync(db, registration.Unit.Path, registration.Year, ct);
                if (registration.Status == RegistrationStatus.Draft && round is not null && today > round.Deadline && registration.LateReason is null)
                {
                    var late = input.LateReason?.Trim();
                    if (!officer || late is null || late.Length < RegistrationRules.MinReasonLength)
                    {
                        errors.Add(new FieldError("LateReason", $"Đăng ký của {subject}: đã quá hạn {VietnameseFormat.Date(round.Deadline)}; chỉ cán bộ thi đua được gửi sau hạn, kèm lý do (ít nhất {RegistrationRules.MinReasonLength} ký tự)."));
                        continue;
                    }

                    registration.SetLateReason(late);
                }
            }
            else if (RegistrationRules.ParentPath(registration.Unit.Path) is not { } above || !actor.CanAccess(RegistrationsPermissions.Approve, above))
            {
                errors.Add(new FieldError(field, $"Đăng ký của {subject} ({registration.Unit.Name}) do đơn vị cấp trên của {registration.Unit.Name} {RegistrationWorkflow.Verb(action)}; tài khoản của bạn không thuộc đơn vị cấp trên đó."));
                continue;
            }

            registration.Apply(action, actor.ActorName, now, reason);
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Result<IReadOnlyList<Registration>>.Invalid(errors);
        }

        await db.SaveChangesAsync(ct);
        return Result<IReadOnlyList<Registration>>.Ok(registrations);
    }
}
