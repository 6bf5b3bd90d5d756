using ThiDua.Core.Registrations;
using ThiDua.Core.Shared;

namespace ThiDua.Web.Pages.Registrations;

/// <summary>Shared bits of the registration pages: the titles a person or a collective may register, status badges.</summary>
public static class RegistrationTexts
{
    public static readonly IReadOnlyList<AwardCode> PersonTitles = [AwardCode.Ldtt, AwardCode.Cstdcs, AwardCode.Cstdbo, AwardCode.Cstdtq];

    public static readonly IReadOnlyList<AwardCode> CollectiveTitles = [AwardCode.Ttldtt, AwardCode.Ttldxs, AwardCode.Ctdbo, AwardCode.Ctdcp];

    public static string Badge(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Approved => "text-bg-success",
        RegistrationStatus.Submitted => "text-bg-primary",
        RegistrationStatus.Returned => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    /// <summary>Units for a picker: the collectives (not departments) the user may see, by depth then code.</summary>
    public static string Indent(int depth) => new(' ', Math.Max(0, depth - 1) * 2);
}
