namespace ThiDua.Core.Awards.Quotas;

/// <summary>What the default order of a quota reads about one eligible candidate.</summary>
public sealed record QuotaMerit(
    int SubjectId,
    string Code,
    bool DirectWorker,
    bool Female,
    Rating? Rating,
    int Initiatives,
    InitiativeScope? BroadestInitiative);

/// <summary>A candidate's place in the default order and the words that explain it.</summary>
public sealed record QuotaRank(QuotaMerit Merit, int Position, string Explanation);

/// <summary>
/// The default order of a quota (rules.md §5 "Priority"; Law on Emulation and Commendation 2022 Art 5, Decree
/// 98/2023 Art 4): direct workers before leaders; then merit — the year's rating, the number of initiatives, the
/// broadest initiative scope; at equal merit women first; last the code, so that the order never depends on the
/// database's row order. For a collective, "direct worker" does not apply and "female" means at least 70 % women.
/// </summary>
public static class QuotaRanking
{
    public const string Rule =
        "Thứ tự xét trong tỷ lệ: người lao động trực tiếp trước lãnh đạo, quản lý; sau đó theo thành tích (xếp loại năm, số sáng kiến, phạm vi sáng kiến rộng nhất); "
        + "cùng thành tích thì nữ (tập thể có từ 70% nữ) trước; cuối cùng theo mã (Luật Thi đua, khen thưởng 2022 Điều 5; Nghị định 98/2023/NĐ-CP Điều 4).";

    public static IReadOnlyList<QuotaRank> Order(IEnumerable<QuotaMerit> candidates, bool collective)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .OrderBy(m => m.DirectWorker ? 0 : 1)
            .ThenByDescending(m => m.Rating is { } r ? (int)r : -1)
            .ThenByDescending(m => m.Initiatives)
            .ThenByDescending(m => m.BroadestInitiative is { } s ? (int)s : -1)
            .ThenBy(m => m.Female ? 0 : 1)
            .ThenBy(m => m.Code, StringComparer.Ordinal)
            .Select((m, i) => new QuotaRank(m, i + 1, Explain(m, collective)))
            .ToList();
    }

    private static string Explain(QuotaMerit m, bool collective)
    {
        var parts = new List<string>();
        if (!collective)
        {
            parts.Add(m.DirectWorker ? "người lao động trực tiếp" : "lãnh đạo, quản lý");
        }

        parts.Add(m.Rating is { } r ? "xếp loại " + Eligibility.VietnameseText.Name(r) : "chưa có xếp loại");
        if (!collective)
        {
            parts.Add((m.Initiatives, m.BroadestInitiative) switch
            {
                (0, _) => "không có sáng kiến trong năm",
                (var n, { } scope) => $"{n} sáng kiến, rộng nhất {Eligibility.VietnameseText.Name(scope)}",
                (var n, null) => $"{n} sáng kiến",
            });
        }

        if (m.Female)
        {
            parts.Add(collective ? "tập thể có từ 70% nữ" : "nữ");
        }

        var text = string.Join("; ", parts);
        return char.ToUpper(text[0], VietnameseFormat.Culture) + text[1..] + ".";
    }
}
