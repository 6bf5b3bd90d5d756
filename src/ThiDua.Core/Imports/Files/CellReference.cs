using System.Globalization;

namespace ThiDua.Core.Imports.Files;

/// <summary>A1-style cell names: "C7" is column 2 (0-based), row 7.</summary>
internal static class CellReference
{
    /// <summary>Excel's widest sheet (XFD); nothing legitimate goes further.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>Excel's tallest sheet.</summary>
    public const int MaxRowNumber = 1_048_576;

    /// <summary>The 0-based column of a reference such as "C7" or "AB12", or -1 when it does not start with 1–3 letters.</summary>
    public static int ParseColumn(ReadOnlySpan<char> reference)
    {
        var column = 0;
        var letters = 0;
        while (letters < reference.Length && char.IsAsciiLetter(reference[letters]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[letters]) - 'A' + 1);
            letters++;
            if (letters > 3)
            {
                return -1;
            }
        }

        return letters == 0 || column > MaxColumns ? -1 : column - 1;
    }

    /// <summary>The 1-based row of a reference such as "C7", or -1 when there is none.</summary>
    public static int ParseRow(ReadOnlySpan<char> reference)
    {
        var letters = 0;
        while (letters < reference.Length && char.IsAsciiLetter(reference[letters]))
        {
            letters++;
        }

        return int.TryParse(reference[letters..], NumberStyles.None, CultureInfo.InvariantCulture, out var row)
            && row is >= 1 and <= MaxRowNumber ? row : -1;
    }

    /// <summary>"A", "B"… "Z", "AA"… for a 0-based column.</summary>
    public static string ColumnName(int column)
    {
        Span<char> name = stackalloc char[3];
        var length = 0;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name[length++] = (char)('A' + ((n - 1) % 26));
        }

        name[..length].Reverse();
        return new string(name[..length]);
    }

    /// <summary>"B2" for column 1, row 2.</summary>
    public static string Name(int column, int rowNumber) => ColumnName(column) + rowNumber.ToString(CultureInfo.InvariantCulture);
}
