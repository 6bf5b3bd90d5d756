using System.Text.RegularExpressions;

namespace ThiDua.Core.Organisation;

/// <summary>The shape of unit and person codes ("LSN-KV1", "LSN-0100"): the keys of files, exports and re-imports.</summary>
public static partial class EntityCodes
{
    [GeneratedRegex("^[A-Z0-9][A-Z0-9._-]{0,31}$")]
    private static partial Regex Pattern();

    /// <summary>Letters without diacritics, digits, dot, hyphen, underscore; up to 32 characters; case is ignored.</summary>
    public static bool IsValid(string? code) => Pattern().IsMatch(code?.Trim().ToUpperInvariant() ?? string.Empty);
}
