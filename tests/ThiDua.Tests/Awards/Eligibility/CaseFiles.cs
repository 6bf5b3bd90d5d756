namespace ThiDua.Tests.Awards.Eligibility;

/// <summary>Finds the case files: the public examples in shared/, and this project's own cases next to the binary.</summary>
internal static class CaseFiles
{
    private const string PublicRelative = "shared/domain/eligibility-cases";

    /// <summary>
    /// The public examples folder, searched upward from the test binary (in the main repo, shared/ is a sibling of the
    /// repository root). Throws with a clear message when it cannot be found, so the tests fail instead of passing empty.
    /// </summary>
    public static string PublicFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, PublicRelative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"Không tìm thấy thư mục '{PublicRelative}' khi đi ngược lên từ {AppContext.BaseDirectory}: the public eligibility examples are required.");
    }

    public static string[] PublicFiles()
    {
        var files = Directory.GetFiles(PublicFolder(), "*.json").Order(StringComparer.Ordinal).ToArray();
        return files.Length > 0
            ? files
            : throw new InvalidOperationException($"The folder {PublicFolder()} holds no *.json case: the public examples are required.");
    }

    public static string OwnFolder() => Path.Combine(AppContext.BaseDirectory, "Awards", "Eligibility", "Cases");

    public static string[] OwnFiles()
    {
        var folder = OwnFolder();
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The project's own cases were not copied to {folder}.");
        }

        return Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
    }

    public static TheoryData<string> Names(string[] files)
    {
        var data = new TheoryData<string>();
        foreach (var f in files)
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }
}
