using System.Globalization;
using System.Text;
using System.Xml;

namespace ThiDua.Core.Imports.Files.Xlsx;

/// <summary>
/// The text of a shared string (&lt;si&gt;) or inline string (&lt;is&gt;): plain &lt;t&gt; or rich-text runs
/// (&lt;r&gt;&lt;t&gt;) joined, phonetic guides (&lt;rPh&gt;) left out, and Excel's _xHHHH_ escapes decoded.
/// </summary>
internal static class RichText
{
    /// <summary>Four times Excel's own limit of 32,767 characters a cell: more is not a spreadsheet.</summary>
    public const int MaxLength = 131_072;

    /// <summary>Reads from the start element to its end element; <paramref name="builder"/> is scratch space.</summary>
    public static string Read(XmlReader xml, StringBuilder builder)
    {
        builder.Clear();
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = xml.Depth;
        var phoneticDepth = -1;
        var inText = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when phoneticDepth < 0 && xml.LocalName == "rPh" && !xml.IsEmptyElement:
                    phoneticDepth = xml.Depth;
                    break;
                case XmlNodeType.Element:
                    inText = xml.LocalName == "t" && !xml.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when xml.Depth == depth:
                    return Unescape(builder.ToString());
                case XmlNodeType.EndElement:
                    phoneticDepth = xml.Depth == phoneticDepth ? -1 : phoneticDepth;
                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace
                    when inText && phoneticDepth < 0:
                    builder.Append(xml.Value);
                    if (builder.Length > MaxLength)
                    {
                        throw new InvalidDataException("Cell text longer than any spreadsheet allows.");
                    }

                    break;
            }
        }

        throw new InvalidDataException("Unterminated string element.");
    }

    /// <summary>Decodes _xHHHH_ (how OOXML stores control characters such as a carriage return: _x000D_).</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_'
                && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 6;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
