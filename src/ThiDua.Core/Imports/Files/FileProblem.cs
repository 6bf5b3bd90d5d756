namespace ThiDua.Core.Imports.Files;

/// <summary>What kind of refusal a <see cref="FileProblem"/> is, for callers and tests that branch on it.</summary>
public enum FileProblemKind
{
    Other,
    Empty,
    TooLarge,
    UnsupportedExtension,
    WrongContent,
    PasswordProtected,
    OldExcelFormat,
    Corrupt,
    ZipBomb,
    NotUtf8,
    LegacyEncoding,
    MergedCells,
    NoData,
    TooManyRows,
    TooManyColumns,
}

/// <summary>A refusal of the whole file, with the message the officer reads (Vietnamese).</summary>
public sealed class FileProblem
{
    public FileProblem(string message)
        : this(FileProblemKind.Other, message)
    {
    }

    public FileProblem(FileProblemKind kind, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Kind = kind;
        Message = message;
    }

    public FileProblemKind Kind { get; }

    public string Message { get; }

    public override string ToString() => Message;
}
