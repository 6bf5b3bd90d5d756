using ThiDua.Core.Awards.Eligibility;

namespace ThiDua.Core.Awards.Proposals;

/// <summary>Vietnamese names of the steps and actions, and the messages of refused steps.</summary>
public static class ProposalTexts
{
    public static string Status(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "Dự thảo",
        ProposalStatus.Submitted => "Đã trình",
        ProposalStatus.Received => "Đã tiếp nhận",
        ProposalStatus.UnderReview => "Đang thẩm định",
        ProposalStatus.Approved => "Đã phê duyệt",
        ProposalStatus.Rejected => "Bị từ chối",
        _ => "Đã có quyết định",
    };

    public static string Action(ProposalAction action) => action switch
    {
        ProposalAction.Edit => "Sửa hồ sơ",
        ProposalAction.Submit => "Trình cấp trên",
        ProposalAction.Receive => "Tiếp nhận hồ sơ",
        ProposalAction.StartReview => "Bắt đầu thẩm định",
        ProposalAction.Approve => "Phê duyệt",
        ProposalAction.Return => "Trả lại để bổ sung",
        ProposalAction.Reject => "Từ chối",
        _ => "Ghi nhận quyết định khen thưởng",
    };

    public static string Route(ProposalRoute route, string? routeCode) => route == ProposalRoute.Automatic
        ? "Từ danh sách đủ điều kiện"
        : routeCode is not null && DossierChecklist.ByHandRoutes.TryGetValue(routeCode, out var name) ? name : "Đề nghị thủ công";

    public static string AwardName(AwardCode code) => VietnameseText.Name(code);

    public static string NotAllowed(ProposalAction action, ProposalStatus status)
    {
        var allowed = Proposal.Transitions.Keys.Where(k => k.From == status).Select(k => Action(k.Action)).ToList();
        return $"Không thể \"{Action(action)}\" khi đề nghị đang ở bước \"{Status(status)}\""
            + (allowed.Count == 0 ? ": đề nghị đã kết thúc." : $"; bước tiếp theo được phép: {string.Join(", ", allowed)}. Không được bỏ qua bước.");
    }

    public static string Incomplete(IEnumerable<DossierItem> missing) =>
        "Hồ sơ chưa đầy đủ, còn thiếu: " + string.Join("; ", missing.Select(m => m.Name)) + ".";
}
