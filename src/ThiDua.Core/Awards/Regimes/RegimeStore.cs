using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Data;
using ThiDua.Core.Shared;

namespace ThiDua.Core.Awards.Regimes;

/// <summary>The stored regimes cannot be built into a catalog: the app refuses to judge rather than fall back on the built-ins.</summary>
public sealed class RegimeStoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The catalog built from the database, kept in memory for the process (one node: ADR 0012) and dropped when a
/// regime changes. A generation number stops a reader that loaded before a change from caching stale data.
/// </summary>
public sealed class RegimeCache
{
    private readonly Lock _gate = new();
    private RegimeCatalog? _catalog;
    private long _generation;

    internal (RegimeCatalog? Catalog, long Generation) Read()
    {
        lock (_gate)
        {
            return (_catalog, _generation);
        }
    }

    internal void Store(RegimeCatalog catalog, long generation)
    {
        lock (_gate)
        {
            if (generation == _generation)
            {
                _catalog = catalog;
            }
        }
    }

    /// <summary>Called after a regime is saved (and by tests that write the table directly).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _catalog = null;
            _generation++;
        }
    }
}

/// <summary>
/// The regimes the app judges with: those of the Regimes table (rules.md §1 as data, changed by an administrator).
/// Every verdict on the app's data (the check API, the candidate lists) takes its catalog from here.
/// </summary>
public sealed class RegimeStore(AppDbContext db, RegimeCache cache)
{
    public async Task<RegimeCatalog> CatalogAsync(CancellationToken ct = default)
    {
        var (cached, generation) = cache.Read();
        if (cached is not null)
        {
            return cached;
        }

        var rows = await db.Regimes.AsNoTracking().ToListAsync(ct);
        var catalog = Build(rows);
        cache.Store(catalog, generation);
        return catalog;
    }

    /// <summary>The stored regimes as a catalog, or a Vietnamese error naming the regime that cannot be read.</summary>
    public static RegimeCatalog Build(IReadOnlyList<RegimeRecord> rows)
    {
        if (rows.Count == 0)
        {
            throw new RegimeStoreException("Cơ sở dữ liệu chưa có chế độ pháp lý nào (bảng Regimes trống): hãy chạy `thidua db migrate` để nạp các chế độ có sẵn.");
        }

        var regimes = new List<RegimeParameters>();
        foreach (var row in rows)
        {
            try
            {
                regimes.Add(RegimeJson.Deserialize(row.Json));
            }
            catch (RegimeDataException ex)
            {
                throw new RegimeStoreException($"Chế độ pháp lý '{row.Code}' lưu trong cơ sở dữ liệu không đọc được, hệ thống không xét điều kiện khi chưa sửa: {ex.Message}", ex);
            }
        }

        try
        {
            return RegimeCatalog.Create(regimes);
        }
        catch (RegimeDataException ex)
        {
            throw new RegimeStoreException("Các chế độ pháp lý lưu trong cơ sở dữ liệu mâu thuẫn nhau, hệ thống không xét điều kiện khi chưa sửa: " + ex.Message, ex);
        }
    }

    /// <summary>
    /// Inserts the built-in regimes (2014, 2017, 2024, 2025) when the table is empty; called by <see cref="DataModule.MigrateAsync"/>, so
    /// at start-up, by `thidua db migrate` and by every command that migrates. Idempotent: a table with any regime is left as the administrator made it.
    /// </summary>
    public static async Task<bool> SeedBuiltInsAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (await db.Regimes.AnyAsync(ct))
        {
            return false;
        }

        var now = DateTimeKinds.TruncateToMicroseconds(db.Clock.GetUtcNow().UtcDateTime);
        foreach (var regime in BuiltInRegimes.All)
        {
            db.Regimes.Add(new RegimeRecord(regime.Code, regime.EffectiveFrom, RegimeJson.Serialize(regime), builtIn: true, now, db.Actor.ActorName));
        }

        db.RecordEvent("Regime.seeded", "Regime", string.Join(",", BuiltInRegimes.All.Select(r => r.Code)),
            "Nạp các chế độ pháp lý có sẵn (rules.md §1): " + string.Join(", ", BuiltInRegimes.All.Select(r => r.Code)) + ".");
        await db.SaveChangesAsync(ct);
        return true;
    }
}
