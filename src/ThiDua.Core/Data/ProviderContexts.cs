using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Data;

/// <summary>SQLite, the embedded default. Its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser actor, TimeProvider clock)
    : AppDbContext(options, actor, clock)
{
    // EF starts SQLite transactions with BEGIN IMMEDIATE: the write lock is already ours, appends cannot interleave.
}

/// <summary>PostgreSQL, the production database. Its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ICurrentUser actor, TimeProvider clock)
    : AppDbContext(options, actor, clock)
{
    /// <summary>Takes the audit chain's advisory lock (an arbitrary constant key) until the transaction ends.</summary>
    protected override Task LockAuditChainAsync(CancellationToken ct) =>
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(73102015)", ct);
}

/// <summary>Lets `dotnet ef` build the SQLite context without the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options, new SystemUser(), TimeProvider.System);
}

/// <summary>Lets `dotnet ef` build the PostgreSQL context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=thidua_design").Options, new SystemUser(), TimeProvider.System);
}
