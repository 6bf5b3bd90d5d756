using System.Collections.Concurrent;
using ThiDua.Core.Organisation.Import;

namespace ThiDua.Web.Infrastructure;

/// <summary>
/// Progress of running imports, by an id the browser chooses, so that a page can poll it while its upload is being
/// checked or written. Kept in memory: progress is a courtesy of the node doing the work, not state to share.
/// </summary>
public sealed class ImportProgressBoard
{
    private readonly ConcurrentDictionary<string, (ImportProgress Progress, int? UserId)> _items = new(StringComparer.Ordinal);

    public IProgress<ImportProgress> Track(string? id, int? userId)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return new Progress<ImportProgress>();
        }

        if (_items.Count > 1000)
        {
            _items.Clear();
        }

        _items[id] = (new ImportProgress("Đang đọc tệp", 0), userId);
        return new Reporter(this, id, userId);
    }

    public ImportProgress? Get(string id, int? userId) =>
        _items.TryGetValue(id, out var item) && item.UserId == userId ? item.Progress : null;

    private sealed class Reporter(ImportProgressBoard board, string id, int? userId) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => board._items[id] = (value, userId);
    }
}
