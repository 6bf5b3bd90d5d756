using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Identity;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Covenants;

/// <summary>
/// The head unit (cụm trưởng) of the year drafts its cluster's covenant: one per cluster and year, by a user who
/// manages the head unit or the cluster's organiser; one save, audited.
/// </summary>
public sealed class CreateCovenant(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<Covenant>> HandleAsync(CovenantInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cluster = await db.Clusters.AsNoTracking().Where(c => c.Id == input.ClusterId)
            .Select(c => new { c.Id, c.Name, OwnerPath = c.OwnerUnit.Path }).FirstOrDefaultAsync(ct);
        if (cluster is null)
        {
            return Result<Covenant>.NotFound();
        }

        var members = await CovenantScope.MembersAsync(db, input.ClusterId, input.Year, ct);
        var head = members.FirstOrDefault(m => m.Role == ClusterRole.HEAD);
        var canManage = actor.CanAccess(CovenantsPermissions.Manage, cluster.OwnerPath) || (head is not null && actor.CanAccess(CovenantsPermissions.Manage, head.Path));
        if (!canManage)
        {
            return Result<Covenant>.NotFound();
        }

        var errors = CovenantRules.Check(input);
        if (!ClusterNames.IsValidYear(input.Year))
        {
            errors.Add(new FieldError("Year", ClusterNames.InvalidYear(input.Year)));
        }
        else if (head is null)
        {
            errors.Add(new FieldError("Year", $"{cluster.Name} chưa có cụm trưởng trong năm {input.Year}: hãy phân công thành viên và cụm trưởng trước khi soạn giao ước."));
        }
        else if (await db.Covenants.AnyAsync(c => c.ClusterId == input.ClusterId && c.Year == input.Year, ct))
        {
            errors.Add(new FieldError("Year", $"{cluster.Name} đã có giao ước thi đua năm {input.Year}; hãy sửa giao ước đã có."));
        }

        if (errors.Count > 0)
        {
            return Result<Covenant>.Invalid(errors);
        }

        var covenant = new Covenant(input.ClusterId, input.Year, head!.UnitId, input.Title!, input.MaxPoints, input.LeadingSeats);
        covenant.SetContent(
            input.Commitments!.Select(c => (c.Text!, c.Indicator, c.TargetValue, c.TargetUnit)),
            input.Criteria!.Select(c => (c.Name!, c.Points)));
        db.Covenants.Add(covenant);
        await db.SaveChangesAsync(ct);
        return Result<Covenant>.Ok(covenant);
    }
}

/// <summary>Changes a draft (heading, commitments, criteria); only in the draft step; one save, audited.</summary>
public sealed class UpdateCovenant(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<Covenant>> HandleAsync(int id, CovenantInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var covenant = await CovenantScope.LoadAsync(db, actor, id, ct);
        if (covenant is null || !CovenantScope.CanManage(actor, covenant.HeadUnit.Path, covenant.Cluster.OwnerUnit.Path))
        {
            return Result<Covenant>.NotFound();
        }

        var errors = CovenantRules.Check(input with { ClusterId = covenant.ClusterId, Year = covenant.Year });
        if (covenant.Refusal(CovenantAction.Edit) is { } refusal)
        {
            errors.Insert(0, new FieldError("Status", refusal));
        }

        if (errors.Count > 0)
        {
            return Result<Covenant>.Invalid(errors);
        }

        covenant.Change(input.Title!, input.MaxPoints, input.LeadingSeats);
        covenant.SetContent(
            input.Commitments!.Select(c => (c.Text!, c.Indicator, c.TargetValue, c.TargetUnit)),
            input.Criteria!.Select(c => (c.Name!, c.Points)));
        await db.SaveChangesAsync(ct);
        return Result<Covenant>.Ok(covenant);
    }
}

/// <summary>
/// Moves a covenant one step by the head unit (or organiser): open for signing, return to the draft, start scoring,
/// reopen the review, close (rank and record the vote), reopen scoring. Going back needs a reason, recorded in the
/// audit trail; a step that is not next is refused (<see cref="Covenant.Transitions"/>).
/// </summary>
public sealed class ChangeCovenantStep(AppDbContext db, ICurrentUser actor, TimeProvider clock)
{
    public static readonly IReadOnlySet<CovenantAction> Steps = new HashSet<CovenantAction>
    {
        CovenantAction.OpenForSigning, CovenantAction.ReturnToDraft, CovenantAction.StartScoring,
        CovenantAction.ReopenReview, CovenantAction.Close, CovenantAction.ReopenScoring,
    };

    public async Task<Result<Covenant>> HandleAsync(int id, CovenantAction action, string? reason, CancellationToken ct = default)
    {
        if (!Steps.Contains(action))
        {
            return Result<Covenant>.Invalid(new FieldError("Action", "Bước không hợp lệ: OPEN, RETURN, START_SCORING, REOPEN_REVIEW, CLOSE hoặc REOPEN_SCORING."));
        }

        var covenant = await CovenantScope.LoadAsync(db, actor, id, ct);
        if (covenant is null || !CovenantScope.CanManage(actor, covenant.HeadUnit.Path, covenant.Cluster.OwnerUnit.Path))
        {
            return Result<Covenant>.NotFound();
        }

        if (covenant.Refusal(action) is { } refusal)
        {
            return Result<Covenant>.Invalid(new FieldError("Status", refusal));
        }

        var back = action is CovenantAction.ReturnToDraft or CovenantAction.ReopenReview or CovenantAction.ReopenScoring;
        if (back && CovenantRules.CheckReason(reason) is { } missing)
        {
            return Result<Covenant>.Invalid(missing);
        }

        var members = await CovenantScope.MembersAsync(db, covenant.ClusterId, covenant.Year, ct);
        var names = members.ToDictionary(m => m.UnitId, m => m.Name);
        string Name(int unit) => names.TryGetValue(unit, out var n) ? n : $"Đơn vị {unit}";
        var now = clock.GetUtcNow().UtcDateTime;
        switch (action)
        {
            case CovenantAction.OpenForSigning:
                if (members.Count < 2)
                {
                    return Result<Covenant>.Invalid(new FieldError("Status", $"Cụm, khối có {members.Count} thành viên năm {covenant.Year}: cần ít nhất 2 đơn vị để ký giao ước."));
                }

                covenant.OpenForSigning(now);
                break;
            case CovenantAction.ReturnToDraft:
                covenant.ReturnToDraft(reason!);
                break;
            case CovenantAction.StartScoring:
                covenant.StartScoring(now);
                break;
            case CovenantAction.ReopenReview:
                covenant.ReopenReview(reason!);
                break;
            case CovenantAction.Close:
                var problems = covenant.Close(members.Select(m => m.UnitId).ToList(), Name, now);
                if (problems.Count > 0)
                {
                    return Result<Covenant>.Invalid(problems.Select(p => new FieldError("Status", p)).ToList());
                }

                break;
            default:
                covenant.ReopenScoring(reason!);
                break;
        }

        var leading = covenant.Results.Where(r => r.IsLeading).Select(r => Name(r.UnitId)).ToList();
        db.RecordEvent($"Covenant.{action}", nameof(Covenant), covenant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{CovenantTexts.Action(action)}: {covenant.Title} → {CovenantTexts.Status(covenant.Status)}"
            + (back ? $"; lý do: {reason!.Trim()}" : string.Empty)
            + (leading.Count > 0 ? $"; đơn vị dẫn đầu: {string.Join(", ", leading)}" : string.Empty),
            covenant.HeadUnit.Path);
        await db.SaveChangesAsync(ct);
        return Result<Covenant>.Ok(covenant);
    }
}

/// <summary>A signature as sent: the member unit signed for and the confirmation (password, or the TOTP code when the account has one).</summary>
public sealed record SignInput(int UnitId, string? Password, string? Code);

/// <summary>
/// A member unit's leader signs the covenant in the application: an authenticated confirmation (the password again,
/// or the authenticator code when the account has two-factor on), by a leader whose role is granted on that unit;
/// recorded with who, which unit and when in the audit chain. Refused: a unit that is not a member that year, a second
/// signature, a covenant not open for signing. The last signature makes the covenant signed.
/// </summary>
public sealed class SignCovenant(AppDbContext db, ICurrentUser actor, TimeProvider clock, UserManager<AppUser> users)
{
    public async Task<Result<Covenant>> HandleAsync(int id, SignInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var covenant = await CovenantScope.LoadAsync(db, actor, id, ct);
        if (covenant is null)
        {
            return Result<Covenant>.NotFound();
        }

        var unit = await db.Units.AsNoTracking().Where(u => u.Id == input.UnitId).Select(u => new { u.Id, u.Name, u.Path }).FirstOrDefaultAsync(ct);
        if (unit is null || !actor.CanAccess(CovenantsPermissions.View, unit.Path))
        {
            return Result<Covenant>.NotFound();
        }

        if (!CovenantScope.ActsFor(actor, CovenantsPermissions.Sign, unit.Id))
        {
            return Result<Covenant>.Invalid(new FieldError("UnitId", $"Chỉ lãnh đạo của {unit.Name} (vai trò Lãnh đạo đơn vị được cấp tại chính đơn vị này) ký giao ước thay mặt đơn vị."));
        }

        if (actor.UserId is not int userId || await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } user)
        {
            return Result<Covenant>.Invalid(new FieldError("Password", "Ký giao ước cần một tài khoản người dùng đã đăng nhập."));
        }

        var (method, error) = await ConfirmAsync(user, input, ct);
        if (error is not null)
        {
            return Result<Covenant>.Invalid(error);
        }

        var members = (await CovenantScope.MembersAsync(db, covenant.ClusterId, covenant.Year, ct)).Select(m => m.UnitId).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        if (covenant.Sign(unit.Id, unit.Name, members, user.Id, user.DisplayName, method, now) is { } refusal)
        {
            return Result<Covenant>.Invalid(new FieldError(refusal.Contains("không phải thành viên", StringComparison.Ordinal) || refusal.Contains("đã ký", StringComparison.Ordinal) ? "UnitId" : "Status", refusal));
        }

        db.RecordEvent("Covenant.signed", nameof(Covenant), covenant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{user.DisplayName} (tài khoản {user.UserName}) ký giao ước “{covenant.Title}” thay mặt {unit.Name} lúc {CovenantTexts.When(now)}, xác nhận bằng "
            + (method == SignatureMethod.Totp ? "mã xác thực hai lớp" : "mật khẩu")
            + (covenant.Status == CovenantStatus.AllSigned ? "; đủ chữ ký của mọi thành viên: giao ước đã ký kết" : string.Empty),
            unit.Path);
        await db.SaveChangesAsync(ct);
        return Result<Covenant>.Ok(covenant);
    }

    private async Task<(SignatureMethod Method, FieldError? Error)> ConfirmAsync(AppUser user, SignInput input, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (await users.IsLockedOutAsync(user))
        {
            return (SignatureMethod.Password, new FieldError("Password", "Tài khoản đang tạm khóa do nhập sai nhiều lần; hãy thử lại sau."));
        }

        if (!string.IsNullOrWhiteSpace(input.Code))
        {
            var code = input.Code.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (user.TwoFactorEnabled && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.ResetAccessFailedCountAsync(user);
                return (SignatureMethod.Totp, null);
            }

            await users.AccessFailedAsync(user);
            return (SignatureMethod.Totp, new FieldError("Code", user.TwoFactorEnabled
                ? "Mã xác thực không đúng: nhập mã 6 số đang hiển thị trong ứng dụng xác thực."
                : "Tài khoản chưa bật xác thực hai lớp: hãy xác nhận bằng mật khẩu."));
        }

        if (string.IsNullOrEmpty(input.Password))
        {
            return (SignatureMethod.Password, new FieldError("Password", "Vui lòng nhập lại mật khẩu (hoặc mã xác thực hai lớp) để xác nhận chữ ký."));
        }

        if (!await users.CheckPasswordAsync(user, input.Password))
        {
            await users.AccessFailedAsync(user);
            return (SignatureMethod.Password, new FieldError("Password", "Mật khẩu không đúng: chữ ký chưa được ghi nhận."));
        }

        await users.ResetAccessFailedCountAsync(user);
        return (SignatureMethod.Password, null);
    }
}

public sealed record ProgressInput(int Order, decimal? Value, decimal? Percent, string? Comment);

/// <summary>The mid-year review (sơ kết): progress per commitment (value or percent, comment); editable until scoring starts.</summary>
public sealed class RecordCovenantReview(AppDbContext db, ICurrentUser actor, TimeProvider clock)
{
    public async Task<Result<Covenant>> HandleAsync(int id, string? summary, IReadOnlyList<ProgressInput> progress, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var covenant = await CovenantScope.LoadAsync(db, actor, id, ct);
        if (covenant is null || !CovenantScope.CanManage(actor, covenant.HeadUnit.Path, covenant.Cluster.OwnerUnit.Path))
        {
            return Result<Covenant>.NotFound();
        }

        var errors = new List<FieldError>();
        if (covenant.Refusal(CovenantAction.RecordReview) is { } refusal)
        {
            errors.Add(new FieldError("Status", refusal));
        }

        if (summary is { Length: > 4000 })
        {
            errors.Add(new FieldError("Summary", "Nhận xét chung tối đa 4.000 ký tự."));
        }

        for (var i = 0; i < progress.Count; i++)
        {
            var p = progress[i];
            if (covenant.Commitments.All(c => c.Order != p.Order))
            {
                errors.Add(new FieldError($"Progress[{i}].Order", $"Dòng {i + 1}: giao ước không có cam kết số {p.Order}."));
            }

            if (p.Percent is < 0 or > 1000)
            {
                errors.Add(new FieldError($"Progress[{i}].Percent", $"Cam kết {p.Order}: tỷ lệ thực hiện phải từ 0 đến 1.000 %."));
            }

            if (p.Value is < 0)
            {
                errors.Add(new FieldError($"Progress[{i}].Value", $"Cam kết {p.Order}: kết quả không âm."));
            }

            if (p.Comment is { Length: > 2000 })
            {
                errors.Add(new FieldError($"Progress[{i}].Comment", $"Cam kết {p.Order}: nhận xét tối đa 2.000 ký tự."));
            }
        }

        if (progress.GroupBy(p => p.Order).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            errors.Add(new FieldError("Progress", $"Cam kết {twice.Key} được nhập hai lần."));
        }

        if (errors.Count > 0)
        {
            return Result<Covenant>.Invalid(errors);
        }

        covenant.RecordReview(summary, progress.ToDictionary(p => p.Order, p => (p.Value, p.Percent, p.Comment)), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return Result<Covenant>.Ok(covenant);
    }
}

/// <summary>
/// Cross-scoring at year end: a member unit (by a user with a role granted on it) scores another member against
/// each criterion, within 0..max (stored as points × 100); never its own unit. A new scoring replaces the pair's.
/// </summary>
public sealed class ScoreCovenant(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<Covenant>> HandleAsync(int id, int scorerUnitId, int scoredUnitId, IReadOnlyDictionary<int, decimal> pointsByCriterion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pointsByCriterion);
        var covenant = await CovenantScope.LoadAsync(db, actor, id, ct);
        if (covenant is null)
        {
            return Result<Covenant>.NotFound();
        }

        var members = await CovenantScope.MembersAsync(db, covenant.ClusterId, covenant.Year, ct);
        var names = members.ToDictionary(m => m.UnitId, m => m.Name);
        var scorerPath = await db.Units.AsNoTracking().Where(u => u.Id == scorerUnitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (scorerPath is null || !actor.CanAccess(CovenantsPermissions.View, scorerPath))
        {
            return Result<Covenant>.NotFound();
        }

        if (!CovenantScope.ActsFor(actor, CovenantsPermissions.Score, scorerUnitId))
        {
            return Result<Covenant>.Invalid(new FieldError("ScorerUnitId", $"Chỉ lãnh đạo hoặc cán bộ thi đua của {Name(scorerUnitId)} (vai trò được cấp tại chính đơn vị này) chấm điểm thay mặt đơn vị."));
        }

        var precise = pointsByCriterion.FirstOrDefault(p => p.Value * 100 != decimal.Truncate(p.Value * 100));
        if (precise.Key != 0)
        {
            var order = covenant.Criteria.FirstOrDefault(c => c.Id == precise.Key)?.Order ?? 0;
            return Result<Covenant>.Invalid(new FieldError($"Points[{order}]", $"Tiêu chí {order}: điểm có tối đa hai chữ số thập phân."));
        }

        var hundredths = pointsByCriterion.ToDictionary(p => p.Key, p => p.Value is > 100_000 or < -100_000 ? -1 : (int)(p.Value * 100));
        var errors = covenant.Score(scorerUnitId, scoredUnitId, names.Keys.ToList(), hundredths, Name);
        if (errors.Count > 0)
        {
            return Result<Covenant>.Invalid(errors.Select(e => new FieldError(e.Field, e.Message)).ToList());
        }

        await db.SaveChangesAsync(ct);
        return Result<Covenant>.Ok(covenant);

        string Name(int unit) => names.TryGetValue(unit, out var n) ? n : "Đơn vị này";
    }
}

/// <summary>
/// The vote (suy tôn) of the leading unit(s): one vote per member unit, cast by a user with a role granted on it, for up
/// to <see cref="Covenant.LeadingSeats"/> other members (not itself); a new vote replaces the unit's earlier one.
/// </summary>
public sealed class VoteCovenant(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<Covenant>> HandleAsync(int id, int voterUnitId, IReadOnlyList<int> chosenUnitIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(chosenUnitIds);
        var covenant = await CovenantScope.LoadAsync(db, actor, id, ct);
        if (covenant is null)
        {
            return Result<Covenant>.NotFound();
        }

        var members = await CovenantScope.MembersAsync(db, covenant.ClusterId, covenant.Year, ct);
        var names = members.ToDictionary(m => m.UnitId, m => m.Name);
        var voterPath = await db.Units.AsNoTracking().Where(u => u.Id == voterUnitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (voterPath is null || !actor.CanAccess(CovenantsPermissions.View, voterPath))
        {
            return Result<Covenant>.NotFound();
        }

        if (!CovenantScope.ActsFor(actor, CovenantsPermissions.Score, voterUnitId))
        {
            return Result<Covenant>.Invalid(new FieldError("VoterUnitId", $"Chỉ lãnh đạo hoặc cán bộ thi đua của {Name(voterUnitId)} (vai trò được cấp tại chính đơn vị này) bỏ phiếu thay mặt đơn vị."));
        }

        var errors = covenant.Vote(voterUnitId, chosenUnitIds, names.Keys.ToList(), Name);
        if (errors.Count > 0)
        {
            return Result<Covenant>.Invalid(errors.Select(e => new FieldError(e.Field, e.Message)).ToList());
        }

        await db.SaveChangesAsync(ct);
        return Result<Covenant>.Ok(covenant);

        string Name(int unit) => names.TryGetValue(unit, out var n) ? n : "Đơn vị này";
    }
}
