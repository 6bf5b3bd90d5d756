using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Identity.Tokens;

public sealed record ApiTokenView(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

public sealed record IssuedToken(ApiTokenView Token, string Secret);

/// <summary>
/// A user's own API tokens: issue (the secret is returned once), list, revoke. A token acts as its owner,
/// so it can never see more than the owner.
/// </summary>
public sealed class ApiTokens(AppDbContext db, ICurrentUser actor, TimeProvider clock)
{
    public const int MaxActivePerUser = 10;

    public async Task<IReadOnlyList<ApiTokenView>> ListAsync(CancellationToken ct = default) =>
        actor.UserId is not int userId
            ? []
            : await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt)
                .Select(t => new ApiTokenView(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt)).ToListAsync(ct);

    public async Task<Result<IssuedToken>> IssueAsync(string? name, int? expiresInDays, CancellationToken ct = default)
    {
        if (actor.UserId is not int userId)
        {
            return Result<IssuedToken>.NotFound();
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            errors.Add(new FieldError("Name", "Vui lòng đặt tên cho mã truy cập (tối đa 100 ký tự), ví dụ tên hệ thống sẽ dùng nó."));
        }

        if (expiresInDays is < 1 or > 730)
        {
            errors.Add(new FieldError("ExpiresInDays", "Thời hạn phải từ 1 đến 730 ngày."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var active = await db.ApiTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), ct);
        if (active >= MaxActivePerUser)
        {
            errors.Add(new FieldError("Name", $"Mỗi tài khoản có tối đa {MaxActivePerUser} mã truy cập đang dùng; hãy thu hồi mã không còn cần."));
        }

        if (errors.Count > 0)
        {
            return Result<IssuedToken>.Invalid(errors);
        }

        var (token, secret) = ApiToken.Issue(userId, name!, now, now.AddDays(expiresInDays ?? 180));
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return Result<IssuedToken>.Ok(new IssuedToken(new ApiTokenView(token.Id, token.Name, token.Prefix, token.CreatedAt, token.ExpiresAt, null, null), secret));
    }

    public async Task<Result<bool>> RevokeAsync(int id, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == actor.UserId, ct);
        if (token is null)
        {
            return Result<bool>.NotFound();
        }

        token.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }
}
