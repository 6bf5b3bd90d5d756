namespace ThiDua.Core.Targets;

/// <summary>
/// The A/B/C/D ranking as a table for Excel: rank, unit, then per indicator the target, the result and the points, the
/// total, the grade and the reasons — the same figures as the page, with numbers as numbers (not text) so that the
/// officer can sort and sum them.
/// </summary>
public static class RankingSheet
{
    public static IReadOnlyList<string> Headers(Ranking ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var headers = new List<string> { "Hạng", "Mã đơn vị", "Đơn vị" };
        foreach (var i in ranking.Rows.Count > 0 ? ranking.Rows[0].Indicators : [])
        {
            headers.Add($"{i.Code}: chỉ tiêu (%)");
            headers.Add($"{i.Code}: kết quả (%)");
            headers.Add($"{i.Code}: điểm");
        }

        headers.AddRange(["Tổng điểm", "Điểm tối đa", "Loại", "Lý do"]);
        return headers;
    }

    public static IEnumerable<IReadOnlyList<object?>> Rows(Ranking ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        foreach (var row in ranking.Rows)
        {
            var cells = new List<object?> { row.Rank, row.UnitCode, row.UnitName };
            foreach (var i in row.Indicators)
            {
                cells.Add(i.Target);
                cells.Add(i.Result);
                cells.Add(i.PointsX100 / 100m);
            }

            cells.AddRange([row.ScoreX100 / 100m, row.MaxScoreX100 / 100m, row.Grade, string.Join(" ", row.Reasons)]);
            yield return cells;
        }
    }

    /// <summary>"xep-loai-2026-thi-hanh-an-dan-su-tinh-lang-son.xlsx": the unit's name without diacritics.</summary>
    public static string FileName(Ranking ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var slug = string.Join('-', Shared.SearchText.Fold(ranking.UnitName).Split(
            [' ', '-', ',', '.', '(', ')', '/', '\\'], StringSplitOptions.RemoveEmptyEntries));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"xep-loai-{ranking.Year}-{slug}.xlsx");
    }
}
