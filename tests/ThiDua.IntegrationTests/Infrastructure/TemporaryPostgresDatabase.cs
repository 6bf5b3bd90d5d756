using Npgsql;

namespace ThiDua.IntegrationTests.Infrastructure;

/// <summary>A fresh PostgreSQL database on the THIDUA_TEST_POSTGRES server, dropped (forcibly) when disposed.</summary>
public sealed class TemporaryPostgresDatabase : IDisposable
{
    private readonly string _admin;

    private TemporaryPostgresDatabase(string admin, string name, bool create)
    {
        _admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        if (create)
        {
            Create();
        }
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Creates the database now, or (with <paramref name="create"/> false) only names it, for tests that create it later.</summary>
    public static TemporaryPostgresDatabase New(string prefix, bool create = true) =>
        new(ThiDuaApp.PostgresConnection ?? throw new InvalidOperationException(ThiDuaApp.PostgresVariable + " is not set."),
            prefix + Guid.NewGuid().ToString("N")[..10], create);

    public void Create() => Execute($"CREATE DATABASE \"{Name}\"");

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
