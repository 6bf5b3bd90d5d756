using System.IO.Compression;
using System.Security;
using System.Text;
using ThiDua.Core.Imports.Files;

namespace ThiDua.Tests.Imports;

/// <summary>Builds test uploads in memory: minimal .xlsx packages from raw sheet XML, CSV bytes, and helpers to open them.</summary>
internal static class TestFiles
{
    public const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>""";

    private const string RootRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    public static string Workbook(params string[] sheetRelationshipIds) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MainNs}" xmlns:r="{RelNs}"><sheets>{string.Concat(sheetRelationshipIds.Select((id, i) => $"""<sheet name="Sheet{i + 1}" sheetId="{i + 1}" r:id="{id}"/>"""))}</sheets></workbook>""";

    public static string WorkbookRels(params (string Id, string Type, string Target)[] relationships) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(relationships.Select(r => $"""<Relationship Id="{r.Id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{r.Type}" Target="{r.Target}"/>"""))}</Relationships>""";

    /// <summary>A worksheet part: the given rows inside sheetData, and anything after it (mergeCells…).</summary>
    public static string Sheet(string rows, string after = "") =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MainNs}" xmlns:r="{RelNs}"><dimension ref="A1"/><sheetData>{rows}</sheetData>{after}</worksheet>""";

    public static string SharedStrings(params string[] items) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{MainNs}" count="{items.Length}" uniqueCount="{items.Length}">{string.Concat(items.Select(i => i.StartsWith('<') ? $"<si>{i}</si>" : $"<si><t xml:space=\"preserve\">{Escape(i)}</t></si>"))}</sst>""";

    /// <summary>A row of inline strings from column A (null leaves a gap).</summary>
    public static string Row(int number, params string?[] values) =>
        $"""<row r="{number}">{string.Concat(values.Select((v, i) => v is null ? string.Empty : InlineCell(Column(i) + number, v)))}</row>""";

    public static string InlineCell(string reference, string text) =>
        $"""<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{Escape(text)}</t></is></c>""";

    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column((index / 26) - 1) + (char)('A' + (index % 26));

    public static string Escape(string text) => SecurityElement.Escape(text);

    /// <summary>A minimal workbook whose first (only) sheet is <paramref name="sheetXml"/>.</summary>
    public static byte[] Xlsx(string sheetXml, string? sharedStrings = null, CompressionLevel level = CompressionLevel.Fastest)
    {
        var parts = new List<(string, string)>
        {
            ("[Content_Types].xml", ContentTypes),
            ("_rels/.rels", RootRels),
            ("xl/workbook.xml", Workbook("rId1")),
            ("xl/_rels/workbook.xml.rels", sharedStrings is null
                ? WorkbookRels(("rId1", "worksheet", "worksheets/sheet1.xml"))
                : WorkbookRels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "sharedStrings", "sharedStrings.xml"))),
            ("xl/worksheets/sheet1.xml", sheetXml),
        };
        if (sharedStrings is not null)
        {
            parts.Add(("xl/sharedStrings.xml", sharedStrings));
        }

        return Zip(level, [.. parts]);
    }

    public static byte[] Zip(params (string Path, string Content)[] entries) => Zip(CompressionLevel.Fastest, entries);

    public static byte[] Zip(CompressionLevel level, params (string Path, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path, level).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A workbook of <paramref name="rows"/> data rows under a header, streamed into the zip (numbers and inline text).</summary>
    public static byte[] LargeXlsx(int rows, int columns = 3)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in new[]
            {
                ("[Content_Types].xml", ContentTypes), ("_rels/.rels", RootRels), ("xl/workbook.xml", Workbook("rId1")),
                ("xl/_rels/workbook.xml.rels", WorkbookRels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "sharedStrings", "sharedStrings.xml"))),
                ("xl/sharedStrings.xml", SharedStrings("Hoàn thành tốt nhiệm vụ", "Nguyễn Văn An")),
            })
            {
                using var part = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                part.Write(content);
            }

            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            sheet.Write($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MainNs}"><sheetData>""");
            sheet.Write(Row(1, [.. Enumerable.Range(1, columns).Select(c => $"Cột {c}")]));
            for (var r = 2; r <= rows + 1; r++)
            {
                sheet.Write($"<row r=\"{r}\">");
                for (var c = 0; c < columns; c++)
                {
                    var reference = Column(c) + r;
                    sheet.Write((c % 3) switch
                    {
                        0 => $"<c r=\"{reference}\"><v>{r}</v></c>",
                        1 => $"<c r=\"{reference}\" t=\"s\"><v>{r % 2}</v></c>",
                        _ => $"<c r=\"{reference}\"><v>{r}.25</v></c>",
                    });
                }

                sheet.Write("</row>");
            }

            sheet.Write("</sheetData></worksheet>");
        }

        return buffer.ToArray();
    }

    public static byte[] Csv(string text, bool bom = true) =>
        bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public static TabularOpenResult Open(byte[] content, string fileName, ImportLimits? limits = null) =>
        TabularFileReader.Open(new MemoryStream(content, writable: false), fileName, limits ?? ImportLimits.Default);

    public static TabularFile OpenOk(byte[] content, string fileName, ImportLimits? limits = null)
    {
        var result = Open(content, fileName, limits);
        Assert.True(result.IsSuccess, result.Problem?.Message);
        return result.File;
    }

    public static FileProblem Refused(byte[] content, string fileName, ImportLimits? limits = null)
    {
        var result = Open(content, fileName, limits);
        Assert.False(result.IsSuccess, "The file was accepted.");
        return result.Problem;
    }

    /// <summary>The problem, whether it refused the file at opening or stopped the reading of rows.</summary>
    public static FileProblem ProblemOpeningOrReading(byte[] content, string fileName, ImportLimits? limits = null)
    {
        var result = Open(content, fileName, limits);
        if (!result.IsSuccess)
        {
            return result.Problem;
        }

        using var file = result.File;
        var exception = Assert.Throws<TabularFileException>(() => file.ReadRows().Count());
        return exception.Problem;
    }

    public static List<TabularRow> Rows(byte[] content, string fileName, ImportLimits? limits = null)
    {
        using var file = OpenOk(content, fileName, limits);
        return [.. file.ReadRows()];
    }

    public static string[] Texts(TabularRow row) => [.. row.Cells.Select(c => c.Display)];
}
