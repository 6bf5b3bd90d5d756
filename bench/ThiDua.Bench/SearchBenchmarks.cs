using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core;
using ThiDua.Core.Data;
using ThiDua.Core.Demo;
using ThiDua.Core.Identity;
using ThiDua.Core.Organisation.Search;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Bench;

/// <summary>
/// Person search (the header box: each typed word must begin a word of the name, diacritics ignored) over a national
/// data set of 100,000 people, as an officer of one province and as the central authority (whole tree). SQLite by
/// default; PostgreSQL when THIDUA_BENCH_PGPORT names a loopback server (database thidua_search_bench). The data
/// set is generated on the first run and kept (temp folder thidua-search-bench; that database) for the next ones.
/// Run: dotnet run -c Release --project bench/ThiDua.Bench -- --filter '*Search*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 20)]
[MinColumn, MaxColumn, Q3Column]
[Config(typeof(P95Config))]
public class SearchBenchmarks
{
    private ServiceProvider _services = null!;
    private string _folder = string.Empty;

    [Params("Sqlite", "Postgres")]
    public string Provider { get; set; } = "Sqlite";

    [Params("nguyen van", "tran thi h", "N0054321")]
    public string Query { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var port = Environment.GetEnvironmentVariable("THIDUA_BENCH_PGPORT");
        if (Provider == "Postgres" && string.IsNullOrEmpty(port))
        {
            throw new InvalidOperationException("Set THIDUA_BENCH_PGPORT to run the PostgreSQL case.");
        }

        // The data set is kept between runs (each benchmark case runs in its own process): generated once, reused.
        _folder = Path.Combine(Path.GetTempPath(), "thidua-search-bench");
        Directory.CreateDirectory(_folder);
        var settings = Provider == "Postgres"
            ? new DatabaseSettings(DatabaseProvider.Postgres, $"Host=127.0.0.1;Port={port};Username=postgres;Database=thidua_search_bench")
            : new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "search.db")};Pooling=true");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddThiDuaData(settings);
        services.AddThiDuaCore();
        services.AddThiDuaIdentityCore();
        _services = services.BuildServiceProvider();
        using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        DataModule.MigrateAsync(db).GetAwaiter().GetResult();
        if (db.People.Count() < 100_000)
        {
            db.Database.EnsureDeleted();
            DataModule.MigrateAsync(db).GetAwaiter().GetResult();
            scope.ServiceProvider.GetRequiredService<GenerateNationalData>().HandleAsync(new GenerateNationalInput(34, 100_000, 355)).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>As the central authority: the whole tree (100,000 people) is in scope.</summary>
    [Benchmark]
    public async Task<int> SearchWholeTree()
    {
        using var scope = Scope();
        var results = await scope.ServiceProvider.GetRequiredService<SearchDirectory>().HandleAsync(Query);
        return results.People.Count;
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
