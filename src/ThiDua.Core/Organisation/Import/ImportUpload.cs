using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Import;

/// <summary>
/// A file uploaded for preview, kept until it is committed (or for a day), so that the officer commits exactly the
/// file that was checked without uploading it again, on whichever web node answers. Only its uploader may use it.
/// </summary>
public sealed class ImportUpload
{
    private ImportUpload()
    {
    }

    public ImportUpload(Guid id, int? userId, ImportKind kind, string fileName, byte[] content, DateTime createdAt)
    {
        Id = id;
        UserId = userId;
        Kind = kind;
        FileName = fileName;
        Content = content;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public int? UserId { get; private set; }

    public ImportKind Kind { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];

    public DateTime CreatedAt { get; private set; }
}

/// <summary>Keeps and finds uploads of the current user; old ones are removed whenever a new one is kept.</summary>
public sealed class ImportUploads(AppDbContext db, ICurrentUser actor, TimeProvider clock)
{
    public async Task<Guid> KeepAsync(ImportRequest request, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-1);
        await db.ImportUploads.Where(u => u.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
        var upload = new ImportUpload(Guid.NewGuid(), actor.UserId, request.Kind, request.FileName, request.Content, now);
        db.ImportUploads.Add(upload);
        var suppress = db.SuppressEntityAudit;
        db.SuppressEntityAudit = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.SuppressEntityAudit = suppress;
        }

        return upload.Id;
    }

    public async Task<ImportRequest?> FindAsync(Guid id, CancellationToken ct = default)
    {
        var upload = await db.ImportUploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.UserId == actor.UserId, ct);
        return upload is null ? null : new ImportRequest(upload.Kind, upload.FileName, upload.Content);
    }

    public Task ForgetAsync(Guid id, CancellationToken ct = default) =>
        db.ImportUploads.Where(u => u.Id == id && u.UserId == actor.UserId).ExecuteDeleteAsync(ct);
}
