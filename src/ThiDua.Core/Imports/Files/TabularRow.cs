namespace ThiDua.Core.Imports.Files;

/// <summary>
/// One data row with content (a value, or a formula whose result was never saved). <paramref name="RowNumber"/> is the number the officer sees: the Excel row number, or for CSV the
/// physical line on which the record starts. <paramref name="Cells"/> has at least as many entries as there are headers
/// (missing cells are <see cref="CellValue.Empty"/>), and more when data runs past the last header.
/// </summary>
public sealed record TabularRow(int RowNumber, IReadOnlyList<CellValue> Cells)
{
    /// <summary>The cell in the given 0-based column, or <see cref="CellValue.Empty"/> past the end.</summary>
    public CellValue this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : CellValue.Empty;
}
