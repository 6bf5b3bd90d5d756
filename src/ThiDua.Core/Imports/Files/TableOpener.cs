namespace ThiDua.Core.Imports.Files;

/// <summary>
/// What both formats share once their container is accepted: find the header (first non-empty row), read a few rows
/// ahead so that the common problems (a legacy encoding, a corrupt part) refuse the file at once rather than mid-import,
/// then run the format's own layout check.
/// </summary>
internal static class TableOpener
{
    private const int ProbeRows = 100;

    public static TabularOpenResult Open(ITableSource source, ImportLimits limits)
    {
        try
        {
            var (headers, headerRowNumber, rowsThroughHeader) = ReadHeader(source);
            if (headers is null)
            {
                source.Dispose();
                return TabularOpenResult.Refused(FileMessages.NoData());
            }

            if (source.CheckLayout(headerRowNumber) is { } problem)
            {
                source.Dispose();
                return TabularOpenResult.Refused(problem);
            }

            return TabularOpenResult.Success(new TabularFile(source, headers, headerRowNumber, rowsThroughHeader, limits));
        }
        catch (TabularFileException exception)
        {
            source.Dispose();
            return TabularOpenResult.Refused(exception.Problem);
        }
    }

    private static (string[]? Headers, int RowNumber, int RowsThroughHeader) ReadHeader(ITableSource source)
    {
        using var cursor = new RowCursor(source);
        var rows = 0;
        do
        {
            if (!cursor.Next())
            {
                return (null, 0, 0);
            }

            rows++;
        }
        while (!cursor.Row.HasValues);

        var headers = cursor.Row.ToHeaders();
        var rowNumber = cursor.Row.RowNumber;
        for (var i = 0; i < ProbeRows; i++)
        {
            if (!cursor.Next())
            {
                break;
            }
        }

        return (headers, rowNumber, rows);
    }
}
