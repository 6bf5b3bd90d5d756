using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared;

namespace ThiDua.Core.Awards.Councils;

/// <summary>The counts of a tally: ballots read, and (yes, no, abstain) per candidate in agenda order.</summary>
public sealed record TallyResult(int Ballots, IReadOnlyList<(int Yes, int No, int Abstain)> Counts);

/// <summary>Counting the ballots of a session: one pass over the choice strings, no allocation per ballot.</summary>
public static class CouncilTally
{
    /// <summary>Counts <paramref name="ballots"/> (one letter per candidate) for <paramref name="candidates"/> candidates; a malformed ballot throws.</summary>
    public static TallyResult Count(IEnumerable<string> ballots, int candidates)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        var yes = new int[candidates];
        var no = new int[candidates];
        var abstain = new int[candidates];
        var count = 0;
        foreach (var choices in ballots)
        {
            if (choices.Length != candidates)
            {
                throw new InvalidOperationException($"Phiếu có {choices.Length} lựa chọn, phiên họp có {candidates} người, tập thể được đề nghị.");
            }

            for (var i = 0; i < choices.Length; i++)
            {
                switch (choices[i])
                {
                    case 'Y':
                        yes[i]++;
                        break;
                    case 'N':
                        no[i]++;
                        break;
                    case 'A':
                        abstain[i]++;
                        break;
                    default:
                        throw new InvalidOperationException($"Phiếu có lựa chọn không hợp lệ '{choices[i]}'.");
                }
            }

            count++;
        }

        return new TallyResult(count, Enumerable.Range(0, candidates).Select(i => (yes[i], no[i], abstain[i])).ToList());
    }
}

/// <summary>Vietnamese names of the council's steps, roles and choices.</summary>
public static class CouncilTexts
{
    public static string Status(SessionStatus status) => status switch
    {
        SessionStatus.Draft => "Dự thảo",
        SessionStatus.Posting => "Đang công khai",
        SessionStatus.Voting => "Đang bỏ phiếu",
        SessionStatus.Closed => "Đã kết thúc",
        _ => status.ToString(),
    };

    public static string Action(SessionAction action) => action switch
    {
        SessionAction.EditAgenda => "sửa danh sách đề nghị",
        SessionAction.StartPosting => "bắt đầu công khai",
        SessionAction.ReturnToDraft => "trả về dự thảo",
        SessionAction.Comment => "góp ý",
        SessionAction.OpenVoting => "mở bỏ phiếu",
        SessionAction.Vote => "bỏ phiếu",
        SessionAction.Close => "kết thúc bỏ phiếu",
        _ => action.ToString(),
    };

    public static string Role(CouncilRole role) => role switch
    {
        CouncilRole.Chair => "Chủ tịch Hội đồng",
        CouncilRole.DeputyChair => "Phó Chủ tịch Hội đồng",
        CouncilRole.Secretary => "Ủy viên thư ký",
        _ => "Ủy viên",
    };

    public static string Choice(BallotChoice choice) => choice switch
    {
        BallotChoice.Yes => "Đồng ý",
        BallotChoice.No => "Không đồng ý",
        _ => "Không biểu quyết",
    };

    public static string Method(ParticipationMethod method) => method == ParticipationMethod.InPerson ? "trực tiếp" : "bằng văn bản";

    /// <summary>The award code of a candidate's title or form, or null for a code the regime does not know.</summary>
    public static AwardCode? Award(string code) => CodeOf<AwardCode>.TryParse(code, out var award) ? award : null;

    public static string AwardName(string code) => Award(code) is { } a ? VietnameseText.Name(a) : code;
}
