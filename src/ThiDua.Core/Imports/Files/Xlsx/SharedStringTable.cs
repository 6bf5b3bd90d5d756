using System.Text;
using System.Xml;

namespace ThiDua.Core.Imports.Files.Xlsx;

/// <summary>
/// xl/sharedStrings.xml, loaded once: each string normalised and checked for a legacy encoding once, however many cells
/// use it. Its size is bounded by the unpacked limit.
/// </summary>
internal sealed class SharedStringTable
{
    private readonly List<(string Text, LegacyEncoding? Legacy)> _strings;

    private SharedStringTable(List<(string Text, LegacyEncoding? Legacy)> strings) => _strings = strings;

    public static SharedStringTable Empty { get; } = new([]);

    public int Count => _strings.Count;

    public (string Text, LegacyEncoding? Legacy) this[int index] => _strings[index];

    public static SharedStringTable Load(Stream part)
    {
        var strings = new List<(string Text, LegacyEncoding? Legacy)>();
        var builder = new StringBuilder();
        using var xml = SecureXml.Create(part);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                var text = TextNormalizer.Cell(RichText.Read(xml, builder)) ?? string.Empty;
                strings.Add((text, text.Length == 0 ? null : LegacyEncodingDetector.Detect(text)));
            }
        }

        return new SharedStringTable(strings);
    }
}
