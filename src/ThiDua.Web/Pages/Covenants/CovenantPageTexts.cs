using ThiDua.Core.Covenants;
using ThiDua.Core.Organisation.Clusters;

namespace ThiDua.Web.Pages.Covenants;

/// <summary>The look of a covenant's step and the Vietnamese names of roles and signing methods (pages; the API gives codes).</summary>
public static class CovenantPageTexts
{
    public static string Badge(CovenantStatus status) => status switch
    {
        CovenantStatus.Draft => "text-bg-secondary",
        CovenantStatus.OpenForSigning => "text-bg-warning",
        CovenantStatus.AllSigned => "text-bg-success",
        CovenantStatus.MidYearReviewed => "text-bg-info",
        CovenantStatus.Scoring => "text-bg-primary",
        _ => "text-bg-dark",
    };

    public static string Role(ClusterRole role) => role switch
    {
        ClusterRole.HEAD => "Cụm trưởng",
        ClusterRole.DEPUTY => "Cụm phó",
        _ => "Thành viên",
    };

    public static string Method(SignatureMethod method) => method switch
    {
        SignatureMethod.Password => "xác nhận bằng mật khẩu",
        SignatureMethod.Totp => "xác nhận bằng mã xác thực hai lớp",
        _ => "ghi nhận từ dữ liệu",
    };
}
