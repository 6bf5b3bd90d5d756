using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ThiDua.Core.Documents;

/// <summary>
/// The measured part of the layout, computed once for both renderers (documents.md §1–3, widths measured with Liberation
/// Serif, whose metrics are those of Times New Roman): the header's size set, where names wrap, and the lengths of the
/// rules under the issuing body, the motto and the summary.
/// </summary>
public sealed class DocumentGeometry
{
    public const double PointsPerMm = 72 / 25.4;

    /// <summary>A4 and our default margins 20 / 20 / 30 / 15 mm [A-I I.3] in twips, as documents.md gives them; text width 165 mm.</summary>
    public const int PageWidthTwips = 11906;
    public const int PageHeightTwips = 16838;
    public const int TopTwips = 1134;
    public const int BottomTwips = 1134;
    public const int LeftTwips = 1701;
    public const int RightTwips = 851;
    public const int TextWidthTwips = PageWidthTwips - LeftTwips - RightTwips;

    /// <summary>The page number sits 10 mm from the top edge [S].</summary>
    public const int HeaderDistanceTwips = 567;

    /// <summary>The short rule under an annex's heading lines [S], in points.</summary>
    public const double AnnexRule = 30 * PointsPerMm;

    // Header table [S]: 3829 + 5670 twips, indent −199, cell padding 85 on each side.
    public const int HeaderLeftTwips = 3829;
    public const int HeaderRightTwips = 5670;
    public const int HeaderIndentTwips = -199;
    public const int HeaderPaddingTwips = 85;

    // Signature table [S]: 3600 + 5864 twips.
    public const int SignatureLeftTwips = 3600;
    public const int SignatureRightTwips = 5864;

    /// <summary>The mark of a draft, bold 14 pt in a box at the top right of page 1, above the header [P].</summary>
    public const string DraftMark = "DỰ THẢO";

    /// <summary>The draft mark's box: 32 mm wide, ending at the right margin.</summary>
    public const int DraftBoxTwips = 1814;

    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>The rule under the issuing body is 1/3 to 1/2 of its line; we take 40 % [A-I II.2.b].</summary>
    public const double ShortRuleRatio = 0.4;

    public DocumentGeometry(OfficialDocument document)
    {
        LiberationFonts.Register();
        using var measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
        double Width(string text, double size, bool bold = false, bool italic = false) => measure.MeasureString(text, Font(size, bold, italic)).Width;
        IReadOnlyList<string> WrapAt(string text, double size, bool bold, double width) => Wrap(measure, text, Font(size, bold), width);

        // 13/14/14, or 12/13/13 when the date line would overflow the right column's usable width [A-I V, footnote].
        var dateLine = document.Header.PlaceAndDateLine;
        Small = dateLine is not null && Width(dateLine, 14, italic: true) > CellTextWidth(HeaderRightTwips);
        NameSize = Small ? 12 : 13;
        MottoSize = Small ? 13 : 14;

        ParentLines = document.Header.ParentBody is null ? [] : WrapAt(document.Header.ParentBody, NameSize, false, CellTextWidth(HeaderLeftTwips));
        IssuingLines = WrapAt(document.Header.IssuingBody, NameSize, true, CellTextWidth(HeaderLeftTwips));
        IssuingRule = ShortRuleRatio * IssuingLines.Max(l => Width(l, NameSize, bold: true));
        MottoRule = Width(Motto, MottoSize, bold: true);
        SummaryLines = WrapAt(document.Summary, 14, true, TextWidthTwips / 20.0);
        SummaryRule = ShortRuleRatio * SummaryLines.Max(l => Width(l, 14, bold: true));
    }

    /// <summary>True for the 12/13/13 set.</summary>
    public bool Small { get; }

    /// <summary>Size of the bodies' names, the national title and the number.</summary>
    public double NameSize { get; }

    /// <summary>Size of the motto and the place/date line.</summary>
    public double MottoSize { get; }

    public IReadOnlyList<string> ParentLines { get; }

    public IReadOnlyList<string> IssuingLines { get; }

    /// <summary>Rule lengths in points.</summary>
    public double IssuingRule { get; }

    public double MottoRule { get; }

    public IReadOnlyList<string> SummaryLines { get; }

    public double SummaryRule { get; }

    public static double CellTextWidth(int cellTwips) => (cellTwips - 2 * HeaderPaddingTwips) / 20.0;

    public static XFont Font(double size, bool bold = false, bool italic = false) =>
        new(LiberationFonts.Family, size, (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        }, new XPdfFontOptions(PdfFontEncoding.Unicode));

    /// <summary>Greedy word wrap: where a line of this font breaks within a width in points.</summary>
    public static IReadOnlyList<string> Wrap(XGraphics measure, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && measure.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
