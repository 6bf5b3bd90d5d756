using System.Globalization;
using ThiDua.Core.Shared;

namespace ThiDua.Core.Covenants;

/// <summary>Vietnamese names of the steps and actions, and the formats of the module's messages.</summary>
public static class CovenantTexts
{
    public static string Status(CovenantStatus status) => status switch
    {
        CovenantStatus.Draft => "Dự thảo",
        CovenantStatus.OpenForSigning => "Đang ký kết",
        CovenantStatus.AllSigned => "Đã ký kết",
        CovenantStatus.MidYearReviewed => "Đã sơ kết giữa năm",
        CovenantStatus.Scoring => "Đang chấm điểm, suy tôn",
        CovenantStatus.Closed => "Đã tổng kết",
        _ => status.ToString(),
    };

    public static string Action(CovenantAction action) => action switch
    {
        CovenantAction.Edit => "sửa dự thảo",
        CovenantAction.OpenForSigning => "mở ký kết",
        CovenantAction.ReturnToDraft => "trả về dự thảo",
        CovenantAction.Sign => "ký giao ước",
        CovenantAction.RecordReview => "ghi sơ kết giữa năm",
        CovenantAction.StartScoring => "bắt đầu chấm điểm",
        CovenantAction.ReopenReview => "mở lại sơ kết",
        CovenantAction.Score => "chấm điểm",
        CovenantAction.Vote => "bỏ phiếu suy tôn",
        CovenantAction.Close => "tổng kết (xếp hạng, suy tôn)",
        CovenantAction.ReopenScoring => "mở lại chấm điểm",
        _ => action.ToString(),
    };

    /// <summary>"Không thể chấm điểm khi giao ước đang ở bước “Đang ký kết”; được làm ở bước: …".</summary>
    public static string NotAllowed(CovenantAction action, CovenantStatus status)
    {
        var allowed = Covenant.Transitions.Keys.Where(k => k.Action == action).Select(k => "“" + Status(k.From) + "”").Distinct().ToList();
        return $"Không thể {Action(action)} khi giao ước đang ở bước “{Status(status)}”; việc này chỉ làm ở bước {string.Join(", ", allowed)} (không bỏ qua bước nào).";
    }

    /// <summary>Points × 100 as "87,5" (vi-VN).</summary>
    public static string Points(int hundredths) => (hundredths / 100m).ToString("0.##", VietnameseFormat.Culture);

    /// <summary>A UTC instant in Vietnam's time: "27/11/2026 17:32".</summary>
    public static string When(DateTime utc) => VietnameseFormat.DateTime(utc, VietnameseFormat.VietnamTimeZone);

    public static string Number(decimal? value) => value?.ToString("0.##", VietnameseFormat.Culture) ?? string.Empty;
}

/// <summary>One member's line of the year's ranking.</summary>
public sealed record RankingRow(int UnitId, string UnitName, int Rank, int AverageHundredths, int Scorers, int Votes, bool IsLeading, string Explanation);

/// <summary>The ranking, and what still stops the year from being closed.</summary>
public sealed record RankingOutcome(IReadOnlyList<RankingRow> Rows, IReadOnlyList<string> Problems);

/// <summary>
/// The year-end ranking of a cluster: members by the average of the total scores the other members gave them
/// (competition ranking: equal averages share a rank, "đồng hạng", and the explanation says with whom), then the vote
/// (suy tôn): a unit leads when more than half of all member units chose it, up to <see cref="Covenant.LeadingSeats"/>
/// units by votes; a tie at the last seat is not settled by the software and asks for a new vote. [unchecked: the
/// majority rule; the clusters' regulations (quy chế hoạt động của cụm) set it, rules.md §6 only says "votes"]
/// </summary>
public static class CovenantRanking
{
    public static RankingOutcome Compute(Covenant covenant, IReadOnlyCollection<int> members, Func<int, string> unitName)
    {
        ArgumentNullException.ThrowIfNull(covenant);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(unitName);
        var problems = new List<string>();
        if (members.Count < 2)
        {
            problems.Add("Cụm, khối cần ít nhất 2 đơn vị thành viên để chấm chéo và suy tôn.");
        }

        var criteria = covenant.Criteria.Count;
        foreach (var scorer in members)
        {
            var missing = members.Where(m => m != scorer && covenant.Scores.Count(s => s.ScorerUnitId == scorer && s.ScoredUnitId == m) < criteria).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{unitName(scorer)} chưa chấm điểm: {string.Join(", ", missing.Select(unitName))}.");
            }
        }

        var voters = covenant.Votes.Select(v => v.VoterUnitId).ToHashSet();
        var notVoted = members.Where(m => !voters.Contains(m)).ToList();
        if (notVoted.Count > 0)
        {
            problems.Add($"Chưa bỏ phiếu suy tôn: {string.Join(", ", notVoted.Select(unitName))}.");
        }

        var lines = members.Select(m =>
        {
            var received = covenant.Scores.Where(s => s.ScoredUnitId == m && members.Contains(s.ScorerUnitId)).GroupBy(s => s.ScorerUnitId).Select(g => g.Sum(s => s.Hundredths)).ToList();
            var average = received.Count == 0 ? 0 : (int)Math.Round(received.Average(), MidpointRounding.AwayFromZero);
            return (UnitId: m, Average: average, Scorers: received.Count, Votes: covenant.Votes.Count(v => v.ChosenUnitId == m));
        }).OrderByDescending(l => l.Average).ThenBy(l => unitName(l.UnitId), StringComparer.Create(VietnameseFormat.Culture, false)).ToList();

        var majority = members.Count / 2 + 1;
        var byVotes = lines.Where(l => l.Votes >= majority).OrderByDescending(l => l.Votes).ToList();
        var leading = new HashSet<int>(byVotes.Take(covenant.LeadingSeats).Select(l => l.UnitId));
        if (byVotes.Count > covenant.LeadingSeats && byVotes[covenant.LeadingSeats].Votes == byVotes[covenant.LeadingSeats - 1].Votes)
        {
            var tied = byVotes.Where(l => l.Votes == byVotes[covenant.LeadingSeats - 1].Votes).Select(l => unitName(l.UnitId));
            problems.Add($"Hòa phiếu suy tôn giữa {string.Join(", ", tied)} cho {covenant.LeadingSeats} vị trí dẫn đầu: các đơn vị bỏ phiếu lại.");
            leading.Clear();
        }

        if (notVoted.Count == 0 && byVotes.Count == 0 && members.Count >= 2)
        {
            problems.Add($"Không đơn vị nào được quá nửa số thành viên ({majority}/{members.Count}) suy tôn: các đơn vị bỏ phiếu lại.");
        }

        var rows = new List<RankingRow>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var rank = lines.FindIndex(l => l.Average == line.Average) + 1;
            var peers = lines.Where(l => l.Average == line.Average && l.UnitId != line.UnitId).Select(l => unitName(l.UnitId)).ToList();
            var explanation = string.Create(CultureInfo.InvariantCulture,
                $"Điểm bình quân {CovenantTexts.Points(line.Average)} từ {line.Scorers} đơn vị chấm")
                + (peers.Count > 0 ? $"; đồng hạng {rank} với {string.Join(", ", peers)} (cùng điểm bình quân)" : string.Empty)
                + $"; {line.Votes}/{members.Count} phiếu suy tôn" + (leading.Contains(line.UnitId) ? " — đơn vị dẫn đầu" : string.Empty) + ".";
            rows.Add(new RankingRow(line.UnitId, unitName(line.UnitId), rank, line.Average, line.Scorers, line.Votes, leading.Contains(line.UnitId), explanation));
        }

        return new RankingOutcome(rows, problems);
    }
}
