namespace ThiDua.IntegrationTests.Infrastructure;

/// <summary>
/// One running app per database for the whole run (starting one migrates and seeds the demo province), shared
/// by the test classes of the "app" collection. PostgreSQL tests are skipped, with the reason shown, when
/// THIDUA_TEST_POSTGRES is not set; scripts/test-all.sh sets it.
/// </summary>
public sealed class Apps : IDisposable
{
    private readonly Dictionary<Db, ThiDuaApp> _apps = [];
    private readonly Lock _gate = new();

    public const string PostgresSkipReason = "PostgreSQL tier skipped: set THIDUA_TEST_POSTGRES to a connection string (scripts/test-all.sh does).";

    public ThiDuaApp Get(Db db)
    {
        Skip.If(db == Db.Postgres && ThiDuaApp.PostgresConnection is null, PostgresSkipReason);
        lock (_gate)
        {
            if (!_apps.TryGetValue(db, out var app))
            {
                app = new ThiDuaApp(db);
                _ = app.Server; // start now: migrations and demo data
                _apps[db] = app;
            }

            return app;
        }
    }

    public void Dispose()
    {
        foreach (var app in _apps.Values)
        {
            app.Dispose();
        }
    }
}

[CollectionDefinition("app")]
public sealed class AppCollection : ICollectionFixture<Apps>;

/// <summary>Both databases as theory data: every integration test runs on SQLite and on PostgreSQL.</summary>
public sealed class Databases : TheoryData<Db>
{
    public Databases()
    {
        Add(Db.Sqlite);
        Add(Db.Postgres);
    }
}
