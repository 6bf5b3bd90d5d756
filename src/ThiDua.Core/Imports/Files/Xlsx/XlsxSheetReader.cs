using System.Globalization;
using System.Text;
using System.Xml;

namespace ThiDua.Core.Imports.Files.Xlsx;

/// <summary>
/// Streams the rows of a worksheet part with an <see cref="XmlReader"/> (no DOM): cells placed by their reference,
/// shared, inline and rich strings, numbers, booleans, errors as text, and the cached value of formulas, which are
/// never evaluated. Names are compared as atoms of the reader's name table and values are parsed from a reused buffer,
/// so a numeric or shared-string cell allocates little more than its reference ("C7").
/// </summary>
internal sealed class XlsxSheetReader : IRowReader
{
    private readonly XmlReader _xml;
    private readonly SharedStringTable _strings;
    private readonly StringBuilder _scratch = new();
    private readonly string _sheetData;
    private readonly string _row;
    private readonly string _cell;
    private readonly string _value;
    private readonly string _formula;
    private readonly string _inline;
    private readonly string _reference;
    private readonly string _type;
    private char[] _chars = new char[128];
    private int _sheetDataDepth = -1;
    private int _lastRowNumber;
    private bool _finished;

    public XlsxSheetReader(Stream sheet, SharedStringTable strings)
    {
        _xml = SecureXml.Create(sheet);
        _strings = strings;
        var names = _xml.NameTable;
        _sheetData = names.Add("sheetData");
        _row = names.Add("row");
        _cell = names.Add("c");
        _value = names.Add("v");
        _formula = names.Add("f");
        _inline = names.Add("is");
        _reference = names.Add("r");
        _type = names.Add("t");
    }

    public bool TryReadRow(RowBuffer row)
    {
        while (!_finished && MoveToNextRow())
        {
            row.Start(ReadRowNumber());
            if (!_xml.IsEmptyElement)
            {
                ReadCells(row);
            }

            if (row.Count > 0)
            {
                return true;
            }
        }

        _finished = true;
        return false;
    }

    public void Dispose() => _xml.Dispose();

    private bool MoveToNextRow()
    {
        if (_sheetDataDepth < 0)
        {
            while (!IsElement(_sheetData))
            {
                if (!_xml.Read())
                {
                    return false;
                }
            }

            _sheetDataDepth = _xml.Depth;
            if (_xml.IsEmptyElement)
            {
                return false;
            }
        }

        while (_xml.Read())
        {
            if (_xml.Depth == _sheetDataDepth + 1 && IsElement(_row))
            {
                return true;
            }

            if (_xml.Depth == _sheetDataDepth && _xml.NodeType == XmlNodeType.EndElement)
            {
                return false;
            }
        }

        return false;
    }

    private int ReadRowNumber()
    {
        var attribute = _xml.GetAttribute(_reference);
        var number = attribute is null ? _lastRowNumber + 1 : CellReference.ParseRow(attribute);
        if (number is < 1 or > CellReference.MaxRowNumber)
        {
            throw new InvalidDataException("Invalid row number.");
        }

        _lastRowNumber = number;
        return number;
    }

    private void ReadCells(RowBuffer row)
    {
        var rowDepth = _xml.Depth;
        var nextColumn = 0;
        while (_xml.Read())
        {
            if (_xml.Depth == rowDepth + 1 && IsElement(_cell))
            {
                nextColumn = ReadCell(row, nextColumn) + 1;
            }
            else if (_xml.Depth == rowDepth && _xml.NodeType == XmlNodeType.EndElement)
            {
                return;
            }
        }
    }

    /// <summary>Reads one &lt;c&gt; and returns its column.</summary>
    private int ReadCell(RowBuffer row, int nextColumn)
    {
        string? reference = null;
        string? type = null;
        while (_xml.MoveToNextAttribute())
        {
            if (ReferenceEquals(_xml.LocalName, _reference))
            {
                reference = _xml.Value;
            }
            else if (ReferenceEquals(_xml.LocalName, _type))
            {
                type = _xml.Value;
            }
        }

        _xml.MoveToElement();
        var column = reference is null ? nextColumn : CellReference.ParseColumn(reference);
        if (column < 0)
        {
            throw new InvalidDataException("Invalid cell reference.");
        }

        if (_xml.IsEmptyElement)
        {
            return column;
        }

        var cellDepth = _xml.Depth;
        var hasValue = false;
        var hasFormula = false;
        var length = 0;
        string? inline = null;
        while (_xml.Read() && !(_xml.Depth == cellDepth && _xml.NodeType == XmlNodeType.EndElement))
        {
            if (_xml.Depth != cellDepth + 1 || _xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (ReferenceEquals(_xml.LocalName, _value))
            {
                hasValue = true;
                length = ReadElementChars();
            }
            else if (ReferenceEquals(_xml.LocalName, _formula))
            {
                hasFormula = true;
            }
            else if (ReferenceEquals(_xml.LocalName, _inline))
            {
                inline = RichText.Read(_xml, _scratch);
            }
        }

        Store(row, column, type, hasValue ? _chars.AsSpan(0, length) : default, hasValue, hasFormula, inline);
        return column;
    }

    private void Store(RowBuffer row, int column, string? type, ReadOnlySpan<char> value, bool hasValue, bool hasFormula, string? inline)
    {
        if (type == "inlineStr" || (inline is not null && !hasValue))
        {
            row.SetText(column, inline);
            return;
        }

        // A formula Excel calculated has a <v>, even an empty one for an empty text result; one never calculated has none.
        if (!hasValue || (value.IsEmpty && type != "str"))
        {
            if (hasFormula)
            {
                row.Set(column, CellValue.Empty with { IsFormulaWithoutValue = true });
            }

            return;
        }

        switch (type)
        {
            case "s":
                var (text, legacy) = _strings[SharedIndex(value)];
                row.SetCheckedText(column, text, legacy);
                break;
            case "b":
                row.SetCheckedText(column, value is "1" or "true" ? "TRUE" : "FALSE", null);
                break;
            case "str" or "e":
                row.SetText(column, RichText.Unescape(new string(value)));
                break;
            case "d":
                StoreIsoDate(row, column, value);
                break;
            default:
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                {
                    row.Set(column, CellValue.FromNumber(number));
                }
                else
                {
                    row.SetText(column, new string(value));
                }

                break;
        }
    }

    private int SharedIndex(ReadOnlySpan<char> value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _strings.Count
            ? index
            : throw new InvalidDataException("Shared string index out of range.");

    /// <summary>ISO 8601 date cells (t="d", strict OOXML) become serial numbers, like every other Excel date.</summary>
    private static void StoreIsoDate(RowBuffer row, int column, ReadOnlySpan<char> value)
    {
        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.NoCurrentDateDefault, out var date)
            && date.Year is >= 1900 and <= 9999)
        {
            row.Set(column, CellValue.FromNumber(date.ToOADate()));
        }
        else
        {
            row.SetText(column, new string(value));
        }
    }

    /// <summary>Reads the text of the current element into <see cref="_chars"/>, leaving the reader on its end.</summary>
    private int ReadElementChars()
    {
        if (_xml.IsEmptyElement)
        {
            return 0;
        }

        var depth = _xml.Depth;
        var length = 0;
        while (_xml.Read() && !(_xml.Depth == depth && _xml.NodeType == XmlNodeType.EndElement))
        {
            if (_xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                length = AppendValue(length);
            }
        }

        return length;
    }

    private int AppendValue(int length)
    {
        if (!_xml.CanReadValueChunk)
        {
            var value = _xml.Value;
            EnsureCapacity(length + value.Length);
            value.CopyTo(_chars.AsSpan(length));
            return length + value.Length;
        }

        while (true)
        {
            EnsureCapacity(length + 1);
            var read = _xml.ReadValueChunk(_chars, length, _chars.Length - length);
            if (read == 0)
            {
                return length;
            }

            length += read;
        }
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= _chars.Length)
        {
            return;
        }

        if (needed > RichText.MaxLength)
        {
            throw new InvalidDataException("Cell value longer than any spreadsheet allows.");
        }

        Array.Resize(ref _chars, Math.Min(RichText.MaxLength, Math.Max(needed, _chars.Length * 2)));
    }

    private bool IsElement(string atom) => _xml.NodeType == XmlNodeType.Element && ReferenceEquals(_xml.LocalName, atom);
}
