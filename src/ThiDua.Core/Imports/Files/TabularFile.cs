namespace ThiDua.Core.Imports.Files;

/// <summary>
/// An accepted upload: its headers, and its data rows streamed one at a time (never all in memory). Does not own the
/// stream given to <see cref="TabularFileReader.Open"/>: keep it open until this is disposed.
/// </summary>
public sealed class TabularFile : IDisposable
{
    private readonly ITableSource _source;
    private readonly int _rowsThroughHeader;
    private readonly ImportLimits _limits;
    private bool _reading;
    private bool _disposed;

    internal TabularFile(ITableSource source, IReadOnlyList<string> headers, int headerRowNumber, int rowsThroughHeader, ImportLimits limits)
    {
        _source = source;
        _rowsThroughHeader = rowsThroughHeader;
        _limits = limits;
        Headers = headers;
        HeaderRowNumber = headerRowNumber;
    }

    public TabularFormat Format => _source.Format;

    /// <summary>The first non-empty row: trimmed, NFC, white space collapsed; empty strings for blank header cells.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The row (Excel) or line (CSV) number of the header, as the officer sees it.</summary>
    public int HeaderRowNumber { get; }

    /// <summary>
    /// The non-empty rows after the header, read lazily from the file each time this is enumerated (one enumeration at a
    /// time). Throws <see cref="TabularFileException"/> when a problem appears mid-way: more than
    /// <see cref="ImportLimits.MaxRows"/> rows, text in a legacy encoding, a corrupt part, too much unpacked data.
    /// </summary>
    public IEnumerable<TabularRow> ReadRows()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Enumerate();
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _source.Dispose();
        }
    }

    private IEnumerable<TabularRow> Enumerate()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_reading)
        {
            throw new InvalidOperationException("The rows of this file are already being read: finish that enumeration first.");
        }

        _reading = true;
        try
        {
            using var cursor = new RowCursor(_source);
            for (var i = 0; i < _rowsThroughHeader; i++)
            {
                cursor.Next();
            }

            var count = 0;
            while (cursor.Next())
            {
                if (++count > _limits.MaxRows)
                {
                    throw new TabularFileException(FileMessages.TooManyRows(_limits.MaxRows));
                }

                yield return cursor.Row.ToRow(Headers.Count);
            }
        }
        finally
        {
            _reading = false;
        }
    }
}
