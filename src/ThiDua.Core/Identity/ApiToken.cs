using System.Security.Cryptography;
using System.Text;

namespace ThiDua.Core.Identity;

/// <summary>
/// A bearer token for integrations. The secret is shown once and only its SHA-256 is stored; a token acts
/// as its owner, so it is scoped exactly like the user (ADR 0005).
/// </summary>
public sealed class ApiToken
{
    public const string SecretPrefix = "tdk_";

    private ApiToken()
    {
    }

    private ApiToken(int userId, string name, string hash, string prefix, DateTime createdAt, DateTime? expiresAt)
    {
        UserId = userId;
        Name = name;
        Hash = hash;
        Prefix = prefix;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public int Id { get; private set; }

    public int UserId { get; private set; }

    public AppUser User { get; private set; } = null!;

    public string Name { get; private set; } = string.Empty;

    /// <summary>The first characters of the secret, to recognise a token in a list.</summary>
    public string Prefix { get; private set; } = string.Empty;

    public string Hash { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    public DateTime? ExpiresAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public DateTime? LastUsedAt { get; private set; }

    public bool IsUsableAt(DateTime utcNow) => RevokedAt is null && (ExpiresAt is null || utcNow < ExpiresAt);

    /// <summary>Creates a token and returns the secret, which is never stored.</summary>
    public static (ApiToken Token, string Secret) Issue(int userId, string name, DateTime createdAt, DateTime? expiresAt)
    {
        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new ApiToken(userId, name.Trim(), HashSecret(secret), secret[..10], createdAt, expiresAt), secret);
    }

    public static string HashSecret(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public void Revoke(DateTime at) => RevokedAt ??= at;

    public void MarkUsed(DateTime at) => LastUsedAt = at;
}
