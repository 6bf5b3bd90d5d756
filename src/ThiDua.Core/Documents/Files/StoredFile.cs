using System.Security.Cryptography;

namespace ThiDua.Core.Documents.Files;

/// <summary>
/// A file kept in the database (ADR 0021): any web node serves any file, backups hold everything, a transaction
/// writes the file and what refers to it together. The storage name is generated (never the uploader's name, which is
/// kept only to be shown and offered as the download name); the SHA-256 proves the bytes are the ones uploaded.
/// Files are always served as attachments.
/// </summary>
public sealed class StoredFile
{
    private StoredFile()
    {
    }

    public StoredFile(string originalName, string contentType, byte[] content, int unitId, string uploadedBy, DateTime uploadedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        StorageName = Guid.NewGuid().ToString("N");
        OriginalName = SafeName(originalName);
        ContentType = contentType;
        Content = content;
        Size = content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        UnitId = unitId;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }

    public string StorageName { get; private set; } = string.Empty;

    public string OriginalName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];

    /// <summary>The unit that owns the file (its uploader's proposing unit): the scope of who may read it.</summary>
    public int UnitId { get; private set; }

    public string UploadedBy { get; private set; } = string.Empty;

    public DateTime UploadedAt { get; private set; }

    /// <summary>The file name without any folder, control characters or characters that are unsafe in a header.</summary>
    public static string SafeName(string? name)
    {
        var file = Path.GetFileName((name ?? string.Empty).Replace('\\', '/').Split('/').Last());
        var clean = new string(file.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim();
        if (clean.Length == 0)
        {
            clean = "tep";
        }

        return clean.Length <= 200 ? clean : clean[..200];
    }
}
