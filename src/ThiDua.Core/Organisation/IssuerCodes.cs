namespace ThiDua.Core.Organisation;

/// <summary>
/// The issuer's abbreviation that follows the type code in a document number [Decree 30, A-I II.3]: "THADS" for a
/// provincial agency ("05/QĐ-THADS", "…/TTr-THADS"), "PTHADS" for a regional office, "QLTHADS" for the Department,
/// "BTP" for the Ministry; another unit writes its code without punctuation. Decisions, submission letters and any other
/// numbered document of a unit take it from here.
/// </summary>
public static class IssuerCodes
{
    public static string Of(OrgUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Kind switch
        {
            UnitKind.PROVINCIAL => "THADS",
            UnitKind.REGIONAL => "PTHADS",
            UnitKind.CENTRAL => "QLTHADS",
            UnitKind.MINISTRY => "BTP",
            _ => new string(unit.Code.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant(),
        };
    }
}
