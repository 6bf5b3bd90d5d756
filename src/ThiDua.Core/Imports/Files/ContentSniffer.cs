using System.Text;

namespace ThiDua.Core.Imports.Files;

/// <summary>What the first bytes of an upload say it is, whatever its name says.</summary>
internal enum ContentKind
{
    Zip,
    Ole,
    Pdf,
    Html,
    XmlSpreadsheet,
    Utf16Text,
    Text,
    Binary,
}

/// <summary>Recognises a file from its first bytes (magic numbers, then text versus binary).</summary>
internal static class ContentSniffer
{
    public const int HeadLength = 8192;

    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static ContentKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8) || head.StartsWith("PK\u0007\u0008"u8))
        {
            return ContentKind.Zip;
        }

        if (head.StartsWith(OleMagic))
        {
            return ContentKind.Ole;
        }

        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            return ContentKind.Utf16Text;
        }

        var text = head.StartsWith("\uFEFF"u8) ? head[3..] : head;
        text = text.TrimStart(" \t\r\n"u8);
        if (text.StartsWith("%PDF-"u8))
        {
            return ContentKind.Pdf;
        }

        if (!LooksLikeText(text))
        {
            return ContentKind.Binary;
        }

        return text.StartsWith("<"u8) ? Markup(text) : ContentKind.Text;
    }

    /// <summary>No NUL byte and almost no control characters other than tab and line breaks.</summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        var controls = 0;
        foreach (var b in bytes)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1A)
            {
                controls++;
            }
        }

        return controls * 100 <= bytes.Length;
    }

    private static ContentKind Markup(ReadOnlySpan<byte> text)
    {
        var start = Encoding.Latin1.GetString(text[..Math.Min(text.Length, 2048)]);
        if (start.Contains("urn:schemas-microsoft-com:office:spreadsheet", StringComparison.OrdinalIgnoreCase))
        {
            return ContentKind.XmlSpreadsheet;
        }

        return start.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || start.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.Contains("<table", StringComparison.OrdinalIgnoreCase)
            ? ContentKind.Html
            : ContentKind.Text;
    }
}
