using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;

namespace ThiDua.Core.Targets;

/// <summary>
/// The built-in indicators of the civil judgment enforcement sector (rules.md §7) and the A/B/C/D grades of the
/// ranking of local enforcement units (rules.md §6, Decision 1682/QĐ-BTP), inserted after the migrations when the
/// tables are empty; afterwards they are data an administrator at the root changes (audited).
/// </summary>
public static class TargetCatalog
{
    public const string Cases = "VIEC";
    public const string Money = "TIEN";
    public const string CarryOver = "GIAM_TON";
    public const string OnTime = "QD_DUNG_HAN";

    /// <summary>The ranking's scale (rules.md §6: points out of 200), shared out among the indicators' ranking points.</summary>
    public static IReadOnlyList<Indicator> BuiltInIndicators() =>
    [
        new(Cases, 1, "Tỷ lệ giải quyết xong về việc trên số việc có điều kiện thi hành", "Số việc giải quyết xong", "Số việc có điều kiện thi hành", true, true, 60),
        new(Money, 2, "Tỷ lệ giải quyết xong về tiền trên số tiền có điều kiện thi hành", "Số tiền giải quyết xong (nghìn đồng)", "Số tiền có điều kiện thi hành (nghìn đồng)", true, true, 60),
        new(CarryOver, 3, "Tỷ lệ giảm số việc chuyển kỳ sau (án tồn đọng)", "Số việc tồn đọng đã giải quyết", "Số việc tồn đọng đầu năm", true, true, 40),
        new(OnTime, 4, "Tỷ lệ quyết định thi hành án ra đúng thời hạn", "Số quyết định ra đúng thời hạn", "Số quyết định thi hành án đã ra", true, false, 40),
    ];

    /// <summary>A: ≥ 180/200 and every key target met [checked]; B, C: 150 and 100 points [unchecked: defaults, editable]; D: the rest.</summary>
    public static IReadOnlyList<RankingGrade> BuiltInGrades() =>
    [
        new("A", 1, 180, true),
        new("B", 2, 150, false),
        new("C", 3, 100, false),
        new("D", 4, 0, false),
    ];

    public static async Task<bool> SeedBuiltInsAsync(AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var seeded = false;
        if (!await db.Indicators.AnyAsync(ct))
        {
            db.Indicators.AddRange(BuiltInIndicators());
            seeded = true;
        }

        if (!await db.RankingGrades.AnyAsync(ct))
        {
            db.RankingGrades.AddRange(BuiltInGrades());
            seeded = true;
        }

        if (seeded)
        {
            await db.SaveChangesAsync(ct);
        }

        return seeded;
    }
}
