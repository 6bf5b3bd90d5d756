using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Imports.Files;
using ThiDua.Core.Organisation.People;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Import;

public sealed record ImportRequest(ImportKind Kind, string FileName, byte[] Content);

/// <summary>
/// What an import found or did: rows read, what would be (or was) created, updated or left as it was, and every
/// error by row and column. <see cref="Committed"/> is true only when the whole file was written.
/// </summary>
public sealed record ImportReport(ImportKind Kind, string FileName, string Sha256, int Rows, int Created, int Updated, int Unchanged, IReadOnlyList<ImportError> Errors, bool Committed)
{
    public bool HasErrors => Errors.Count > 0;
}

/// <summary>Rows read so far and the stage, for a progress display (the total is unknown while streaming).</summary>
public sealed record ImportProgress(string Stage, int Rows);

/// <summary>Limits of the import (configuration section "Import").</summary>
public sealed class ImportOptions
{
    public int MaxRows { get; set; } = 50_000;

    public int MaxFileMegabytes { get; set; } = 20;

    public int MaxUnpackedMegabytes { get; set; } = 200;

    internal ImportLimits Limits => new(MaxFileMegabytes * 1024L * 1024L, MaxUnpackedMegabytes * 1024L * 1024L, MaxRows);
}

/// <summary>
/// Imports one kind of organisation data from .xlsx or .csv, all or nothing. The preview and the commit run the
/// same code: every row is checked against the file and the database and applied to tracked entities; the preview
/// then throws the changes away, the commit saves them in one transaction — and only when no row has an error.
/// Rows are matched by unit code and person code (initiatives by decision number and title, awards by recipient,
/// code and decision number), so importing the same file twice changes nothing the second time. Only units the
/// actor manages can be read or written; a code outside them reads as unknown. Bulk writes record one audit event
/// with the file's SHA-256 and the counts (ADR 0010) instead of one per row.
/// </summary>
public sealed partial class OrganisationImport(AppDbContext db, ICurrentUser actor, TimeProvider clock, ImportOptions options)
{
    private DateOnly Today => VietnameseFormat.Today(clock);

    public Task<ImportReport> PreviewAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(request, commit: false, progress, ct);

    public Task<ImportReport> CommitAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(request, commit: true, progress, ct);

    private async Task<ImportReport> RunAsync(ImportRequest request, bool commit, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(request.Content));
        ImportReport Report(int rows, Counts counts, IReadOnlyList<ImportError> errors, bool committed) =>
            new(request.Kind, request.FileName, sha, rows, counts.Created, counts.Updated, counts.Unchanged, errors, committed);

        using var stream = new MemoryStream(request.Content, writable: false);
        var opened = TabularFileReader.Open(stream, request.FileName, options.Limits);
        if (!opened.IsSuccess)
        {
            return Report(0, new Counts(), [new ImportError(0, null, opened.Problem.Message)], false);
        }

        using var file = opened.File;
        var reader = RowReader.Create(request.Kind, file.Headers, file.HeaderRowNumber, out var headerProblems);
        if (headerProblems.Count > 0)
        {
            return Report(0, new Counts(), headerProblems, false);
        }

        var counts = new Counts();
        var rows = 0;
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = commit ? await db.BeginOwnedTransactionAsync(ct) : null;
        try
        {
            var context = await ImportContext.LoadAsync(db, actor, request.Kind, ct);
            var apply = Applier(request.Kind);
            try
            {
                foreach (var row in file.ReadRows())
                {
                    reader.Row = row;
                    apply(context, reader, counts);
                    if (++rows % 1000 == 0)
                    {
                        progress?.Report(new ImportProgress(commit ? "Đang nhập" : "Đang kiểm tra", rows));
                        ct.ThrowIfCancellationRequested();
                    }
                }
            }
            catch (TabularFileException e)
            {
                reader.Errors.Insert(0, new ImportError(0, null, e.Problem.Message));
            }

            if (rows == 0 && reader.Errors.Count == 0)
            {
                reader.Errors.Add(new ImportError(file.HeaderRowNumber + 1, null, "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề."));
            }

            if (!commit || reader.Errors.Count > 0)
            {
                return Report(rows, counts, reader.Errors, false);
            }

            progress?.Report(new ImportProgress("Đang ghi vào cơ sở dữ liệu", rows));
            db.SuppressEntityAudit = true;
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            await context.AfterFirstSaveAsync(db, Today, ct);
            db.SuppressEntityAudit = false;
            db.RecordEvent("import.committed", "Import", sha[..16],
                $"Nhập {ImportSchemas.Title(request.Kind)} từ tệp “{request.FileName}” (SHA-256 {sha}): {rows} dòng, thêm {counts.Created}, cập nhật {counts.Updated}, giữ nguyên {counts.Unchanged}.",
                actor.ScopePaths(OrganisationPermissions.Manage) is { Count: > 0 } scopes ? scopes[0] : null);
            await db.SaveChangesAsync(ct);
            await transaction!.CommitAsync(ct);
            progress?.Report(new ImportProgress("Đã nhập xong", rows));
            return Report(rows, counts, [], true);
        }
        finally
        {
            db.SuppressEntityAudit = false;
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.ChangeTracker.Clear();
        }
    }

    private Action<ImportContext, RowReader, Counts> Applier(ImportKind kind) => kind switch
    {
        ImportKind.Units => ApplyUnit,
        ImportKind.People => ApplyPerson,
        ImportKind.Ratings => ApplyRating,
        ImportKind.Leave => ApplyLeave,
        ImportKind.Discipline => ApplyDiscipline,
        ImportKind.PendingCases => ApplyPending,
        ImportKind.Initiatives => ApplyInitiative,
        ImportKind.Awards => ApplyAward,
        ImportKind.UnitRatings => ApplyUnitRating,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    internal sealed class Counts
    {
        public int Created { get; set; }

        public int Updated { get; set; }

        public int Unchanged { get; set; }

        public void Count(bool created, bool changed)
        {
            if (created)
            {
                Created++;
            }
            else if (changed)
            {
                Updated++;
            }
            else
            {
                Unchanged++;
            }
        }
    }
}
