using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThiDua.Core.Data;
using ThiDua.Core.Identity;

namespace ThiDua.Web.Infrastructure;

/// <summary>
/// "Authorization: Bearer tdk_…" for integrations: the token's SHA-256 is looked up, and the request acts as the
/// token's owner, with the owner's grants (ADR 0005). Disabled owners and revoked or expired tokens fail.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(ApiToken.SecretPrefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("Mã truy cập API không hợp lệ.");
        }

        var hash = ApiToken.HashSecret(secret);
        var token = await db.ApiTokens.Include(t => t.User).FirstOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is null || !token.IsUsableAt(now) || token.User.IsDisabled)
        {
            return AuthenticateResult.Fail("Mã truy cập API không hợp lệ, đã thu hồi hoặc hết hạn.");
        }

        // Recorded at most once an hour: a write per call would make every read a write.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromHours(1))
        {
            token.MarkUsed(now);
            await db.SaveChangesAsync(Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, token.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, token.User.UserName ?? string.Empty),
                new Claim("token_id", token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
