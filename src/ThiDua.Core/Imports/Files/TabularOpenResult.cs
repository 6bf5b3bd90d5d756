using System.Diagnostics.CodeAnalysis;

namespace ThiDua.Core.Imports.Files;

/// <summary>The outcome of <see cref="TabularFileReader.Open"/>: a file ready to stream, or the reason it was refused.</summary>
public sealed class TabularOpenResult
{
    private TabularOpenResult(TabularFile? file, FileProblem? problem)
    {
        File = file;
        Problem = problem;
    }

    public TabularFile? File { get; }

    public FileProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(File))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsSuccess => File is not null;

    public static TabularOpenResult Success(TabularFile file) => new(file ?? throw new ArgumentNullException(nameof(file)), null);

    public static TabularOpenResult Refused(FileProblem problem) => new(null, problem ?? throw new ArgumentNullException(nameof(problem)));
}
