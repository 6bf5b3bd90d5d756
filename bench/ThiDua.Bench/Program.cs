using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ThiDua.Bench -- --filter '*'
// dotnet run -c Release --project bench/ThiDua.Bench -- import-files FOLDER [PEOPLE] [LAST_YEAR]   (files for bench/import.sh)
if (args.Length >= 2 && args[0] == "import-files")
{
    ThiDua.Bench.ImportFiles.Write(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 2026);
    return;
}

// dotnet run -c Release --project bench/ThiDua.Bench -- candidates-data PEOPLE [YEAR]   (data set for bench/candidates.sh, database from the CLI's environment)
// dotnet run -c Release --project bench/ThiDua.Bench -- candidates-list [YEAR] [RUNS]   (times ListCandidates for the root unit)
if (args.Length >= 2 && args[0] == "candidates-data")
{
    Console.WriteLine(await ThiDua.Bench.CandidateData.GenerateAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : null));
    return;
}

if (args.Length >= 1 && args[0] == "candidates-list")
{
    await ThiDua.Bench.CandidateData.TimeListAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : null,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

// dotnet run -c Release --project bench/ThiDua.Bench -- eligibility-loop GROUP SECONDS   (judges the corpus in a loop, for a profiler such as dotnet-trace)
if (args.Length >= 1 && args[0] == "eligibility-loop")
{
    ThiDua.Bench.EligibilityBenchmarks.Loop(args.Length > 1 ? args[1] : "form",
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
    return;
}

// dotnet run -c Release --project bench/ThiDua.Bench -- targets-rank [RUNS]   (times the ranking of 355 regional offices without BenchmarkDotNet's build step)
if (args.Length >= 1 && args[0] == "targets-rank")
{
    await ThiDua.Bench.TargetBenchmarks.TimeAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ThiDua.Bench.CoreBenchmarks).Assembly).Run(args);
