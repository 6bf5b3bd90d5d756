using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Cases;

namespace ThiDua.Bench;

/// <summary>
/// The rules engine in memory (issue 4: at least 200,000 person-title evaluations per second per core, full trace):
/// <see cref="EligibilityEngine.Evaluate(EligibilityCase)"/> over the case corpus — the project's own cases
/// (tests/ThiDua.Tests/Awards/Eligibility/Cases) and the public examples (../shared/domain/eligibility-cases) — parsed
/// once; cases the engine finds INVALID are left out (they stop before the criteria). Each operation judges the next
/// case of the group in turn, so the mean is the mean over the group; BenchmarkDotNet runs on one thread.
/// Run: dotnet run -c Release --project bench/ThiDua.Bench -- --filter '*Eligibility*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class EligibilityBenchmarks
{
    private EligibilityCase[] _cases = [];
    private int _next;

    /// <summary>individual titles (LĐTT, CSTĐCS, CSTĐ bộ, CSTĐ toàn quốc), collective titles, forms (Bằng khen, Huân chương…), or all.</summary>
    [Params("individual", "collective", "form", "mix")]
    public string Group { get; set; } = "mix";

    [GlobalSetup]
    public void Setup()
    {
        var all = Corpus.Load();
        _cases = all.Where(c => Group switch
        {
            "individual" => AwardCodes.IsIndividualTitle(c.Target),
            "collective" => AwardCodes.IsCollectiveTitle(c.Target),
            "form" => AwardCodes.IsForm(c.Target),
            _ => true,
        }).ToArray();
        if (_cases.Length == 0)
        {
            throw new InvalidOperationException($"No valid case of group {Group} in the corpus.");
        }

        Console.WriteLine($"// {Group}: {_cases.Length} valid cases of {all.Count}, {_cases.Average(c => EligibilityEngine.Evaluate(c).Trace.Count):0.0} trace entries on average");
    }

    [Benchmark]
    public Outcome Evaluate()
    {
        var @case = _cases[_next];
        _next = _next + 1 == _cases.Length ? 0 : _next + 1;
        var result = EligibilityEngine.Evaluate(@case);

        // The target is "with the full trace": the engine flattens it when first read, so read it here.
        return result.Trace.Count > 0 ? result.Outcome : Outcome.Invalid;
    }

    /// <summary>Judges the group's cases in turn for a number of seconds on one thread and prints the rate (for profiling).</summary>
    public static void Loop(string group, int seconds)
    {
        var bench = new EligibilityBenchmarks { Group = group };
        bench.Setup();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long count = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 10_000; i++)
            {
                bench.Evaluate();
            }

            count += 10_000;
        }

        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{group}: {count / watch.Elapsed.TotalSeconds:N0} evaluations/s on one thread"));
    }

    /// <summary>The case files, found by walking up from the binary to the repository (ThiDua.slnx) and its sibling shared/.</summary>
    internal static class Corpus
    {
        public static IReadOnlyList<EligibilityCase> Load()
        {
            var root = RepositoryRoot();
            var own = Path.Combine(root, "tests", "ThiDua.Tests", "Awards", "Eligibility", "Cases");
            var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "domain", "eligibility-cases"));
            if (!Directory.Exists(shared))
            {
                throw new DirectoryNotFoundException($"The public examples are expected at {shared} (shared/ beside the repository).");
            }

            return Directory.GetFiles(own, "*.json", SearchOption.AllDirectories).Concat(Directory.GetFiles(shared, "*.json"))
                .Order(StringComparer.Ordinal)
                .SelectMany(f => CaseFileParser.Parse(File.ReadAllText(f)))
                .Where(p => p.Case is not null && p.Errors.Count == 0)
                .Select(p => p.Case!)
                .Where(c => EligibilityEngine.Evaluate(c).Outcome != Outcome.Invalid)
                .ToList();
        }

        private static string RepositoryRoot()
        {
            foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "ThiDua.slnx")))
                    {
                        return dir.FullName;
                    }
                }
            }

            throw new DirectoryNotFoundException($"ThiDua.slnx not found above {AppContext.BaseDirectory}: run the benchmark from the repository.");
        }
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
