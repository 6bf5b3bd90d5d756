using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Data;

namespace ThiDua.Core.Awards.Decisions;

/// <summary>
/// The base salary (mức lương cơ sở) in force from a date, in đồng per month: dated data (ADR 0023), changed by a
/// national administrator when the Government sets a new one. The one in force on a decision date is the latest whose
/// <see cref="EffectiveFrom"/> is on or before it.
/// </summary>
public sealed class BaseSalary
{
    private BaseSalary()
    {
    }

    public BaseSalary(DateOnly effectiveFrom, long amount, string source, bool isChecked)
    {
        EffectiveFrom = effectiveFrom;
        Amount = amount;
        Source = source.Trim();
        Checked = isChecked;
    }

    public int Id { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>Đồng per month.</summary>
    public long Amount { get; private set; }

    /// <summary>The decree that set it ("Nghị định 73/2024/NĐ-CP").</summary>
    public string Source { get; private set; } = string.Empty;

    /// <summary>Whether the figure was confirmed against the source (rules.md marks [checked] / [unchecked]).</summary>
    public bool Checked { get; private set; }
}

/// <summary>
/// Award money (rules.md §10): coefficient × the base salary in force on the decision date, rounded UP to the next
/// 10,000 đồng; a collective gets double the individual amount for a form of commendation (not for a title).
/// </summary>
public static class AwardMoney
{
    public const long RoundTo = 10_000;

    /// <summary>The built-in base salaries, seeded when the table is empty (ADR 0023 gives the sources).</summary>
    public static IReadOnlyList<BaseSalary> BuiltIns { get; } =
    [
        new(new DateOnly(2019, 7, 1), 1_490_000, "Nghị định 38/2019/NĐ-CP", false),
        new(new DateOnly(2023, 7, 1), 1_800_000, "Nghị định 24/2023/NĐ-CP", true),
        new(new DateOnly(2024, 7, 1), 2_340_000, "Nghị định 73/2024/NĐ-CP", true),
    ];

    /// <summary>Whether a collective receives double: forms of commendation (BKBO, BKTTG, HCLĐ, Giấy khen), never titles.</summary>
    public static bool DoublesForCollective(AwardCode code) => AwardCodes.IsForm(code);

    /// <summary>The amount of one awardee, in đồng.</summary>
    public static long Amount(decimal coefficient, long baseSalary, AwardCode code, bool collective)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(coefficient);
        ArgumentOutOfRangeException.ThrowIfNegative(baseSalary);
        var raw = coefficient * baseSalary;
        var rounded = (long)(decimal.Ceiling(raw / RoundTo) * RoundTo);
        return collective && DoublesForCollective(code) ? rounded * 2 : rounded;
    }

    /// <summary>The coefficient of a code in the regime in force (0 when the regime gives none, e.g. a commemorative medal).</summary>
    public static decimal Coefficient(RegimeParameters regime, AwardCode code) =>
        regime.AwardMoneyCoefficients.TryGetValue(CodeOf<AwardCode>.Code(code), out var c) ? c.Value : 0m;

    /// <summary>The base salary in force on <paramref name="date"/>, or null when none is recorded that early.</summary>
    public static BaseSalary? InForce(IEnumerable<BaseSalary> salaries, DateOnly date) =>
        salaries.Where(s => s.EffectiveFrom <= date).OrderByDescending(s => s.EffectiveFrom).FirstOrDefault();

    /// <summary>Inserts <see cref="BuiltIns"/> when the table is empty (at migration, like the regimes). Idempotent.</summary>
    public static async Task<bool> SeedBuiltInsAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (await db.BaseSalaries.AnyAsync(ct))
        {
            return false;
        }

        db.BaseSalaries.AddRange(BuiltIns.Select(b => new BaseSalary(b.EffectiveFrom, b.Amount, b.Source, b.Checked)));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
