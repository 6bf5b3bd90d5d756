using System.IO.Compression;
using System.Xml;

namespace ThiDua.Core.Imports.Files.Xlsx;

/// <summary>
/// Finds the first sheet (the first &lt;sheet&gt; of xl/workbook.xml, through its relationship in
/// xl/_rels/workbook.xml.rels) and the shared strings part.
/// </summary>
internal static class WorkbookParts
{
    private const string WorkbookPath = "xl/workbook.xml";
    private const string RelationshipsPath = "xl/_rels/workbook.xml.rels";

    /// <summary>The parts to read; <paramref name="Metadata"/> are those already read to find them.</summary>
    public sealed record Parts(ZipArchiveEntry Sheet, ZipArchiveEntry? SharedStrings, IReadOnlyList<ZipArchiveEntry> Metadata)
    {
        public IEnumerable<ZipArchiveEntry> All => SharedStrings is null ? [.. Metadata, Sheet] : [.. Metadata, Sheet, SharedStrings];
    }

    public static (Parts? Parts, FileProblem? Problem) Resolve(XlsxPackage package, UnpackBudget budget, ImportLimits limits)
    {
        var workbook = package.Find(WorkbookPath)!;
        var relationshipsEntry = package.Find(RelationshipsPath);
        ZipArchiveEntry[] metadata = relationshipsEntry is null ? [workbook] : [workbook, relationshipsEntry];
        if (XlsxPackage.CheckDeclaredSizes(metadata, limits) is { } sizeProblem)
        {
            return (null, sizeProblem);
        }

        var sheetId = FirstSheetRelationshipId(XlsxPackage.OpenPart(workbook, budget));
        var relationships = relationshipsEntry is null
            ? new Dictionary<string, (string Type, string Path)>(StringComparer.Ordinal)
            : ReadRelationships(XlsxPackage.OpenPart(relationshipsEntry, budget));

        ZipArchiveEntry? sheet;
        if (sheetId is not null && relationships.TryGetValue(sheetId, out var target))
        {
            if (target.Type.EndsWith("/chartsheet", StringComparison.Ordinal))
            {
                return (null, FileMessages.FirstSheetIsChart());
            }

            sheet = target.Type.EndsWith("/worksheet", StringComparison.Ordinal) ? package.Find(target.Path) : null;
        }
        else
        {
            // Some generators omit the relationships; Excel's own default name is the only sensible guess.
            sheet = package.Find("xl/worksheets/sheet1.xml");
        }

        if (sheet is null)
        {
            return (null, FileMessages.NoData());
        }

        var sharedStringsPath = relationships.Values
            .Where(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal))
            .Select(r => r.Path)
            .FirstOrDefault() ?? "xl/sharedStrings.xml";
        var sharedStrings = package.Find(sharedStringsPath);
        return (new Parts(sheet, sharedStrings, metadata), null);
    }

    private static string? FirstSheetRelationshipId(Stream workbook)
    {
        using var xml = SecureXml.Create(workbook);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet")
            {
                return RelationshipId(xml);
            }
        }

        return null;
    }

    /// <summary>The r:id attribute, in the transitional or the strict relationships namespace.</summary>
    private static string? RelationshipId(XmlReader xml)
    {
        while (xml.MoveToNextAttribute())
        {
            if (xml.LocalName == "id" && xml.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal))
            {
                return xml.Value;
            }
        }

        return null;
    }

    private static Dictionary<string, (string Type, string Path)> ReadRelationships(Stream relationships)
    {
        var result = new Dictionary<string, (string Type, string Path)>(StringComparer.Ordinal);
        using var xml = SecureXml.Create(relationships);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship")
            {
                continue;
            }

            var id = xml.GetAttribute("Id");
            var target = xml.GetAttribute("Target");
            if (id is not null && target is not null && xml.GetAttribute("TargetMode") != "External")
            {
                result.TryAdd(id, (xml.GetAttribute("Type") ?? string.Empty, ResolvePath(target)));
            }
        }

        return result;
    }

    /// <summary>A target relative to xl/ (or absolute from the package root) as a part path, "." and ".." resolved.</summary>
    internal static string ResolvePath(string target)
    {
        var path = target.Replace('\\', '/');
        var segments = new List<string>(path.StartsWith('/') ? [] : ["xl"]);
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
