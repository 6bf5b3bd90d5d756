using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ThiDua.Bench -- --filter '*'
// dotnet run -c Release --project bench/ThiDua.Bench -- import-files FOLDER [PEOPLE] [LAST_YEAR]   (files for bench/import.sh)
if (args.Length >= 2 && args[0] == "import-files")
{
    ThiDua.Bench.ImportFiles.Write(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 2026);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ThiDua.Bench.CoreBenchmarks).Assembly).Run(args);
