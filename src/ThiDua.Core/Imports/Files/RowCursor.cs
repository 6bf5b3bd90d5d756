namespace ThiDua.Core.Imports.Files;

/// <summary>
/// Walks the rows of a source, turning every reading failure into a <see cref="TabularFileException"/> and refusing
/// text in a legacy encoding as soon as a row holds some.
/// </summary>
internal sealed class RowCursor : IDisposable
{
    private readonly ITableSource _source;
    private readonly IRowReader _reader;

    public RowCursor(ITableSource source)
    {
        _source = source;
        _reader = Guard(source.OpenRows);
    }

    public RowBuffer Row { get; } = new();

    public bool Next()
    {
        if (!Guard(() => _reader.TryReadRow(Row)))
        {
            return false;
        }

        if (Row.LegacyColumn >= 0)
        {
            var example = Row[Row.LegacyColumn].Text ?? string.Empty;
            throw new TabularFileException(FileMessages.Legacy(
                Row.LegacyEncoding, CellReference.Name(Row.LegacyColumn, Row.RowNumber), Excerpt(example)));
        }

        return true;
    }

    public void Dispose() => _reader.Dispose();

    private static string Excerpt(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not TabularFileException && _source.Explain(exception) is { } problem)
        {
            throw new TabularFileException(problem, exception);
        }
    }
}
