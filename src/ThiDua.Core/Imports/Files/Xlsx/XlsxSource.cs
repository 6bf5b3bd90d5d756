using System.IO.Compression;
using System.Xml;

namespace ThiDua.Core.Imports.Files.Xlsx;

/// <summary>An accepted .xlsx: the package, its first worksheet and its shared strings.</summary>
internal sealed class XlsxSource : ITableSource
{
    private readonly SeekableContent _content;
    private readonly XlsxPackage _package;
    private readonly ZipArchiveEntry _sheet;
    private readonly SharedStringTable _strings;
    private readonly string _name;
    private readonly ImportLimits _limits;
    private readonly long _sheetBudget;

    private XlsxSource(SeekableContent content, XlsxPackage package, ZipArchiveEntry sheet, SharedStringTable strings, string name, ImportLimits limits, long sheetBudget)
    {
        _content = content;
        _package = package;
        _sheet = sheet;
        _strings = strings;
        _name = name;
        _limits = limits;
        _sheetBudget = sheetBudget;
    }

    public TabularFormat Format => TabularFormat.Xlsx;

    public static TabularOpenResult Open(SeekableContent content, string name, ImportLimits limits)
    {
        var (package, problem) = XlsxPackage.Open(content.Stream, name);
        if (package is null)
        {
            return TabularOpenResult.Refused(problem!);
        }

        try
        {
            var budget = new UnpackBudget(limits.MaxUnpackedBytes);
            var (parts, partsProblem) = WorkbookParts.Resolve(package, budget, limits);
            problem = partsProblem ?? XlsxPackage.CheckDeclaredSizes(parts!.All, limits);
            if (problem is not null)
            {
                package.Dispose();
                return TabularOpenResult.Refused(problem);
            }

            var strings = parts!.SharedStrings is null ? SharedStringTable.Empty : SharedStringTable.Load(XlsxPackage.OpenPart(parts.SharedStrings, budget));
            var source = new XlsxSource(content, package, parts.Sheet, strings, name, limits, budget.Remaining);
            return TableOpener.Open(source, limits);
        }
        catch (Exception exception) when (Explain(exception, name, limits) is { } failure)
        {
            package.Dispose();
            return TabularOpenResult.Refused(failure);
        }
    }

    /// <summary>Exceptions that mean a damaged package rather than a bug here.</summary>
    internal static bool IsCorruption(Exception exception) =>
        exception is InvalidDataException or XmlException or IOException or NotSupportedException;

    public IRowReader OpenRows() => new XlsxSheetReader(XlsxPackage.OpenPart(_sheet, new UnpackBudget(_sheetBudget)), _strings);

    public FileProblem? CheckLayout(int headerRowNumber)
    {
        try
        {
            return MergedRanges.Check(() => XlsxPackage.OpenPart(_sheet, new UnpackBudget(_sheetBudget)), headerRowNumber);
        }
        catch (Exception exception) when (Explain(exception) is { } problem)
        {
            return problem;
        }
    }

    public FileProblem? Explain(Exception exception) => Explain(exception, _name, _limits);

    public void Dispose()
    {
        _package.Dispose();
        _content.Dispose();
    }

    private static FileProblem? Explain(Exception exception, string name, ImportLimits limits) => exception switch
    {
        UnpackedLimitExceededException => FileMessages.UnpackedTooLarge(limits.MaxUnpackedBytes),
        _ when IsCorruption(exception) => FileMessages.CorruptXlsx(name),
        _ => null,
    };
}
