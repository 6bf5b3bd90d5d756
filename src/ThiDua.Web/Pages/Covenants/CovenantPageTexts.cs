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

    /// <summary>
    /// A number typed in a form, "85.5" or "85,5" whatever the page's language (model binding would read "85.5" as 855 in
    /// vi-VN); empty is null. False when it is not a number.
    /// </summary>
    public static bool TryNumber(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var normalised = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        if (decimal.TryParse(normalised, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    public static string Method(SignatureMethod method) => method switch
    {
        SignatureMethod.Password => "xác nhận bằng mật khẩu",
        SignatureMethod.Totp => "xác nhận bằng mã xác thực hai lớp",
        _ => "ghi nhận từ dữ liệu",
    };
}
