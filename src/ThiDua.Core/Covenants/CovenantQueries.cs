using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Covenants;

public sealed record CovenantSummary(
    int Id, int ClusterId, string ClusterCode, string ClusterName, ClusterKind ClusterKind, int Year, string Title, CovenantStatus Status,
    string StatusName, int HeadUnitId, string HeadUnitName, int Members, int SignedCount, IReadOnlyList<string> LeadingUnits);

public sealed record CovenantView(
    int Id, int ClusterId, string ClusterCode, string ClusterName, ClusterKind ClusterKind, string OrganiserName, int Year, string Title,
    CovenantStatus Status, string StatusName, int HeadUnitId, string HeadUnitName, int MaxPoints, int LeadingSeats,
    DateTime? OpenedAt, DateTime? SignedAt, DateTime? ReviewedAt, DateTime? ScoringStartedAt, DateTime? ClosedAt,
    string? LastReason, string? ReviewSummary);

public sealed record CommitmentView(
    int Order, string Text, string? Indicator, decimal? TargetValue, string? TargetUnit, decimal? ProgressValue, decimal? ProgressPercent, string? ProgressComment);

public sealed record CriterionView(int Id, int Order, string Name, int MaxPoints);

public sealed record SignatureView(string SignerName, DateTime SignedAt, SignatureMethod Method);

public sealed record CovenantMemberView(int UnitId, string Code, string Name, ClusterRole Role, int RotationOrder, SignatureView? Signature);

/// <summary>The total that <see cref="ScorerUnitId"/> gave <see cref="ScoredUnitId"/> (× 100), complete when every criterion is scored.</summary>
public sealed record ScoreCell(int ScorerUnitId, int ScoredUnitId, int TotalHundredths, bool Complete);

public sealed record ScoreEntry(int ScorerUnitId, int ScoredUnitId, int CriterionId, int Hundredths);

public sealed record VoteView(int VoterUnitId, IReadOnlyList<int> ChosenUnitIds);

/// <summary>
/// A covenant as a member sees it: commitments and progress, criteria, members with their signatures (who has signed
/// and who has not), the cross-scoring matrix, the votes, the ranking (stored when closed, otherwise the live one with
/// what still stops the close), and which units the user may sign, score or vote for.
/// </summary>
public sealed record CovenantDetails(
    CovenantView Covenant,
    IReadOnlyList<CommitmentView> Commitments,
    IReadOnlyList<CriterionView> Criteria,
    IReadOnlyList<CovenantMemberView> Members,
    IReadOnlyList<ScoreCell> Matrix,
    IReadOnlyList<ScoreEntry> MyScores,
    IReadOnlyList<VoteView> Votes,
    IReadOnlyList<RankingRow> Ranking,
    IReadOnlyList<string> OpenProblems,
    bool CanManage,
    IReadOnlyList<int> CanSignFor,
    IReadOnlyList<int> CanScoreFor);

/// <summary>The covenants a user sees (<see cref="CovenantScope"/>) and one covenant in full; another cluster's: not found.</summary>
public sealed class CovenantQueries(AppDbContext db, ICurrentUser actor)
{
    public async Task<IReadOnlyList<CovenantSummary>> ListAsync(int? year, int? clusterId, CancellationToken ct = default)
    {
        var query = CovenantScope.Visible(db, actor).AsNoTracking();
        if (year is int y)
        {
            query = query.Where(c => c.Year == y);
        }

        if (clusterId is int cid)
        {
            query = query.Where(c => c.ClusterId == cid);
        }

        var rows = await query.Select(c => new
        {
            c.Id, c.ClusterId, c.Cluster.Code, ClusterName = c.Cluster.Name, c.Cluster.Kind, c.Year, c.Title, c.Status, c.HeadUnitId, HeadName = c.HeadUnit.Name,
            Members = db.ClusterMembers.Count(m => m.ClusterId == c.ClusterId && m.Year == c.Year),
            Signed = c.Signatures.Count,
            Leading = c.Results.Where(r => r.IsLeading).Select(r => r.Unit.Name).ToList(),
        }).ToListAsync(ct);
        var collator = StringComparer.Create(VietnameseFormat.Culture, false);
        return rows.OrderByDescending(r => r.Year).ThenBy(r => r.Kind).ThenBy(r => r.ClusterName, collator)
            .Select(r => new CovenantSummary(r.Id, r.ClusterId, r.Code, r.ClusterName, r.Kind, r.Year, r.Title, r.Status, CovenantTexts.Status(r.Status),
                r.HeadUnitId, r.HeadName, r.Members, r.Signed, r.Leading))
            .ToList();
    }

    public async Task<Result<CovenantDetails>> GetAsync(int id, CancellationToken ct = default)
    {
        var c = await CovenantScope.LoadAsync(db, actor, id, ct);
        if (c is null)
        {
            return Result<CovenantDetails>.NotFound();
        }

        var members = await CovenantScope.MembersAsync(db, c.ClusterId, c.Year, ct);
        var names = members.ToDictionary(m => m.UnitId, m => m.Name);
        var ids = members.Select(m => m.UnitId).ToList();
        string Name(int unit) => names.TryGetValue(unit, out var n) ? n : $"Đơn vị {unit}";
        var view = new CovenantView(c.Id, c.ClusterId, c.Cluster.Code, c.Cluster.Name, c.Cluster.Kind, c.Cluster.OwnerUnit.Name, c.Year, c.Title, c.Status,
            CovenantTexts.Status(c.Status), c.HeadUnitId, c.HeadUnit.Name, c.MaxPoints, c.LeadingSeats, c.OpenedAt, c.SignedAt, c.ReviewedAt,
            c.ScoringStartedAt, c.ClosedAt, c.LastReason, c.ReviewSummary);
        var criteria = c.Criteria.OrderBy(x => x.Order).ToList();
        var matrix = c.Scores.GroupBy(s => (s.ScorerUnitId, s.ScoredUnitId))
            .Select(g => new ScoreCell(g.Key.ScorerUnitId, g.Key.ScoredUnitId, g.Sum(s => s.Hundredths), g.Count() >= criteria.Count)).ToList();
        var canScoreFor = ids.Where(u => CovenantScope.ActsFor(actor, CovenantsPermissions.Score, u) && !actor.IsSystem).ToList();
        List<RankingRow> ranking;
        IReadOnlyList<string> problems = [];
        if (c.Status == CovenantStatus.Closed)
        {
            ranking = c.Results.OrderBy(r => r.Rank).ThenBy(r => Name(r.UnitId), StringComparer.Create(VietnameseFormat.Culture, false))
                .Select(r => new RankingRow(r.UnitId, Name(r.UnitId), r.Rank, r.AverageHundredths,
                    c.Scores.Where(s => s.ScoredUnitId == r.UnitId).Select(s => s.ScorerUnitId).Distinct().Count(), r.Votes, r.IsLeading, r.Explanation)).ToList();
        }
        else if (c.Status == CovenantStatus.Scoring)
        {
            var outcome = CovenantRanking.Compute(c, ids, Name);
            ranking = [.. outcome.Rows];
            problems = outcome.Problems;
        }
        else
        {
            ranking = [];
        }

        return Result<CovenantDetails>.Ok(new CovenantDetails(
            view,
            c.Commitments.OrderBy(x => x.Order).Select(x => new CommitmentView(x.Order, x.Text, x.Indicator, x.TargetValue, x.TargetUnit, x.ProgressValue, x.ProgressPercent, x.ProgressComment)).ToList(),
            criteria.Select(x => new CriterionView(x.Id, x.Order, x.Name, x.MaxPoints)).ToList(),
            members.Select(m => new CovenantMemberView(m.UnitId, m.Code, m.Name, m.Role, m.RotationOrder,
                c.Signatures.FirstOrDefault(s => s.UnitId == m.UnitId) is { } s ? new SignatureView(s.SignerName, s.SignedAt, s.Method) : null)).ToList(),
            matrix,
            c.Scores.Where(s => canScoreFor.Contains(s.ScorerUnitId)).Select(s => new ScoreEntry(s.ScorerUnitId, s.ScoredUnitId, s.CriterionId, s.Hundredths)).ToList(),
            c.Votes.GroupBy(v => v.VoterUnitId).Select(g => new VoteView(g.Key, g.Select(v => v.ChosenUnitId).ToList())).ToList(),
            ranking,
            problems,
            CovenantScope.CanManage(actor, c.HeadUnit.Path, c.Cluster.OwnerUnit.Path),
            ids.Where(u => c.Signatures.All(s => s.UnitId != u) && !actor.IsSystem && CovenantScope.ActsFor(actor, CovenantsPermissions.Sign, u)).ToList(),
            canScoreFor));
    }
}
