using System.Xml;

namespace ThiDua.Core.Imports.Files.Xlsx;

/// <summary>
/// The merged ranges of a sheet. They are written after the cells, so finding them takes a pass of their own: first a
/// plain byte search for "mergeCell" (an element name cannot be escaped, so a UTF-8 sheet without those bytes has no
/// merge), and only when found an XML pass that skips the cell data. Any merge from the header down refuses the file: a
/// merge keeps its value in the top-left cell only and the other cells read as empty, so rows would silently lose data.
/// </summary>
internal static class MergedRanges
{
    private const int MaxKept = 1000;

    private static ReadOnlySpan<byte> Marker => "mergeCell"u8;

    private readonly record struct Range(string Text, int FirstRow, int LastRow);

    /// <summary>
    /// The refusal for the first merge touching the header row, else for the first one below it; null when none.
    /// <paramref name="openSheet"/> opens the sheet part afresh (it is called once or twice).
    /// </summary>
    public static FileProblem? Check(Func<Stream> openSheet, int headerRowNumber)
    {
        using (var sheet = openSheet())
        {
            if (!MayHaveMerges(sheet))
            {
                return null;
            }
        }

        var ranges = Scan(openSheet());
        if (ranges.FirstOrDefault(r => r.FirstRow <= headerRowNumber && r.LastRow >= headerRowNumber) is { Text: not null } header)
        {
            return FileMessages.MergedHeader(header.Text);
        }

        return ranges.FirstOrDefault(r => r.LastRow > headerRowNumber) is { Text: not null } data ? FileMessages.MergedData(data.Text) : null;
    }

    /// <summary>False only for a UTF-8 (or ASCII-compatible) part whose bytes never spell "mergeCell".</summary>
    private static bool MayHaveMerges(Stream sheet)
    {
        var buffer = new byte[64 * 1024];
        var carried = 0;
        var first = true;
        int read;
        while ((read = sheet.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var filled = carried + read;
            if (first && filled >= 2 && (buffer[0] is 0xFE or 0xFF || buffer[0] == 0 || buffer[1] == 0))
            {
                return true; // UTF-16 or UTF-32: let the XML reader decide
            }

            first = false;
            if (buffer.AsSpan(0, filled).IndexOf(Marker) >= 0)
            {
                return true;
            }

            carried = Math.Min(Marker.Length - 1, filled);
            buffer.AsSpan(filled - carried, carried).CopyTo(buffer);
        }

        return false;
    }

    private static List<Range> Scan(Stream sheet)
    {
        var ranges = new List<Range>();
        using var xml = SecureXml.Create(sheet);
        var sheetData = xml.NameTable.Add("sheetData");
        var mergeCell = xml.NameTable.Add("mergeCell");
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, sheetData))
            {
                xml.Skip();
                continue;
            }

            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, mergeCell)
                && ranges.Count < MaxKept && Parse(xml.GetAttribute("ref")) is { } range)
            {
                ranges.Add(range);
            }

            xml.Read();
        }

        return ranges;
    }

    private static Range? Parse(string? reference)
    {
        var colon = reference?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (reference is null || colon < 0)
        {
            return null;
        }

        var first = CellReference.ParseRow(reference.AsSpan(0, colon));
        var last = CellReference.ParseRow(reference.AsSpan(colon + 1));
        return first < 0 || last < 0 ? null : new Range(reference.ToUpperInvariant(), Math.Min(first, last), Math.Max(first, last));
    }
}
