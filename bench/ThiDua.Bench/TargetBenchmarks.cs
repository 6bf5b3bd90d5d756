using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core;
using ThiDua.Core.Data;
using ThiDua.Core.Demo;
using ThiDua.Core.Identity;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;
using ThiDua.Core.Targets;

namespace ThiDua.Bench;

/// <summary>
/// The A/B/C/D ranking of all 355 regional offices (issue 5: under 200 ms) with a target for each of the four indicators
/// and twelve months of cumulative actuals (17,040 rows) for the emulation year 2026: <see cref="TargetQueries.RankingAsync"/>
/// for the Cục Quản lý THADS, from the query to the ranked rows with their reasons. SQLite file database (the national
/// units of <see cref="GenerateNationalData"/>, 1,000 people), generated once in the temp folder thidua-target-bench.
/// Run: dotnet run -c Release --project bench/ThiDua.Bench -- --filter '*TargetBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
[MinColumn, MaxColumn, Q3Column]
[Config(typeof(P95Config))]
public class TargetBenchmarks
{
    private const int Year = 2026;
    private ServiceProvider _services = null!;
    private int _central;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "thidua-target-bench");
        Directory.CreateDirectory(folder);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddThiDuaData(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "targets.db")};Pooling=true"));
        services.AddThiDuaCore();
        services.AddThiDuaIdentityCore();
        _services = services.BuildServiceProvider();
        using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        DataModule.MigrateAsync(db).GetAwaiter().GetResult();
        if (db.MonthlyActuals.Count() < 355 * 4 * 12)
        {
            db.Database.EnsureDeleted();
            db.ChangeTracker.Clear();
            DataModule.MigrateAsync(db).GetAwaiter().GetResult();
            scope.ServiceProvider.GetRequiredService<GenerateNationalData>().HandleAsync(new GenerateNationalInput(34, 1_000, 355)).GetAwaiter().GetResult();
            Generate(db);
        }

        _central = db.Units.Where(u => u.Code == "QLTHADS").Select(u => u.Id).Single();
        var offices = db.Units.Count(u => u.Kind == UnitKind.REGIONAL);
        Console.WriteLine($"// {offices} regional offices, {db.UnitTargets.Count()} targets, {db.MonthlyActuals.Count()} monthly actuals");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Benchmark]
    public async Task<int> RankAllRegionalOffices()
    {
        using var scope = Scope();
        var ranking = await scope.ServiceProvider.GetRequiredService<TargetQueries>().RankingAsync(_central, Year, UnitKind.REGIONAL);
        return ranking.Value!.Rows.Count;
    }

    /// <summary>
    /// The same operation timed with a stopwatch (<paramref name="runs"/> runs after 3 warm-ups): min, median, p95, max.
    /// For a loaded machine where BenchmarkDotNet's own build of the job times out.
    /// </summary>
    public static async Task TimeAsync(int runs)
    {
        var bench = new TargetBenchmarks();
        bench.Setup();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                await bench.RankAllRegionalOffices();
            }

            var times = new List<double>(runs);
            var rows = 0;
            for (var i = 0; i < runs; i++)
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                rows = await bench.RankAllRegionalOffices();
                times.Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            times.Sort();
            var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(0.95 * times.Count) - 1)];
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"ranking of {rows} regional offices, {runs} runs: min {times[0]:0.0} ms, median {times[times.Count / 2]:0.0} ms, p95 {p95:0.0} ms, max {times[^1]:0.0} ms"));
        }
        finally
        {
            bench.Cleanup();
        }
    }

    /// <summary>Targets and twelve months per office and indicator; results spread so that every grade occurs.</summary>
    private static void Generate(AppDbContext db)
    {
        db.SuppressEntityAudit = true;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var indicators = db.Indicators.OrderBy(i => i.Order).Select(i => i.Id).ToList();
        var offices = db.Units.Where(u => u.Kind == UnitKind.REGIONAL).OrderBy(u => u.Id).Select(u => u.Id).ToList();
        var random = new Random(2026);
        foreach (var office in offices)
        {
            var share = 0.6m + (decimal)random.NextDouble() * 0.5m;
            foreach (var indicator in indicators)
            {
                var target = 40m + random.Next(0, 50);
                db.UnitTargets.Add(new UnitTarget(office, Year, indicator, target));
                var previous = 0m;
                for (var m = 1; m <= 12; m++)
                {
                    var denominator = 500m + (m * 20);
                    var numerator = Math.Max(previous, Math.Min(denominator, Math.Floor(denominator * target / 100m * share * m / 12m)));
                    previous = numerator;
                    db.MonthlyActuals.Add(new MonthlyActual(office, Year, indicator, m, numerator, denominator));
                }
            }
        }

        db.ChangeTracker.DetectChanges();
        db.SaveChanges();
    }

    private IServiceScope Scope()
    {
        var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Set(new SystemUser("benchmark"));
        return scope;
    }

    private sealed class P95Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public P95Config() => AddColumn(StatisticColumn.P95);
    }
}
