using System.Globalization;
using ThiDua.Core.Identity;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Decisions;

/// <summary>Permissions of award decisions: officers draft, the unit's leaders issue and revoke.</summary>
public static class DecisionsPermissions
{
    public static readonly Permission View = new(
        "Decisions.View",
        "Xem quyết định khen thưởng của đơn vị trong phạm vi",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader, Role.CouncilMember, Role.Inspector]);

    public static readonly Permission Draft = new(
        "Decisions.Draft",
        "Soạn, sửa dự thảo quyết định khen thưởng",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader]);

    /// <summary>Issue (number, freeze, write award records) and revoke: the unit's leaders only.</summary>
    public static readonly Permission Issue = new(
        "Decisions.Issue",
        "Ban hành (cấp số) và thu hồi quyết định khen thưởng (lãnh đạo đơn vị)",
        [Role.UnitLeader]);

    public static IReadOnlyList<Permission> All { get; } = [View, Draft, Issue];
}

/// <summary>The Vietnamese words of the decisions module.</summary>
public static class DecisionTexts
{
    /// <summary>"05/QĐ-THADS": zero-padded below 10 [Decree 30, A-I II.3].</summary>
    public static string Notation(int number, string symbol) => number.ToString("00", CultureInfo.InvariantCulture) + "/" + symbol;

    public static string Status(DecisionStatus status) => status switch
    {
        DecisionStatus.Draft => "Dự thảo",
        DecisionStatus.Issued => "Đã ban hành",
        _ => "Đã thu hồi",
    };

    public static string Action(DecisionAction action) => action switch
    {
        DecisionAction.Edit => "Sửa dự thảo",
        DecisionAction.Issue => "Ban hành",
        DecisionAction.RevokeLine => "Thu hồi khen thưởng của một người, tập thể",
        _ => "Thu hồi toàn bộ quyết định",
    };

    public static string Ground(RevocationGround ground) => ground switch
    {
        RevocationGround.FalseDeclaration => "Khai man thành tích",
        RevocationGround.ForgedDossier => "Làm giả hồ sơ, giấy tờ",
        _ => "Thẩm định, xét duyệt, đề nghị, quyết định khen thưởng trái pháp luật",
    };

    public static string GroundCode(RevocationGround ground) => ground switch
    {
        RevocationGround.FalseDeclaration => "KHAI_MAN",
        RevocationGround.ForgedDossier => "GIA_MAO",
        _ => "TRAI_PHAP_LUAT",
    };

    public static RevocationGround? ParseGround(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "KHAI_MAN" or "FALSEDECLARATION" => RevocationGround.FalseDeclaration,
        "GIA_MAO" or "FORGEDDOSSIER" => RevocationGround.ForgedDossier,
        "TRAI_PHAP_LUAT" or "UNLAWFULAPPRAISAL" => RevocationGround.UnlawfulAppraisal,
        _ => null,
    };

    public static string NotAllowed(DecisionAction action, DecisionStatus status) =>
        $"Không thể {Action(action).ToLower(Shared.VietnameseFormat.Culture)}: quyết định đang ở trạng thái “{Status(status)}”"
        + (status == DecisionStatus.Draft ? "; hãy ban hành trước." : status == DecisionStatus.Issued ? "; quyết định đã ban hành không sửa được." : ".");

    public static string AlreadyRevoked(DecisionLine line) =>
        $"Khen thưởng của {line.Name} đã bị thu hồi ngày {Shared.VietnameseFormat.Date(line.RevokedOn)}.";
}
