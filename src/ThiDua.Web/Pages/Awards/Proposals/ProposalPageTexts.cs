using ThiDua.Core.Awards.Proposals;

namespace ThiDua.Web.Pages.Awards.Proposals;

/// <summary>Badges of the proposal steps.</summary>
public static class ProposalPageTexts
{
    public static string Badge(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "text-bg-secondary",
        ProposalStatus.Submitted => "text-bg-info",
        ProposalStatus.Received => "text-bg-info",
        ProposalStatus.UnderReview => "text-bg-primary",
        ProposalStatus.Approved => "text-bg-success",
        ProposalStatus.Rejected => "text-bg-danger",
        _ => "text-bg-dark",
    };

    /// <summary>The steps in order, for the progress bar.</summary>
    public static IReadOnlyList<ProposalStatus> Steps { get; } =
        [ProposalStatus.Draft, ProposalStatus.Submitted, ProposalStatus.Received, ProposalStatus.UnderReview, ProposalStatus.Approved, ProposalStatus.Decided];

    public static string StepLabel(string code) => code switch
    {
        "SUBMIT" => "Trình cấp trên",
        "RECEIVE" => "Tiếp nhận hồ sơ",
        "START_REVIEW" => "Bắt đầu thẩm định",
        "APPROVE" => "Phê duyệt",
        "RETURN" => "Trả lại để bổ sung",
        _ => "Từ chối",
    };

    public static string StepNotice(string code) => code.ToUpperInvariant() switch
    {
        "SUBMIT" => "Đã trình hồ sơ lên cấp trên; đơn vị xét đã được thông báo.",
        "RECEIVE" => "Đã tiếp nhận hồ sơ.",
        "START_REVIEW" => "Đã bắt đầu thẩm định hồ sơ.",
        "APPROVE" => "Đã phê duyệt đề nghị; đơn vị đề nghị đã được thông báo.",
        "RETURN" => "Đã trả lại hồ sơ cho đơn vị đề nghị để bổ sung.",
        _ => "Đã từ chối đề nghị.",
    };

    public static string StepConfirm(string code) => code switch
    {
        "SUBMIT" => "Trình hồ sơ đề nghị lên cấp trên? Sau khi trình, hồ sơ không sửa được nữa trừ khi bị trả lại.",
        "RECEIVE" => "Xác nhận đã tiếp nhận hồ sơ đề nghị?",
        "START_REVIEW" => "Bắt đầu thẩm định hồ sơ?",
        "APPROVE" => "Phê duyệt đề nghị khen thưởng?",
        "RETURN" => "Trả lại hồ sơ cho đơn vị đề nghị để bổ sung?",
        _ => "Từ chối đề nghị? Đây là bước cuối, không hoàn tác được.",
    };
}
