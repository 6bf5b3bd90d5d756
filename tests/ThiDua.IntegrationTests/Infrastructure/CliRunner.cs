using System.Diagnostics;

namespace ThiDua.IntegrationTests.Infrastructure;

/// <summary>Runs the real `thidua` CLI (built beside the tests) as a process on a data folder, bounded in time.</summary>
public static class CliRunner
{
    public static Task<(int Code, string Output)> RunAsync(string dataDirectory, params string[] args) =>
        RunAsync(dataDirectory, new Dictionary<string, string> { ["Database__Provider"] = "Sqlite" }, args);

    public static async Task<(int Code, string Output)> RunAsync(string dataDirectory, Dictionary<string, string> environment, params string[] args)
    {
        var (code, output, error) = await RunSeparatelyAsync(dataDirectory, environment, args);
        return (code, output + error);
    }

    /// <summary>Standard output and standard error apart, for commands whose output must be only the result (JSON).</summary>
    public static async Task<(int Code, string Output, string Error)> RunSeparatelyAsync(string dataDirectory, Dictionary<string, string> environment, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "thidua.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["THIDUA_DATA"] = dataDirectory;
        start.Environment.Remove("ConnectionStrings__Default");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
