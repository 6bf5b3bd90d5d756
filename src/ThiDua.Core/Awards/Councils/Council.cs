using System.Security.Cryptography;
using System.Text.Json.Serialization;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Shared;
using ThiDua.Core.Organisation;

namespace ThiDua.Core.Awards.Councils;

/// <summary>A member's place in the council (Hội đồng Thi đua – Khen thưởng); every member votes, the secretary included (ủy viên thư ký).</summary>
public enum CouncilRole
{
    [JsonStringEnumMemberName("CHAIR")] Chair,
    [JsonStringEnumMemberName("DEPUTY_CHAIR")] DeputyChair,
    [JsonStringEnumMemberName("SECRETARY")] Secretary,
    [JsonStringEnumMemberName("MEMBER")] Member,
}

/// <summary>
/// The emulation and commendation council of a unit for one term (nhiệm kỳ): a chair, deputy chairs, a secretary and
/// members, all people of the unit's subtree. A unit has at most one council for any day (terms do not overlap).
/// </summary>
public sealed class Council
{
    private readonly List<CouncilMember> _members = [];

    private Council()
    {
    }

    public Council(int unitId, string name, DateOnly termStart, DateOnly? termEnd, string? decision)
    {
        UnitId = unitId;
        Change(name, termStart, termEnd, decision);
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public OrgUnit Unit { get; private set; } = null!;

    public string Name { get; private set; } = string.Empty;

    public DateOnly TermStart { get; private set; }

    public DateOnly? TermEnd { get; private set; }

    /// <summary>The decision establishing the council, e.g. "Quyết định số 12/QĐ-THADS ngày 05/01/2026".</summary>
    public string? Decision { get; private set; }

    public IReadOnlyList<CouncilMember> Members => _members;

    public void Change(string name, DateOnly termStart, DateOnly? termEnd, string? decision)
    {
        Name = name.Trim();
        TermStart = termStart;
        TermEnd = termEnd;
        Decision = string.IsNullOrWhiteSpace(decision) ? null : decision.Trim();
    }

    public void SetMembers(IEnumerable<(int PersonId, CouncilRole Role)> members)
    {
        _members.Clear();
        var order = 0;
        foreach (var (personId, role) in members.OrderBy(m => m.Role))
        {
            _members.Add(new CouncilMember(personId, role, ++order));
        }
    }

    public bool Covers(DateOnly day) => TermStart <= day && (TermEnd is null || day <= TermEnd);
}

public sealed class CouncilMember
{
    private CouncilMember()
    {
    }

    internal CouncilMember(int personId, CouncilRole role, int order)
    {
        PersonId = personId;
        Role = role;
        Order = order;
    }

    public int Id { get; private set; }

    public int CouncilId { get; private set; }

    public int PersonId { get; private set; }

    public Person Person { get; private set; } = null!;

    public CouncilRole Role { get; private set; }

    public int Order { get; private set; }
}

/// <summary>The steps of a council session.</summary>
public enum SessionStatus
{
    /// <summary>The agenda of candidates is being prepared.</summary>
    [JsonStringEnumMemberName("DRAFT")] Draft,

    /// <summary>The candidates are posted publicly; comments are received.</summary>
    [JsonStringEnumMemberName("POSTING")] Posting,

    /// <summary>The secret ballot is open.</summary>
    [JsonStringEnumMemberName("VOTING")] Voting,

    /// <summary>The ballot is closed, tallied and published; the minutes can be generated.</summary>
    [JsonStringEnumMemberName("CLOSED")] Closed,
}

public enum SessionAction
{
    EditAgenda,
    StartPosting,
    ReturnToDraft,
    Comment,
    OpenVoting,
    Vote,
    Close,
}

/// <summary>A person or a collective (unit) on the agenda.</summary>
public enum CandidateKind
{
    [JsonStringEnumMemberName("PERSON")] Person,
    [JsonStringEnumMemberName("COLLECTIVE")] Collective,
}

/// <summary>What a ballot says about one candidate.</summary>
public enum BallotChoice
{
    [JsonStringEnumMemberName("YES")] Yes,
    [JsonStringEnumMemberName("NO")] No,
    [JsonStringEnumMemberName("ABSTAIN")] Abstain,
}

/// <summary>How a member took part: at the session in the application, or a written vote entered by the secretary.</summary>
public enum ParticipationMethod
{
    [JsonStringEnumMemberName("IN_PERSON")] InPerson,
    [JsonStringEnumMemberName("IN_WRITING")] InWriting,
}

/// <summary>
/// A meeting of the council on the candidates of one emulation year: agenda → public posting (comments) → secret ballot
/// → closed and tallied. An explicit state machine (<see cref="Transitions"/>): no step is skipped; going back from
/// the posting to the draft needs a reason. The electorate (<see cref="SessionMember"/>) is frozen when voting opens.
/// </summary>
public sealed class CouncilSession
{
    public static readonly IReadOnlyDictionary<(SessionStatus From, SessionAction Action), SessionStatus> Transitions =
        new Dictionary<(SessionStatus, SessionAction), SessionStatus>
        {
            [(SessionStatus.Draft, SessionAction.EditAgenda)] = SessionStatus.Draft,
            [(SessionStatus.Draft, SessionAction.StartPosting)] = SessionStatus.Posting,
            [(SessionStatus.Posting, SessionAction.ReturnToDraft)] = SessionStatus.Draft,
            [(SessionStatus.Posting, SessionAction.Comment)] = SessionStatus.Posting,
            [(SessionStatus.Posting, SessionAction.OpenVoting)] = SessionStatus.Voting,
            [(SessionStatus.Voting, SessionAction.Vote)] = SessionStatus.Voting,
            [(SessionStatus.Voting, SessionAction.Close)] = SessionStatus.Closed,
        };

    private readonly List<SessionCandidate> _candidates = [];
    private readonly List<SessionMember> _electorate = [];
    private readonly List<PostingComment> _comments = [];

    private CouncilSession()
    {
    }

    public CouncilSession(int councilId, int year, string title, DateOnly meetingOn, bool allowAbstain)
    {
        CouncilId = councilId;
        Year = year;
        Title = title.Trim();
        MeetingOn = meetingOn;
        AllowAbstain = allowAbstain;
        Status = SessionStatus.Draft;
    }

    public int Id { get; private set; }

    public int CouncilId { get; private set; }

    public Council Council { get; private set; } = null!;

    /// <summary>The emulation year whose candidates are considered.</summary>
    public int Year { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>The planned day of the meeting; the day voting opens replaces it.</summary>
    public DateOnly MeetingOn { get; private set; }

    /// <summary>Whether a member may abstain on a candidate (default no: every ballot says yes or no, ADR 0019).</summary>
    public bool AllowAbstain { get; private set; }

    public SessionStatus Status { get; private set; }

    public DateOnly? PostingStart { get; private set; }

    /// <summary>The first day voting may open: <see cref="PostingStart"/> plus the regime's working days.</summary>
    public DateOnly? PostingEnd { get; private set; }

    public int PostingDays { get; private set; }

    /// <summary>The regime whose thresholds apply (resolved on the day voting opens).</summary>
    public string? RegimeCode { get; private set; }

    public int MemberCount { get; private set; }

    public int Quorum { get; private set; }

    public int? ParticipantCount { get; private set; }

    public int? BallotCount { get; private set; }

    public bool? QuorumMet { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? LastReason { get; private set; }

    public IReadOnlyList<SessionCandidate> Candidates => _candidates;

    public IReadOnlyList<SessionMember> Electorate => _electorate;

    public IReadOnlyList<PostingComment> Comments => _comments;

    /// <summary>The Vietnamese refusal of <paramref name="action"/> in the current step, or null when allowed.</summary>
    public string? Refusal(SessionAction action) => Transitions.ContainsKey((Status, action))
        ? null
        : action switch
        {
            SessionAction.Vote when Status == SessionStatus.Closed => $"Phiên họp “{Title}” đã kết thúc bỏ phiếu ngày {Shared.VietnameseFormat.Date(ClosedOn)}: không nhận phiếu nữa.",
            SessionAction.Vote => $"Phiên họp “{Title}” chưa mở bỏ phiếu (bước hiện tại: {CouncilTexts.Status(Status)}).",
            SessionAction.Comment => $"Chỉ góp ý trong thời gian công khai danh sách; phiên họp đang ở bước “{CouncilTexts.Status(Status)}”.",
            SessionAction.EditAgenda => $"Danh sách đề nghị chỉ sửa được ở bước Dự thảo; phiên họp đang ở bước “{CouncilTexts.Status(Status)}”.",
            _ => $"Không thể {CouncilTexts.Action(action)} khi phiên họp đang ở bước “{CouncilTexts.Status(Status)}”.",
        };

    public void Change(string title, DateOnly meetingOn, bool allowAbstain)
    {
        Title = title.Trim();
        MeetingOn = meetingOn;
        AllowAbstain = allowAbstain;
    }

    public SessionCandidate AddCandidate(CandidateKind kind, int? personId, int? unitId, string code, int year, string displayName, int? proposalId)
    {
        var candidate = new SessionCandidate(kind, personId, unitId, code, year, displayName, proposalId, _candidates.Count + 1);
        _candidates.Add(candidate);
        return candidate;
    }

    public void RemoveCandidate(SessionCandidate candidate)
    {
        _candidates.Remove(candidate);
        var order = 0;
        foreach (var c in _candidates.OrderBy(c => c.Order))
        {
            c.Renumber(++order);
        }
    }

    public void StartPosting(DateOnly start, DateOnly end, int days)
    {
        Status = SessionStatus.Posting;
        PostingStart = start;
        PostingEnd = end;
        PostingDays = days;
    }

    public void ReturnToDraft(string reason)
    {
        Status = SessionStatus.Draft;
        PostingStart = null;
        PostingEnd = null;
        LastReason = reason.Trim();
    }

    public PostingComment AddComment(int candidateId, int? userId, string authorName, string text, DateTime at)
    {
        var comment = new PostingComment(candidateId, userId, authorName, text, at);
        _comments.Add(comment);
        return comment;
    }

    /// <summary>Opens the ballot: freezes the electorate, the regime, the quorum and each candidate's required votes.</summary>
    public void OpenVoting(DateOnly on, string regimeCode, IReadOnlyList<(int PersonId, CouncilRole Role, string Name, string Position)> members, Func<AwardCode?, int, int> required, int quorum)
    {
        Status = SessionStatus.Voting;
        MeetingOn = on;
        RegimeCode = regimeCode;
        _electorate.Clear();
        foreach (var m in members)
        {
            _electorate.Add(new SessionMember(m.PersonId, m.Role, m.Name, m.Position));
        }

        MemberCount = members.Count;
        Quorum = quorum;
        foreach (var c in _candidates)
        {
            c.Require(required(CouncilTexts.Award(c.Code), members.Count));
        }
    }

    /// <summary>Records the published tally (<see cref="CouncilTally"/>).</summary>
    public void Close(DateOnly on, int participants, TallyResult tally)
    {
        Status = SessionStatus.Closed;
        ClosedOn = on;
        ParticipantCount = participants;
        BallotCount = tally.Ballots;
        QuorumMet = participants >= Quorum;
        foreach (var c in _candidates)
        {
            var (yes, no, abstain) = tally.Counts[c.Order - 1];
            c.Record(yes, no, abstain, QuorumMet == true && yes >= c.RequiredVotes);
        }
    }
}

/// <summary>One candidate on the agenda (a person or a unit, the title or form proposed, the year) and, after the close, its result.</summary>
public sealed class SessionCandidate
{
    private SessionCandidate()
    {
    }

    internal SessionCandidate(CandidateKind kind, int? personId, int? unitId, string code, int year, string displayName, int? proposalId, int order)
    {
        Kind = kind;
        PersonId = personId;
        UnitId = unitId;
        Code = code.Trim().ToUpperInvariant();
        Year = year;
        DisplayName = displayName.Trim();
        ProposalId = proposalId;
        Order = order;
    }

    public int Id { get; private set; }

    public int SessionId { get; private set; }

    /// <summary>Position on the agenda and on every ballot (1-based).</summary>
    public int Order { get; private set; }

    public CandidateKind Kind { get; private set; }

    public int? PersonId { get; private set; }

    public int? UnitId { get; private set; }

    /// <summary>The title or form code, e.g. CSTDCS, BKBO, TTLDXS.</summary>
    public string Code { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public string DisplayName { get; private set; } = string.Empty;

    /// <summary>The proposal (hồ sơ đề nghị) this candidate comes from; no foreign key yet (ADR 0018).</summary>
    public int? ProposalId { get; private set; }

    public int RequiredVotes { get; private set; }

    public int? Yes { get; private set; }

    public int? No { get; private set; }

    public int? Abstain { get; private set; }

    public bool? Passed { get; private set; }

    internal void Renumber(int order) => Order = order;

    internal void Require(int votes) => RequiredVotes = votes;

    internal void Record(int yes, int no, int abstain, bool passed)
    {
        Yes = yes;
        No = no;
        Abstain = abstain;
        Passed = passed;
    }
}

/// <summary>The electorate of a session, frozen when voting opens (names kept for the minutes).</summary>
public sealed class SessionMember
{
    private SessionMember()
    {
    }

    internal SessionMember(int personId, CouncilRole role, string fullName, string position)
    {
        PersonId = personId;
        Role = role;
        FullName = fullName;
        Position = position;
    }

    public int SessionId { get; private set; }

    public int PersonId { get; private set; }

    public CouncilRole Role { get; private set; }

    public string FullName { get; private set; } = string.Empty;

    public string Position { get; private set; } = string.Empty;
}

/// <summary>A comment received during the public posting, shown to the council.</summary>
public sealed class PostingComment
{
    private PostingComment()
    {
    }

    internal PostingComment(int candidateId, int? userId, string authorName, string text, DateTime at)
    {
        CandidateId = candidateId;
        AuthorUserId = userId;
        AuthorName = authorName;
        Text = text.Trim();
        CreatedAt = at;
    }

    public int Id { get; private set; }

    public int SessionId { get; private set; }

    public int CandidateId { get; private set; }

    public int? AuthorUserId { get; private set; }

    public string AuthorName { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }
}

/// <summary>
/// Who took part (ADR 0019): the session, the person, how, and the day only — never the time, never anything of the
/// ballot. The key is (session, person), so a second vote cannot be stored.
/// </summary>
public sealed class VoteParticipation
{
    private VoteParticipation()
    {
    }

    public VoteParticipation(int sessionId, int personId, ParticipationMethod method, DateOnly on)
    {
        SessionId = sessionId;
        PersonId = personId;
        Method = method;
        On = on;
    }

    public int SessionId { get; private set; }

    public int PersonId { get; private set; }

    public ParticipationMethod Method { get; private set; }

    public DateOnly On { get; private set; }
}

/// <summary>
/// What was chosen (ADR 0019): a random id, the session, the voter's random receipt and one letter per candidate in
/// agenda order (Y yes, N no, A abstain). No person, no time, no sequence; rewritten in a random order with new ids
/// when the session closes.
/// </summary>
public sealed class SecretBallot
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private SecretBallot()
    {
    }

    public SecretBallot(int sessionId, string receipt, string choices)
    {
        Id = Guid.NewGuid();
        SessionId = sessionId;
        Receipt = receipt;
        Choices = choices;
    }

    public Guid Id { get; private set; }

    public int SessionId { get; private set; }

    /// <summary>12 random characters in groups of four, e.g. "K7QX-3M9P-ZT4A" (60 bits).</summary>
    public string Receipt { get; private set; } = string.Empty;

    public string Choices { get; private set; } = string.Empty;

    public static string NewReceipt()
    {
        Span<char> chars = stackalloc char[14];
        var j = 0;
        for (var i = 0; i < 12; i++)
        {
            if (i is 4 or 8)
            {
                chars[j++] = '-';
            }

            chars[j++] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    public static char Letter(BallotChoice choice) => choice switch
    {
        BallotChoice.Yes => 'Y',
        BallotChoice.No => 'N',
        _ => 'A',
    };

    public static BallotChoice Choice(char letter) => letter switch
    {
        'Y' => BallotChoice.Yes,
        'N' => BallotChoice.No,
        _ => BallotChoice.Abstain,
    };
}
