using Microsoft.Extensions.Caching.Memory;

namespace ThiDua.Core.Identity;

/// <summary>
/// Keeps each signed-in account's flags and grants in memory for a short time, so that a request does not query
/// them again. Every use case that changes them invalidates the entry at once on this node; other web nodes see
/// the change within <see cref="Lifetime"/> (and the security stamp ends sessions of disabled accounts).
/// </summary>
public sealed class AccountCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private static string Key(int userId) => "account|" + userId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool TryGet<T>(int userId, out T? value) => cache.TryGetValue(Key(userId), out value);

    public void Set<T>(int userId, T value) => cache.Set(Key(userId), value, Lifetime);

    public void Invalidate(int userId) => cache.Remove(Key(userId));
}
