using ThiDua.Core.Identity;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Proposals;

/// <summary>Permissions of proposals (đề nghị khen thưởng), their dossiers and their routing.</summary>
public static class ProposalsPermissions
{
    /// <summary>The proposals made by the holder's units or sent to them for a decision.</summary>
    public static readonly Permission View = new(
        "Proposals.View",
        "Xem đề nghị khen thưởng của đơn vị và đề nghị gửi đơn vị xét",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader, Role.CouncilMember, Role.Inspector]);

    /// <summary>Make proposals for the holder's units, draft and upload the dossier, submit it.</summary>
    public static readonly Permission Propose = new(
        "Proposals.Propose",
        "Lập đề nghị khen thưởng, soạn và tải lên hồ sơ, trình cấp trên",
        [Role.Administrator, Role.EmulationOfficer]);

    /// <summary>As the deciding unit: receive, review, return, reject, approve; record the council's result.</summary>
    public static readonly Permission Review = new(
        "Proposals.Review",
        "Tiếp nhận, thẩm định, trả lại, từ chối, phê duyệt đề nghị gửi đơn vị mình",
        [Role.Administrator, Role.EmulationOfficer, Role.UnitLeader]);

    /// <summary>The processing times of the steps (national data: the grant must be on a root unit).</summary>
    public static readonly Permission ManageDeadlines = new(
        "Proposals.ManageDeadlines",
        "Sửa thời hạn xử lý từng bước của đề nghị khen thưởng (quản trị viên ở đơn vị gốc)",
        [Role.Administrator]);

    public static IReadOnlyList<Permission> All { get; } = [View, Propose, Review, ManageDeadlines];
}
