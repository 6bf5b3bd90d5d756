namespace ThiDua.Core.Imports.Files;

/// <summary>Thrown by <see cref="TabularFile.ReadRows"/> when a problem is found while streaming (too many rows, a corrupt part…).</summary>
public sealed class TabularFileException : Exception
{
    public TabularFileException(FileProblem problem)
        : base(problem?.Message)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    public TabularFileException(FileProblem problem, Exception innerException)
        : base(problem?.Message, innerException)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    public FileProblem Problem { get; }
}
