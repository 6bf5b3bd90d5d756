using System.Text;
using ThiDua.Core.Imports.Files.Csv;
using ThiDua.Core.Imports.Files.Xlsx;

namespace ThiDua.Core.Imports.Files;

/// <summary>
/// Opens an uploaded .xlsx or .csv safely: the extension says which format is expected, the content decides whether
/// it is that format, and every problem with the file becomes a <see cref="FileProblem"/> in Vietnamese rather than an
/// exception. Nothing in the file is ever executed or evaluated.
/// </summary>
public static class TabularFileReader
{
    /// <summary>
    /// Checks <paramref name="content"/> (from its current position) and reads its header. <paramref name="fileName"/>
    /// is the name as uploaded: only its extension and, in messages, its last segment are used. A stream that cannot
    /// seek, or does not start at 0, is copied (up to <see cref="ImportLimits.MaxFileBytes"/>); otherwise it is read in
    /// place and must stay open while the returned file is read. It is never disposed here.
    /// </summary>
    public static TabularOpenResult Open(Stream content, string fileName, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxFileBytes, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxUnpackedBytes, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limits.MaxRows, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxCompressionRatio, 1, nameof(limits));
        var name = DisplayName(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv" or ".xls"))
        {
            return TabularOpenResult.Refused(FileMessages.UnsupportedExtension(name, extension));
        }

        var (seekable, problem) = SeekableContent.Create(content, name, limits.MaxFileBytes);
        if (seekable is null)
        {
            return TabularOpenResult.Refused(problem!);
        }

        var result = OpenContent(seekable, name, extension, limits);
        if (!result.IsSuccess)
        {
            seekable.Dispose();
        }

        return result;
    }

    private static TabularOpenResult OpenContent(SeekableContent content, string name, string extension, ImportLimits limits)
    {
        var kind = ContentSniffer.Sniff(content.Head(ContentSniffer.HeadLength));
        if (kind == ContentKind.Ole)
        {
            return TabularOpenResult.Refused(OleFile.IsEncrypted(content.Stream) ? FileMessages.PasswordProtected() : FileMessages.OldExcel());
        }

        return extension switch
        {
            ".xlsx" => OpenXlsx(content, name, kind, limits),
            ".csv" => OpenCsv(content, name, kind, limits),
            _ => TabularOpenResult.Refused(FileMessages.UnsupportedExtension(name, extension)),
        };
    }

    private static TabularOpenResult OpenXlsx(SeekableContent content, string name, ContentKind kind, ImportLimits limits) => kind switch
    {
        ContentKind.Zip => XlsxSource.Open(content, name, limits),
        ContentKind.Text or ContentKind.Utf16Text => TabularOpenResult.Refused(FileMessages.TextNamedXlsx(name)),
        _ => TabularOpenResult.Refused(FileMessages.NotXlsx(name, Describe(kind))),
    };

    private static TabularOpenResult OpenCsv(SeekableContent content, string name, ContentKind kind, ImportLimits limits) => kind switch
    {
        ContentKind.Text => CsvSource.Open(content, name, limits),
        ContentKind.Utf16Text => TabularOpenResult.Refused(FileMessages.NotUtf8()),
        _ => TabularOpenResult.Refused(FileMessages.NotCsv(name, Describe(kind))),
    };

    private static string Describe(ContentKind kind) => kind switch
    {
        ContentKind.Zip => "tệp nén (có thể là tệp Excel .xlsx bị đổi đuôi)",
        ContentKind.Pdf => "tài liệu PDF",
        ContentKind.Html => "trang web (HTML) được đặt đuôi bảng tính",
        ContentKind.XmlSpreadsheet => "bảng tính Excel 2003 dạng XML",
        _ => "tệp có nội dung không nhận dạng được (dữ liệu nhị phân)",
    };

    /// <summary>The last path segment, without control characters, at most 100 characters: safe to show back.</summary>
    private static string DisplayName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        var builder = new StringBuilder(Math.Min(name.Length, 100));
        foreach (var c in name)
        {
            if (!char.IsControl(c) && builder.Length < 100)
            {
                builder.Append(c);
            }
        }

        return builder.Length == 0 ? "(không tên)" : builder.ToString().Trim();
    }
}
