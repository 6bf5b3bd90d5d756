using ThiDua.Core.Imports.Files;

namespace ThiDua.Core.Organisation.Import;

/// <summary>An error of an import file, by row (as the officer sees it in Excel) and column header.</summary>
public sealed record ImportError(int Row, string? Column, string Message);

/// <summary>
/// Maps a file's headers to the kind's columns and reads typed values out of a row, collecting one Vietnamese
/// message per bad cell (never the first only).
/// </summary>
internal sealed class RowReader
{
    private readonly Dictionary<string, (int Index, ImportColumn Column)> _columns = new(StringComparer.Ordinal);

    private RowReader()
    {
    }

    public List<ImportError> Errors { get; } = [];

    public TabularRow Row { get; set; } = new(0, []);

    /// <summary>Matches headers (case, diacritics and spacing ignored); reports missing required and duplicate columns.</summary>
    public static RowReader Create(ImportKind kind, IReadOnlyList<string> headers, int headerRow, out List<ImportError> problems)
    {
        problems = [];
        var reader = new RowReader();
        var folded = headers.Select(h => SearchText.Fold(h.Replace("*", string.Empty, StringComparison.Ordinal))).ToList();
        foreach (var column in ImportSchemas.Columns(kind))
        {
            var wanted = SearchText.Fold(column.Header);
            var matches = folded.Select((h, i) => (h, i)).Where(x => x.h == wanted || string.Equals(x.h, column.Key, StringComparison.OrdinalIgnoreCase)).Select(x => x.i).ToList();
            if (matches.Count > 1)
            {
                problems.Add(new ImportError(headerRow, column.Header, $"Cột “{column.Header}” xuất hiện {matches.Count} lần ở dòng tiêu đề."));
            }
            else if (matches.Count == 1)
            {
                reader._columns[column.Key] = (matches[0], column);
            }
            else if (column.Required)
            {
                problems.Add(new ImportError(headerRow, column.Header, $"Thiếu cột “{column.Header}”. Hãy dùng tệp mẫu của loại dữ liệu này."));
            }
        }

        return reader;
    }

    public bool Has(string key) => _columns.TryGetValue(key, out var c) && !Row[c.Index].IsEmpty;

    private CellValue Cell(string key) => _columns.TryGetValue(key, out var c) ? Row[c.Index] : CellValue.Empty;

    private string Header(string key) => _columns.TryGetValue(key, out var c) ? c.Column.Header : key;

    private bool Required(string key) => _columns.TryGetValue(key, out var c) && c.Column.Required;

    public void Error(string key, string message) => Errors.Add(new ImportError(Row.RowNumber, Header(key), message));

    public void RowError(string message) => Errors.Add(new ImportError(Row.RowNumber, null, message));

    /// <summary>Text of a cell (numbers as written); null when empty, with an error when the column is required.</summary>
    public string? Text(string key, int max = 300)
    {
        var cell = Cell(key);
        if (cell.IsFormulaWithoutValue)
        {
            Error(key, "Ô chứa công thức chưa có giá trị: hãy mở tệp bằng Excel, lưu lại rồi tải lên.");
            return null;
        }

        var text = cell.Number is double n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : cell.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (Required(key))
            {
                Error(key, "Ô bắt buộc đang để trống.");
            }

            return null;
        }

        if (text.Length > max)
        {
            Error(key, $"Dài quá {max} ký tự.");
            return null;
        }

        return text;
    }

    public DateOnly? Date(string key)
    {
        if (!Has(key))
        {
            if (Required(key))
            {
                Error(key, "Ô bắt buộc đang để trống.");
            }

            return null;
        }

        if (CellParsers.TryDate(Cell(key), out var date, out var error))
        {
            return date;
        }

        Error(key, error ?? "Ngày không hợp lệ.");
        return null;
    }

    public int? Int(string key, int min, int max)
    {
        if (!Has(key))
        {
            if (Required(key))
            {
                Error(key, "Ô bắt buộc đang để trống.");
            }

            return null;
        }

        if (!CellParsers.TryInt(Cell(key), out var value, out var error))
        {
            Error(key, error ?? "Không phải số nguyên.");
            return null;
        }

        if (value < min || value > max)
        {
            Error(key, $"{value} nằm ngoài khoảng cho phép ({min}–{max}).");
            return null;
        }

        return value;
    }

    /// <summary>A glossary code, given as the code ("HTXS") or its Vietnamese name ("Hoàn thành xuất sắc nhiệm vụ").</summary>
    public T? Code<T>(string key, Func<T, string>? vietnamese = null)
        where T : struct, Enum =>
        Listed(key, vietnamese, CodeOf<T>.All, text => (CodeOf<T>.TryParse(text.Replace(' ', '_').Replace('-', '_'), out var v), v));

    /// <summary>An enum stored by its name (unit kinds, leadership levels), or its Vietnamese name.</summary>
    public T? Name<T>(string key, Func<T, string>? vietnamese = null)
        where T : struct, Enum =>
        Listed(key, vietnamese, Enum.GetNames<T>(), text =>
            (Enum.TryParse<T>(text, ignoreCase: true, out var v) && Enum.IsDefined(v) && !int.TryParse(text, out _), v));

    private T? Listed<T>(string key, Func<T, string>? vietnamese, IReadOnlyList<string> allowed, Func<string, (bool Ok, T Value)> parse)
        where T : struct, Enum
    {
        var text = Text(key, 100);
        if (text is null)
        {
            return null;
        }

        if (parse(text.Trim()) is (true, var value))
        {
            return value;
        }

        var folded = SearchText.Fold(text);
        foreach (var v in vietnamese is null ? [] : Enum.GetValues<T>())
        {
            if (SearchText.Fold(vietnamese!(v)) == folded)
            {
                return v;
            }
        }

        Error(key, $"“{text}” không có trong danh mục: dùng một trong {string.Join(", ", allowed)}.");
        return null;
    }
}
