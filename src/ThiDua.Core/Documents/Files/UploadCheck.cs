using System.IO.Compression;
using System.Text;

namespace ThiDua.Core.Documents.Files;

/// <summary>The kinds of file an upload may be: judged by the content, never by the name alone.</summary>
public enum UploadKind
{
    Pdf,
    Png,
    Jpeg,
    Docx,
}

/// <summary>The limits of uploads (configuration section <c>Uploads</c>).</summary>
public sealed class UploadOptions
{
    /// <summary>The largest file accepted, in megabytes.</summary>
    public int MaxMegabytes { get; set; } = 20;

    /// <summary>A .docx may unpack to at most this many megabytes.</summary>
    public int MaxUnpackedMegabytes { get; set; } = 100;

    /// <summary>A .docx may hold at most this many entries.</summary>
    public int MaxEntries { get; set; } = 2000;

    /// <summary>No entry of a .docx may be compressed more than this many times (a zip bomb is).</summary>
    public int MaxCompressionRatio { get; set; } = 100;

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;
}

/// <summary>An accepted upload: its kind and the content type it is served with.</summary>
public sealed record UploadVerdict(UploadKind Kind, string ContentType);

/// <summary>
/// Validates an upload by its content (ADR 0021): a PDF starts with <c>%PDF-</c>, is not encrypted and opens with
/// PDFsharp; an image is PNG or JPEG by its magic bytes; a .docx is a zip whose entry count, unpacked size and
/// compression ratios are checked from the central directory before anything is unpacked, and which holds
/// word/document.xml. The extension must agree with the content; executables are named as such. Each refusal names
/// the file, in Vietnamese.
/// </summary>
public static class UploadCheck
{
    private static readonly Dictionary<string, UploadKind> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = UploadKind.Pdf,
        [".png"] = UploadKind.Png,
        [".jpg"] = UploadKind.Jpeg,
        [".jpeg"] = UploadKind.Jpeg,
        [".docx"] = UploadKind.Docx,
    };

    public static string ContentType(UploadKind kind) => kind switch
    {
        UploadKind.Pdf => "application/pdf",
        UploadKind.Png => "image/png",
        UploadKind.Jpeg => "image/jpeg",
        _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    /// <summary>The verdict, or the Vietnamese refusal naming <paramref name="fileName"/>.</summary>
    public static (UploadVerdict? Verdict, string? Error) Check(string fileName, byte[] content, UploadOptions options, IReadOnlyCollection<UploadKind> allowed)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(allowed);
        var name = StoredFile.SafeName(fileName);
        var accepted = string.Join(", ", allowed.Select(k => k switch { UploadKind.Pdf => "PDF", UploadKind.Png => "PNG", UploadKind.Jpeg => "JPEG", _ => "Word (.docx)" }));
        if (content.Length == 0)
        {
            return (null, $"Tệp \"{name}\" rỗng (0 byte).");
        }

        if (content.LongLength > options.MaxBytes)
        {
            return (null, $"Tệp \"{name}\" có dung lượng {Megabytes(content.LongLength)} MB, vượt giới hạn {options.MaxMegabytes} MB.");
        }

        if (IsExecutable(content))
        {
            return (null, $"Tệp \"{name}\" là tệp chương trình chạy được (không phải văn bản hay ảnh quét): bị từ chối vì lý do an toàn.");
        }

        if (!Extensions.TryGetValue(Path.GetExtension(name), out var claimed) || !allowed.Contains(claimed))
        {
            return (null, $"Tệp \"{name}\": chỉ nhận tệp {accepted}.");
        }

        var actual = Sniff(content);
        if (actual != claimed && !(claimed is UploadKind.Jpeg && actual is UploadKind.Jpeg))
        {
            return (null, $"Tệp \"{name}\" có phần mở rộng {Path.GetExtension(name)} nhưng nội dung không phải {Describe(claimed)}: hãy tải lên đúng tệp gốc.");
        }

        var error = claimed switch
        {
            UploadKind.Pdf => CheckPdf(name, content),
            UploadKind.Docx => CheckDocx(name, content, options),
            _ => null,
        };
        return error is null ? (new UploadVerdict(claimed, ContentType(claimed)), null) : (null, error);
    }

    private static string Describe(UploadKind kind) => kind switch
    {
        UploadKind.Pdf => "PDF",
        UploadKind.Png => "ảnh PNG",
        UploadKind.Jpeg => "ảnh JPEG",
        _ => "văn bản Word (.docx)",
    };

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", Shared.VietnameseFormat.Culture);

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> magic) => content.AsSpan().StartsWith(magic);

    /// <summary>Windows PE ("MZ"), ELF, Mach-O, a shell script: what no scan or document starts with.</summary>
    private static bool IsExecutable(byte[] content) =>
        StartsWith(content, "MZ"u8) || StartsWith(content, [0x7F, (byte)'E', (byte)'L', (byte)'F'])
        || StartsWith(content, [0xCF, 0xFA, 0xED, 0xFE]) || StartsWith(content, [0xFE, 0xED, 0xFA, 0xCF]) || StartsWith(content, "#!"u8);

    private static UploadKind? Sniff(byte[] content) =>
        StartsWith(content, "%PDF-"u8) ? UploadKind.Pdf
        : StartsWith(content, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? UploadKind.Png
        : StartsWith(content, [0xFF, 0xD8, 0xFF]) ? UploadKind.Jpeg
        : StartsWith(content, [0x50, 0x4B, 0x03, 0x04]) ? UploadKind.Docx
        : null;

    private static string? CheckPdf(string name, byte[] content)
    {
        // An encrypted PDF names its encryption dictionary in the trailer: it cannot be read or archived.
        if (content.AsSpan().IndexOf("/Encrypt"u8) >= 0)
        {
            return $"Tệp \"{name}\" là PDF được mã hóa hoặc đặt mật khẩu: hãy lưu lại bản không mã hóa rồi tải lên.";
        }

        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = PdfSharp.Pdf.IO.PdfReader.Open(stream, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
            return document.PageCount == 0 ? $"Tệp \"{name}\" là PDF không có trang nào." : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"Tệp \"{name}\" là PDF bị hỏng hoặc không đúng cấu trúc, không mở được: hãy quét hoặc xuất lại tệp.";
        }
    }

    private static string? CheckDocx(string name, byte[] content, UploadOptions options)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);

            // Only the central directory is read here: sizes as declared, nothing unpacked yet.
            if (zip.Entries.Count > options.MaxEntries)
            {
                return $"Tệp \"{name}\" chứa {zip.Entries.Count} thành phần, vượt giới hạn {options.MaxEntries}: nghi là tệp nén độc hại (zip bomb).";
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > 1024 * 1024 && entry.Length > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                {
                    return $"Tệp \"{name}\" có thành phần \"{entry.FullName}\" nén hơn {options.MaxCompressionRatio} lần: nghi là tệp nén độc hại (zip bomb), bị từ chối.";
                }
            }

            if (total > options.MaxUnpackedMegabytes * 1024L * 1024L)
            {
                return $"Tệp \"{name}\" giải nén ra {Megabytes(total)} MB, vượt giới hạn {options.MaxUnpackedMegabytes} MB: nghi là tệp nén độc hại (zip bomb).";
            }

            var body = zip.GetEntry("word/document.xml");
            if (body is null)
            {
                return $"Tệp \"{name}\" không phải văn bản Word (.docx): thiếu phần nội dung word/document.xml.";
            }

            // Read the body within its declared size, so that a lying header cannot make it unpack more.
            using var reader = body.Open();
            var buffer = new byte[81920];
            long read = 0;
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                read += n;
                if (read > body.Length || read > options.MaxUnpackedMegabytes * 1024L * 1024L)
                {
                    return $"Tệp \"{name}\" giải nén ra nhiều hơn kích thước khai báo: nghi là tệp nén độc hại (zip bomb), bị từ chối.";
                }
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return $"Tệp \"{name}\" là tệp nén hỏng, không phải văn bản Word (.docx) hợp lệ.";
        }
    }

    /// <summary>"%PDF-" etc. written for a message; also used by the tests to build bad files.</summary>
    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
