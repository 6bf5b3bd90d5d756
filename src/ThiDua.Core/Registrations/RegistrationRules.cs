using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Registrations;

/// <summary>The checks and lookups shared by the registration use cases.</summary>
internal static class RegistrationRules
{
    public const int MinReasonLength = 10;

    public static string TitleList(bool collective) => collective
        ? "TTLDTT (Tập thể lao động tiên tiến), TTLDXS (Tập thể lao động xuất sắc), CTDBO (Cờ thi đua ngành Tư pháp), CTDCP (Cờ thi đua của Chính phủ)"
        : "LDTT (Lao động tiên tiến), CSTDCS (Chiến sĩ thi đua cơ sở), CSTDBO (Chiến sĩ thi đua cấp bộ, ngành, tỉnh), CSTDTQ (Chiến sĩ thi đua toàn quốc)";

    /// <summary>"/1/5/12/" → "/1/5/": the path of the unit directly above.</summary>
    public static string? ParentPath(string path)
    {
        var trimmed = path.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? null : trimmed[..(slash + 1)];
    }

    /// <summary>
    /// The round that governs a unit's registrations for a year: the one opened by the unit itself or by its nearest
    /// ancestor (a round covers the subtree of the unit that opened it).
    /// </summary>
    public static async Task<RoundInfo?> RoundForAsync(AppDbContext db, string unitPath, int year, CancellationToken ct)
    {
        var rounds = await db.RegistrationRounds.AsNoTracking().Where(r => r.Year == year)
            .Select(r => new RoundInfo(r.Id, r.UnitId, r.Unit.Name, r.Unit.Path, r.Deadline)).ToListAsync(ct);
        return rounds.Where(r => unitPath.StartsWith(r.UnitPath, StringComparison.Ordinal)).MaxBy(r => r.UnitPath.Length);
    }

    /// <summary>The person linked to the signed-in account, if any.</summary>
    public static async Task<int?> OwnPersonAsync(AppDbContext db, ICurrentUser actor, CancellationToken ct) =>
        actor.UserId is { } userId ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.PersonId).FirstOrDefaultAsync(ct) : null;

    /// <summary>The collective a staff member belongs to: a department counts with its agency (the unit above it).</summary>
    public static bool IsCollectiveKind(UnitKind kind) => kind is not UnitKind.DEPARTMENT and not UnitKind.MINISTRY;
}

/// <summary>A registration round as the checks read it.</summary>
public sealed record RoundInfo(int Id, int UnitId, string UnitName, string UnitPath, DateOnly Deadline);
