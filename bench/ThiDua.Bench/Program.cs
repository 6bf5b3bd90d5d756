using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ThiDua.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ThiDua.Bench.CoreBenchmarks).Assembly).Run(args);
