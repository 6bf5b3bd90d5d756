using ThiDua.Core.Awards.Councils;

namespace ThiDua.Web.Pages.Awards.Councils;

/// <summary>The council form of the pages: name, term, decision and member rows (person code + role).</summary>
public sealed class CouncilForm
{
    public int UnitId { get; set; }

    public string? Name { get; set; }

    public DateOnly? TermStart { get; set; }

    public DateOnly? TermEnd { get; set; }

    public string? Decision { get; set; }

    public List<MemberRow> Members { get; set; } = [];

    /// <summary>The rows that name someone, resolved from "code – name" to person ids; unknown codes are returned for a message.</summary>
    public (List<CouncilMemberInput> Members, List<string> Unknown) Resolve(IReadOnlyList<PickerItem> people)
    {
        var members = new List<CouncilMemberInput>();
        var unknown = new List<string>();
        foreach (var row in Members.Where(r => !string.IsNullOrWhiteSpace(r.Person)))
        {
            var code = row.Person!.Split(' ', 2)[0].Trim();
            if (people.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase)) is { } person)
            {
                members.Add(new CouncilMemberInput(person.Id, row.Role));
            }
            else
            {
                unknown.Add(row.Person);
            }
        }

        return (members, unknown);
    }

    public CouncilInput ToInput(List<CouncilMemberInput> members) => new(UnitId, Name, TermStart, TermEnd, Decision, members);
}

public sealed class MemberRow
{
    public string? Person { get; set; }

    public CouncilRole Role { get; set; } = CouncilRole.Member;
}

public static class CouncilPageTexts
{
    public static string Badge(SessionStatus status) => status switch
    {
        SessionStatus.Draft => "text-bg-secondary",
        SessionStatus.Posting => "text-bg-info",
        SessionStatus.Voting => "text-bg-warning",
        _ => "text-bg-success",
    };

    public static IReadOnlyList<CouncilRole> Roles { get; } = [CouncilRole.Chair, CouncilRole.DeputyChair, CouncilRole.Secretary, CouncilRole.Member];
}
