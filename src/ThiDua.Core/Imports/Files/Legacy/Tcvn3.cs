namespace ThiDua.Core.Imports.Files.Legacy;

/// <summary>
/// TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts such as .VnTime): one byte per letter, lower case in 0xA8–0xFE and the
/// seven base capitals in 0xA1–0xA7 (toned capitals come from the separate .VnTimeH fonts, which reuse the lower-case codes).
/// Text typed with those fonts reaches Excel as the Windows-1252 characters of those bytes, which is what is decoded here.
/// </summary>
internal static class Tcvn3
{
    private const char First = '\u00A0';

    /// <summary>The Unicode letter for each code from 0xA0 to 0xFF, eight a line; '\0' where TCVN3 has none.</summary>
    private static readonly char[] Letters =
    [
        '\0', '\u0102', '\u00C2', '\u00CA', '\u00D4', '\u01A0', '\u01AF', '\u0110',
        '\u0103', '\u00E2', '\u00EA', '\u00F4', '\u01A1', '\u01B0', '\u0111', '\0',
        '\0', '\0', '\0', '\0', '\0', '\u00E0', '\u1EA3', '\u00E3',
        '\u00E1', '\u1EA1', '\0', '\u1EB1', '\u1EB3', '\u1EB5', '\u1EAF', '\0',
        '\0', '\0', '\0', '\0', '\0', '\0', '\u1EB7', '\u1EA7',
        '\u1EA9', '\u1EAB', '\u1EA5', '\u1EAD', '\u00E8', '\0', '\u1EBB', '\u1EBD',
        '\u00E9', '\u1EB9', '\u1EC1', '\u1EC3', '\u1EC5', '\u1EBF', '\u1EC7', '\u00EC',
        '\u1EC9', '\0', '\0', '\0', '\u0129', '\u00ED', '\u1ECB', '\u00F2',
        '\0', '\u1ECF', '\u00F5', '\u00F3', '\u1ECD', '\u1ED3', '\u1ED5', '\u1ED7',
        '\u1ED1', '\u1ED9', '\u1EDD', '\u1EDF', '\u1EE1', '\u1EDB', '\u1EE3', '\u00F9',
        '\0', '\u1EE7', '\u0169', '\u00FA', '\u1EE5', '\u1EEB', '\u1EED', '\u1EEF',
        '\u1EE9', '\u1EF1', '\u1EF3', '\u1EF7', '\u1EF9', '\u00FD', '\u1EF5', '\0',
    ];

    /// <summary>True for a character that TCVN3 uses for a Vietnamese letter.</summary>
    public static bool IsCode(char c) => c >= First && c <= '\u00FF' && Letters[c - First] != '\0';

    /// <summary>The text read as TCVN3; characters outside the table are kept.</summary>
    public static string Decode(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (IsCode(chars[i]))
            {
                chars[i] = Letters[chars[i] - First];
            }
        }

        return new string(chars);
    }
}
