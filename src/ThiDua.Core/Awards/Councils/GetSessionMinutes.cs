using ThiDua.Core.Covenants;
using ThiDua.Core.Data;
using ThiDua.Core.Documents;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Councils;

/// <summary>The minutes (biên bản) of a closed session as an official document (<see cref="CouncilDocuments.Minutes"/>).</summary>
public sealed class GetSessionMinutes(AppDbContext db, ICurrentUser actor, CouncilQueries queries)
{
    public async Task<Result<OfficialDocument>> HandleAsync(int id, CancellationToken ct = default)
    {
        var result = await queries.GetSessionAsync(id, ct);
        if (!result.IsSuccess)
        {
            return Result<OfficialDocument>.NotFound();
        }

        var d = result.Value!;
        var s = d.Session;
        if (s.Status != SessionStatus.Closed || d.Tally is null)
        {
            return Result<OfficialDocument>.Invalid(new FieldError("Status", $"Biên bản được lập khi phiên họp đã kết thúc bỏ phiếu (bước hiện tại: {s.StatusName})."));
        }

        var session = await CouncilScope.LoadSessionAsync(db, actor, id, ct);
        var unit = session!.Council.Unit;
        var place = GetCovenantDocument.PlaceOf(unit.Name) ?? "Hà Nội";
        string Name(CouncilRole role) => d.Members.FirstOrDefault(m => m.Role == role)?.FullName ?? string.Empty;
        var input = new CouncilMinutesInput(
            new Issuer(unit.Name, s.CouncilName, unit.Code, place, "TCCB"),
            s.CouncilName, s.Title, s.MeetingOn, s.Year,
            d.Members.Select(m => new MinutesMember(m.FullName, CouncilTexts.Role(m.Role), m.Method is { } how ? "Có, " + CouncilTexts.Method(how) : "Vắng")).ToList(),
            s.MemberCount, d.Tally.Participants, d.Tally.Ballots, s.Quorum, d.Tally.QuorumMet, s.RegimeCode ?? string.Empty, s.PostingStart, s.PostingDays,
            session.Comments.Count,
            d.Candidates.Select(c => new MinutesCandidate(c.DisplayName, c.AwardName, c.Yes ?? 0, c.No ?? 0, c.Abstain ?? 0, c.RequiredVotes, c.Passed == true)).ToList(),
            Name(CouncilRole.Chair), Name(CouncilRole.Secretary));
        return Result<OfficialDocument>.Ok(CouncilDocuments.Minutes(input));
    }
}
