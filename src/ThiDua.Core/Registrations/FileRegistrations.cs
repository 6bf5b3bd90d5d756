using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Registrations;

/// <summary>One line of a registration list: a person (<see cref="PersonId"/>) or a collective (<see cref="UnitId"/>) and the title.</summary>
public sealed record RegistrationEntry(int? PersonId, int? UnitId, AwardCode? Title);

/// <summary>
/// A list of registrations filed at once (one person registering themselves, an officer's multi-row form, an
/// imported file): <see cref="Submit"/> sends them to the superior at once; <see cref="LateReason"/> is the officer's
/// reason for filing after the deadline.
/// </summary>
public sealed record FileRegistrationsInput(int Year, IReadOnlyList<RegistrationEntry> Entries, bool Submit, string? LateReason, IReadOnlyList<string>? LineLabels = null);

/// <summary>
/// Files registrations, all or nothing, in one audited save (Circular 11/2023/TT-BTP: titles are registered at the
/// start of the year; rules.md §5–6). A person registers themselves (Registrations.RegisterSelf); anyone else, and
/// every collective, needs Registrations.Manage on the unit (another unit's id: not found). Each line is checked and
/// every error names its line: a title that does not exist or does not fit the subject (individual vs collective
/// titles), a person or collective already registered for the year (a draft or returned one is changed instead), no
/// round open for the unit, or a round whose deadline has passed — allowed only to an officer who gives a reason.
/// </summary>
public sealed class FileRegistrations(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<Registration>>> HandleAsync(FileRegistrationsInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (input.Entries.Count == 0)
        {
            return Result<IReadOnlyList<Registration>>.Invalid(new FieldError("Entries", "Danh sách đăng ký trống: hãy nhập ít nhất một người hoặc một tập thể."));
        }

        if (input.Year is < 2000 or > 2999)
        {
            return Result<IReadOnlyList<Registration>>.Invalid(new FieldError("Year", "Năm thi đua phải trong khoảng 2000–2999."));
        }

        var own = await RegistrationRules.OwnPersonAsync(db, actor, ct);
        var personIds = input.Entries.Where(e => e.PersonId is not null).Select(e => e.PersonId!.Value).Distinct().ToList();
        var unitIds = input.Entries.Where(e => e.PersonId is null && e.UnitId is not null).Select(e => e.UnitId!.Value).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FullName, p.UnitId, UnitPath = p.Unit.Path, UnitName = p.Unit.Name }).ToDictionaryAsync(p => p.Id, ct);
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var existing = await db.Registrations.Where(r => r.Year == input.Year
                && (r.PersonId != null && personIds.Contains(r.PersonId.Value) || r.CollectiveUnitId != null && unitIds.Contains(r.CollectiveUnitId.Value)))
            .ToListAsync(ct);
        var today = calendar.Today;
        var now = clock.GetUtcNow().UtcDateTime;
        var late = string.IsNullOrWhiteSpace(input.LateReason) ? null : input.LateReason.Trim();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Registration>();
        var rounds = new Dictionary<string, RoundInfo?>(StringComparer.Ordinal);

        for (var i = 0; i < input.Entries.Count; i++)
        {
            var entry = input.Entries[i];
            var line = input.LineLabels is { } labels && i < labels.Count ? labels[i] : $"Dòng {i + 1}";
            string path, subject;
            int unitId;
            bool collective, onBehalf;
            if (entry.PersonId is { } personId)
            {
                if (!people.TryGetValue(personId, out var person))
                {
                    return Result<IReadOnlyList<Registration>>.NotFound();
                }

                onBehalf = personId != own;
                var allowed = onBehalf ? actor.CanAccess(RegistrationsPermissions.Manage, person.UnitPath) : actor.CanAccess(RegistrationsPermissions.RegisterSelf, person.UnitPath) || actor.CanAccess(RegistrationsPermissions.Manage, person.UnitPath);
                if (!allowed)
                {
                    return Result<IReadOnlyList<Registration>>.NotFound();
                }

                (path, subject, unitId, collective) = (person.UnitPath, person.FullName, person.UnitId, false);
            }
            else if (entry.UnitId is { } collectiveId)
            {
                if (!units.TryGetValue(collectiveId, out var unit) || !actor.CanAccess(RegistrationsPermissions.Manage, unit.Path))
                {
                    return Result<IReadOnlyList<Registration>>.NotFound();
                }

                if (!RegistrationRules.IsCollectiveKind(unit.Kind))
                {
                    errors.Add(new FieldError($"Entries[{i}].UnitId", $"{line}: {unit.Name} là phòng, ban: tập thể đăng ký là đơn vị (cơ quan, phòng khu vực), phòng, ban đăng ký cùng đơn vị."));
                    continue;
                }

                (path, subject, unitId, collective, onBehalf) = (unit.Path, unit.Name, unit.Id, true, true);
            }
            else
            {
                errors.Add(new FieldError($"Entries[{i}].PersonId", $"{line}: hãy chọn người đăng ký (cá nhân) hoặc đơn vị (tập thể)."));
                continue;
            }

            if (entry.Title is not { } title)
            {
                errors.Add(new FieldError($"Entries[{i}].Title", $"{line} ({subject}): hãy chọn danh hiệu đăng ký: {RegistrationRules.TitleList(collective)}."));
                continue;
            }

            if (collective ? !AwardCodes.IsCollectiveTitle(title) : !AwardCodes.IsIndividualTitle(title))
            {
                errors.Add(new FieldError($"Entries[{i}].Title", collective
                    ? $"{line} ({subject}): {CodeOf<AwardCode>.Code(title)} không phải danh hiệu tập thể; tập thể đăng ký một trong: {RegistrationRules.TitleList(true)}."
                    : $"{line} ({subject}): {CodeOf<AwardCode>.Code(title)} không phải danh hiệu cá nhân; cá nhân đăng ký một trong: {RegistrationRules.TitleList(false)}."));
                continue;
            }

            var key = collective ? $"U{unitId}" : $"P{entry.PersonId}";
            if (!seen.Add(key))
            {
                errors.Add(new FieldError($"Entries[{i}].{(collective ? "UnitId" : "PersonId")}", $"{line}: {subject} có hai dòng trong danh sách; mỗi cá nhân, tập thể đăng ký một danh hiệu một năm."));
                continue;
            }

            if (!rounds.TryGetValue(path, out var round))
            {
                round = await RegistrationRules.RoundForAsync(db, path, input.Year, ct);
                rounds[path] = round;
            }

            if (round is null)
            {
                errors.Add(new FieldError("Year", $"Chưa mở đợt đăng ký thi đua năm {input.Year} cho {subject}: cán bộ thi đua của đơn vị cần mở đợt đăng ký (Đăng ký thi đua → Mở đợt đăng ký) trước."));
                continue;
            }

            if (today > round.Deadline)
            {
                if (!actor.CanAccess(RegistrationsPermissions.Manage, path))
                {
                    errors.Add(new FieldError("LateReason", $"{line} ({subject}): đã quá hạn đăng ký {VietnameseFormat.Date(round.Deadline)} của {round.UnitName}; sau hạn chỉ cán bộ thi đua được đăng ký thay, kèm lý do."));
                    continue;
                }

                if (late is null || late.Length < RegistrationRules.MinReasonLength)
                {
                    errors.Add(new FieldError("LateReason", $"Đã quá hạn đăng ký {VietnameseFormat.Date(round.Deadline)} của {round.UnitName}: hãy ghi lý do đăng ký sau hạn (ít nhất {RegistrationRules.MinReasonLength} ký tự)."));
                    continue;
                }
            }

            var current = existing.FirstOrDefault(r => collective ? r.CollectiveUnitId == unitId : r.PersonId == entry.PersonId);
            if (current is not null && !current.CanChange)
            {
                errors.Add(new FieldError($"Entries[{i}].{(collective ? "UnitId" : "PersonId")}",
                    $"{line}: {subject} đã đăng ký {CodeOf<AwardCode>.Code(current.Title)} năm {input.Year} (trạng thái: {RegistrationWorkflow.Name(current.Status)}); mỗi cá nhân, tập thể chỉ đăng ký một lần một năm."));
                continue;
            }

            if (current is null)
            {
                current = new Registration(input.Year, unitId, collective ? null : entry.PersonId, collective ? unitId : null, title, actor.ActorName, onBehalf,
                    today > round.Deadline ? late : null, now);
                db.Registrations.Add(current);
            }
            else
            {
                current.ChangeTitle(title);
                if (today > round.Deadline)
                {
                    current.SetLateReason(late);
                }
            }

            if (input.Submit)
            {
                current.Apply(RegistrationAction.Submit, actor.ActorName, now);
            }

            result.Add(current);
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Result<IReadOnlyList<Registration>>.Invalid(errors);
        }

        await db.SaveChangesAsync(ct);
        return Result<IReadOnlyList<Registration>>.Ok(result);
    }
}
