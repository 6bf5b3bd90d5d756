using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace ThiDua.Core.Documents;

/// <summary>
/// PDFsharp's font resolver over Debian's fonts-liberation2: Liberation Serif has the metrics of Times New Roman, the font
/// Decree 30 prescribes [A-I I.4], and (unlike the older fonts-liberation) every Vietnamese glyph. Every family requested
/// resolves to Liberation Serif, since official documents use one typeface.
/// </summary>
public sealed class LiberationFonts : IFontResolver
{
    public const string SystemDirectory = "/usr/share/fonts/truetype/liberation2";

    /// <summary>The family name the renderers ask for; Word opens the .docx with the real Times New Roman.</summary>
    public const string Family = "Times New Roman";

    private static readonly string[] Faces = ["Regular", "Bold", "Italic", "BoldItalic"];
    private static readonly Lock RegisterLock = new();
    private static readonly LiberationFonts Instance = new(SystemDirectory);

    private readonly string _directory;
    private readonly ConcurrentDictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);

    private LiberationFonts(string directory) => _directory = directory;

    /// <summary>The font files that are missing from a directory (empty when all four faces are there).</summary>
    public static IReadOnlyList<string> MissingFiles(string directory) =>
        Faces.Select(f => Path.Combine(directory, $"LiberationSerif-{f}.ttf")).Where(p => !File.Exists(p)).ToList();

    /// <summary>Throws a message naming every missing font file and the package that provides them.</summary>
    internal static void EnsureInstalled(string directory)
    {
        var missing = MissingFiles(directory);
        if (missing.Count > 0)
        {
            throw new DocumentException(
                $"Thiếu tệp phông chữ {string.Join(", ", missing)}: cài gói fonts-liberation2 (apt-get install fonts-liberation2) để xuất văn bản Word và PDF.");
        }
    }

    /// <summary>Checks the system fonts and installs the resolver once per process (PDFsharp allows a single global resolver).</summary>
    public static void Register()
    {
        EnsureInstalled(SystemDirectory);
        lock (RegisterLock)
        {
            if (GlobalFontSettings.FontResolver is not LiberationFonts)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new("LiberationSerif-" + (bold, italic) switch
        {
            (true, true) => "BoldItalic",
            (true, false) => "Bold",
            (false, true) => "Italic",
            _ => "Regular",
        });

    public byte[] GetFont(string faceName) =>
        _bytes.GetOrAdd(faceName, name => File.ReadAllBytes(Path.Combine(_directory, name + ".ttf")));
}
