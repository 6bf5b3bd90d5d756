using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Candidates;

/// <summary>
/// The unit and year of a streamed list, and its rows (read once, while the scope that made it lives). <see cref="Map"/>
/// turns each row into what the reader needs (e.g. a CSV line) on the workers that judge it.
/// </summary>
public sealed class CandidateStream
{
    private readonly Func<Func<CandidateRow, object>, CancellationToken, IAsyncEnumerable<object>> _rows;

    internal CandidateStream(int unitId, string unitName, int year, DateOnly asOf, Func<Func<CandidateRow, object>, CancellationToken, IAsyncEnumerable<object>> rows)
    {
        (UnitId, UnitName, Year, AsOf, _rows) = (unitId, unitName, year, asOf, rows);
    }

    public int UnitId { get; }

    public string UnitName { get; }

    public int Year { get; }

    public DateOnly AsOf { get; }

    /// <summary>The rows, in person-id order and, for a person, in <see cref="ListCandidates.PersonTargets"/> order.</summary>
    public IAsyncEnumerable<CandidateRow> Rows => Map(row => row);

    /// <summary>The rows passed through <paramref name="map"/>, which runs in parallel (it must be thread-safe) but whose results keep the rows' order.</summary>
    public async IAsyncEnumerable<T> Map<T>(Func<CandidateRow, T> map, [EnumeratorCancellation] CancellationToken ct = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(map);
        await foreach (var item in _rows(map, ct).WithCancellation(ct))
        {
            yield return (T)item;
        }
    }
}

/// <summary>
/// The candidate list of very large units (issue 4, performance): every person of a unit in the caller's scope and its
/// subtree × the individual titles and forms, judged as <see cref="ListCandidates"/> judges them, but walked in
/// batches of people ordered by id (keyset paging: "id &gt; last id of the previous batch") with each batch's records
/// loaded at once and dropped before the next, so memory does not grow with the unit. Rows come in person-id order,
/// the targets of a person in <see cref="ListCandidates.PersonTargets"/> order; collectives are not streamed (their
/// criteria need every member at once — use the paged list). Another unit's id answers not found.
/// </summary>
public sealed class StreamCandidates(AppDbContext db, ListCandidates list, Regimes.RegimeStore regimes)
{
    public const int DefaultBatchSize = 5_000;

    /// <summary>
    /// Checks the scope and the filters of <paramref name="query"/> (the list's; paging is ignored) now; the rows are read
    /// when <see cref="CandidateStream.Rows"/> is enumerated, <paramref name="batchSize"/> people at a time, and
    /// <paramref name="progress"/> is told the number of people judged so far after each batch.
    /// </summary>
    public async Task<Result<CandidateStream>> HandleAsync(CandidateQuery query, int batchSize = DefaultBatchSize, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Target is { } t && !ListCandidates.PersonTargets.Contains(t))
        {
            return Result<CandidateStream>.Invalid(new FieldError("Target",
                "Danh sách xuất theo luồng chỉ gồm danh hiệu, hình thức cá nhân: " + string.Join(", ", ListCandidates.PersonTargets.Select(Codes.Of)) + "."));
        }

        if (batchSize is < 1 or > 100_000)
        {
            return Result<CandidateStream>.Invalid(new FieldError("BatchSize", "Số người mỗi lượt phải từ 1 đến 100.000."));
        }

        var root = await list.FindRootAsync(query.UnitId, ct);
        if (root is null)
        {
            return Result<CandidateStream>.NotFound();
        }

        if (list.YearError(query.Year, query.AsOf, out var year) is { } error)
        {
            return Result<CandidateStream>.Invalid(error);
        }

        var targets = query.Target is { } one ? [one] : ListCandidates.PersonTargets;
        var catalog = await regimes.CatalogAsync(ct);
        return Result<CandidateStream>.Ok(new CandidateStream(root.Id, root.Name, year.Year, year.AsOf,
            (map, readCt) => RowsAsync(root.Path, year, catalog, targets, query, batchSize, progress, map, readCt)));
    }

    private async IAsyncEnumerable<object> RowsAsync(
        string rootPath, CandidateYear year, Eligibility.Regimes.RegimeCatalog catalog, IReadOnlyList<AwardCode> targets, CandidateQuery query, int batchSize,
        IProgress<int>? progress, Func<CandidateRow, object> map, [EnumeratorCancellation] CancellationToken ct)
    {
        // The subtree's units once (hundreds at most), so that a batch reads People by primary key without joining Units.
        var unitIds = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(rootPath)).Select(u => u.Id).ToListAsync(ct);
        var people = db.People.Where(p => unitIds.Contains(p.UnitId));
        if (query.Leader is { } leader)
        {
            people = people.Where(p => p.IsLeader == leader);
        }

        if (query.Gender is { } gender)
        {
            people = people.Where(p => p.Gender == gender);
        }

        // A batch is the next N ids, then the people of that id range: PostgreSQL then reads each record table through its
        // PersonId index (with "IN (… LIMIT N)" it hashed whole tables for every batch). While one batch is judged on the
        // thread pool, the next one is read: the database and the engine overlap, and at most two batches are held.
        var feed = await RegistrationFeed.LoadAsync(db, year.Year, ct);
        async Task<IReadOnlyList<CandidatePerson>> LoadAsync(int after)
        {
            var ids = await people.Where(p => p.Id > after).OrderBy(p => p.Id).Take(batchSize).Select(p => p.Id).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return [];
            }

            var (first, last) = (ids[0], ids[^1]);
            return await CandidateRecords.LoadAsync(db, people.Where(p => p.Id >= first && p.Id <= last).OrderBy(p => p.Id), feed, ct);
        }

        var loading = LoadAsync(0);
        var judged = 0;
        try
        {
            while (true)
            {
                var batch = await loading;
                if (batch.Count == 0)
                {
                    yield break;
                }

                var judging = Task.Run(() => Judge(batch, targets, year, catalog, query.Outcome, map, ct), ct);
                loading = LoadAsync(batch[^1].Id);
                foreach (var rows in await judging)
                {
                    foreach (var row in rows)
                    {
                        yield return row;
                    }
                }

                judged += batch.Count;
                progress?.Report(judged);
            }
        }
        finally
        {
            // A reader that stops early must not leave a query running on the context it shares with its scope.
            await loading.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Each person's rows, in the batch's order, keeping the outcome asked for and passed through <paramref name="map"/>.
    /// People are judged in parallel and each verdict becomes its row at once, so that the engine's traces die young
    /// instead of a whole batch of them outliving several collections (they dominated the export's GC time).
    /// </summary>
    private static object[][] Judge(IReadOnlyList<CandidatePerson> batch, IReadOnlyList<AwardCode> targets, CandidateYear year, Eligibility.Regimes.RegimeCatalog catalog,
        Outcome? outcome, Func<CandidateRow, object> map, CancellationToken ct)
    {
        var rows = new object[batch.Count][];
        Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var person = batch[i];
            var mine = new List<object>(targets.Count);
            foreach (var (target, result) in CaseBuilder.Judge(person.Source, targets, year, catalog))
            {
                if (outcome is null || result.Outcome == outcome)
                {
                    mine.Add(map(ListCandidates.Row(person, target, result)));
                }
            }

            rows[i] = [.. mine];
        });
        return rows;
    }
}
