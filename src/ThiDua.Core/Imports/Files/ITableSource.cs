namespace ThiDua.Core.Imports.Files;

/// <summary>One opened file of one format: hands out row readers and explains its own failures.</summary>
internal interface ITableSource : IDisposable
{
    TabularFormat Format { get; }

    /// <summary>A reader positioned before the first row; each call starts again from the top.</summary>
    IRowReader OpenRows();

    /// <summary>A check that needs the header row and a pass of its own (merged cells in .xlsx); null when fine.</summary>
    FileProblem? CheckLayout(int headerRowNumber);

    /// <summary>The officer's message for an exception raised while reading, or null if it is not a reading failure.</summary>
    FileProblem? Explain(Exception exception);
}

/// <summary>Reads physical rows in order; problems surface as exceptions that <see cref="ITableSource.Explain"/> turns into messages.</summary>
internal interface IRowReader : IDisposable
{
    /// <summary>Fills <paramref name="row"/> with the next row that has any content; false at the end.</summary>
    bool TryReadRow(RowBuffer row);
}
