using System.Globalization;

namespace ThiDua.Core.Imports.Files;

/// <summary>
/// One cell as read: text (trimmed, NFC) or a number (Excel numbers, including date serials, stay numbers).
/// CSV cells are always text; <see cref="CellParsers"/> turns either kind into dates, integers, decimals or yes/no.
/// </summary>
public readonly record struct CellValue(string? Text, double? Number)
{
    /// <summary>The empty cell.</summary>
    public static CellValue Empty => default;

    /// <summary>
    /// True when the cell holds a formula whose result Excel never saved (the file was produced by a tool that does not
    /// calculate). Formulas are never evaluated here, so the cell reads as empty; the caller may want to say why.
    /// </summary>
    public bool IsFormulaWithoutValue { get; init; }

    /// <summary>No number and no text (an empty string counts as empty).</summary>
    public bool IsEmpty => Number is null && string.IsNullOrEmpty(Text);

    /// <summary>The text, or the number in the invariant culture with the shortest round-trip form ("1234.5").</summary>
    public string Display => Number is { } number ? number.ToString(CultureInfo.InvariantCulture) : Text ?? string.Empty;

    public static CellValue FromText(string? text) => new(text, null);

    public static CellValue FromNumber(double number) => new(null, number);

    public override string ToString() => Display;
}
