namespace ThiDua.Core.Imports.Files;

/// <summary>
/// The row being read, reused from row to row so that reading allocates only what the returned
/// <see cref="TabularRow"/> keeps. Text set here is normalised and checked for legacy encodings.
/// </summary>
internal sealed class RowBuffer
{
    private CellValue[] _cells = new CellValue[16];

    public int RowNumber { get; private set; }

    /// <summary>One past the last column holding a value or a formula without value; 0 for a row with neither.</summary>
    public int Count { get; private set; }

    /// <summary>At least one cell holds text or a number (a row of formulas without values has none).</summary>
    public bool HasValues { get; private set; }

    /// <summary>The first column whose text looks like TCVN3 or VNI, or -1.</summary>
    public int LegacyColumn { get; private set; } = -1;

    public LegacyEncoding LegacyEncoding { get; private set; }

    public CellValue this[int column] => column < Count ? _cells[column] : CellValue.Empty;

    public void Start(int rowNumber)
    {
        Array.Clear(_cells, 0, Count);
        Count = 0;
        HasValues = false;
        LegacyColumn = -1;
        RowNumber = rowNumber;
    }

    /// <summary>Sets a number, or a marker such as a formula without value; empty values leave the cell empty.</summary>
    public void Set(int column, CellValue value)
    {
        if (value.IsEmpty && !value.IsFormulaWithoutValue)
        {
            return;
        }

        if (column >= CellReference.MaxColumns)
        {
            throw new TabularFileException(FileMessages.TooManyColumns(RowNumber, CellReference.MaxColumns));
        }

        if (column >= _cells.Length)
        {
            Array.Resize(ref _cells, Math.Min(CellReference.MaxColumns, Math.Max(column + 1, _cells.Length * 2)));
        }

        _cells[column] = value;
        Count = Math.Max(Count, column + 1);
        HasValues |= !value.IsEmpty;
    }

    /// <summary>Sets text as read from the file: trimmed, composed (NFC) and checked for TCVN3/VNI.</summary>
    public void SetText(int column, string? raw)
    {
        var text = TextNormalizer.Cell(raw);
        SetCheckedText(column, text, string.IsNullOrEmpty(text) ? null : LegacyEncodingDetector.Detect(text));
    }

    /// <summary>Sets text already normalised and checked (shared strings are, once per workbook).</summary>
    public void SetCheckedText(int column, string? text, LegacyEncoding? legacy)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        Set(column, CellValue.FromText(text));
        if (legacy is { } encoding && LegacyColumn < 0)
        {
            LegacyColumn = column;
            LegacyEncoding = encoding;
        }
    }

    /// <summary>A copy with at least <paramref name="minimumCells"/> cells, missing ones empty.</summary>
    public TabularRow ToRow(int minimumCells)
    {
        var cells = new CellValue[Math.Max(Count, minimumCells)];
        Array.Copy(_cells, cells, Count);
        return new TabularRow(RowNumber, cells);
    }

    /// <summary>Header names up to the last non-empty one: white space collapsed, numbers as shown.</summary>
    public string[] ToHeaders()
    {
        var last = Count - 1;
        while (last >= 0 && _cells[last].IsEmpty)
        {
            last--;
        }

        var headers = new string[last + 1];
        for (var i = 0; i < headers.Length; i++)
        {
            headers[i] = TextNormalizer.Header(_cells[i].Display);
        }

        return headers;
    }
}
