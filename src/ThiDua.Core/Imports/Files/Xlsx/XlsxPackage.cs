using System.IO.Compression;

namespace ThiDua.Core.Imports.Files.Xlsx;

/// <summary>
/// The zip container of an .xlsx: checks that it is a workbook (and says what it is when not), checks declared sizes
/// against the zip-bomb limits, and opens parts through a counting stream.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    /// <summary>Parts smaller than this cannot do harm whatever their ratio; tiny XML parts compress very well.</summary>
    private const long RatioCheckedFrom = 1024 * 1024;

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;

    private XlsxPackage(ZipArchive zip)
    {
        _zip = zip;
        _entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            _entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
        }
    }

    /// <summary>Opens the zip; a problem when it is unreadable or is some other kind of zip (.docx, .ods…).</summary>
    public static (XlsxPackage? Package, FileProblem? Problem) Open(Stream stream, string name)
    {
        XlsxPackage package;
        try
        {
            package = new XlsxPackage(new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true));
        }
        catch (Exception exception) when (XlsxSource.IsCorruption(exception))
        {
            return (null, FileMessages.CorruptXlsx(name));
        }

        if (package.Find("[Content_Types].xml") is not null && package.Find("xl/workbook.xml") is not null)
        {
            return (package, null);
        }

        var whatItIs = package.Describe();
        package.Dispose();
        return (null, FileMessages.NotXlsx(name, whatItIs));
    }

    public ZipArchiveEntry? Find(string path) => _entries.GetValueOrDefault(path);

    /// <summary>The part's content, counted against <paramref name="budget"/>.</summary>
    public static Stream OpenPart(ZipArchiveEntry entry, UnpackBudget budget) => new LimitedReadStream(entry.Open(), budget);

    /// <summary>Refuses before reading when the declared sizes exceed the unpacked limit or a part is suspiciously compressed.</summary>
    public static FileProblem? CheckDeclaredSizes(IEnumerable<ZipArchiveEntry> entries, ImportLimits limits)
    {
        long total = 0;
        foreach (var entry in entries)
        {
            total += entry.Length;
            if (total > limits.MaxUnpackedBytes)
            {
                return FileMessages.UnpackedTooLarge(limits.MaxUnpackedBytes);
            }

            var ratio = entry.Length / (double)Math.Max(1, entry.CompressedLength);
            if (entry.Length >= RatioCheckedFrom && ratio > limits.MaxCompressionRatio)
            {
                return FileMessages.CompressionRatio(ratio, limits.MaxCompressionRatio);
            }
        }

        return null;
    }

    public void Dispose() => _zip.Dispose();

    private string Describe()
    {
        if (Find("word/document.xml") is not null)
        {
            return "tài liệu Word (.docx)";
        }

        if (Find("ppt/presentation.xml") is not null)
        {
            return "bài trình chiếu PowerPoint (.pptx)";
        }

        if (Find("xl/workbook.bin") is not null)
        {
            return "bảng tính Excel dạng nhị phân (.xlsb)";
        }

        if (Find("content.xml") is not null && Find("mimetype") is not null)
        {
            return "tài liệu OpenDocument (.ods/.odt)";
        }

        return _entries.Count == 0 ? "tệp nén .zip rỗng" : "tệp nén .zip thông thường";
    }
}
