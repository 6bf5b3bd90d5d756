using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where data lives: <c>data/</c> under the working directory unless THIDUA_DATA says otherwise.</summary>
public sealed record DataPaths(string Root)
{
    public string SqliteFile => System.IO.Path.Combine(Root, "thidua.db");

    public string Files => System.IO.Path.Combine(Root, "files");

    public static DataPaths FromEnvironment(IConfiguration configuration)
    {
        var root = configuration["THIDUA_DATA"];
        return new DataPaths(System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(root) ? "data" : root));
    }
}

/// <summary>The resolved database settings: provider and connection string.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings From(IConfiguration configuration, DataPaths paths)
    {
        var providerText = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText) || providerText.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Sqlite
            : providerText.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || providerText.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase)
                ? DatabaseProvider.Postgres
                : throw new InvalidOperationException($"Database:Provider '{providerText}' không được hỗ trợ: dùng Sqlite hoặc Postgres.");
        var connection = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Database:Provider=Postgres cần ConnectionStrings__Default (chuỗi kết nối PostgreSQL).");
            }

            connection = new SqliteConnectionStringBuilder { DataSource = paths.SqliteFile, Pooling = true }.ToString();
        }

        return new DatabaseSettings(provider, connection);
    }
}

public static class DataModule
{
    /// <summary>Registers the provider's context and exposes it as <see cref="AppDbContext"/>.</summary>
    public static IServiceCollection AddThiDuaData(this IServiceCollection services, DatabaseSettings settings, Action<DbContextOptionsBuilder>? extra = null)
    {
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresAppDbContext>(o =>
            {
                o.UseNpgsql(settings.ConnectionString, n => n.EnableRetryOnFailure(0));
                extra?.Invoke(o);
            });
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteAppDbContext>(o =>
            {
                o.UseSqlite(settings.ConnectionString);
                extra?.Invoke(o);
            });
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }

        return services;
    }

    /// <summary>
    /// Applies pending migrations, then inserts reference data a fresh database needs (the built-in legal regimes, when
    /// the table is empty); on SQLite also switches the file to WAL (foreign keys are on per connection).
    /// </summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            var source = builder.DataSource;
            if (!string.IsNullOrEmpty(source) && source != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(source))!);
                await db.Database.OpenConnectionAsync(ct);
                try
                {
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            }
        }

        await db.Database.MigrateAsync(ct);
        await Awards.Regimes.RegimeStore.SeedBuiltInsAsync(db, ct);
        await Targets.TargetCatalog.SeedBuiltInsAsync(db, ct);
        await Shared.Calendar.BuiltInCalendar.SeedAsync(db, ct);
        await Awards.Decisions.AwardMoney.SeedBuiltInsAsync(db, ct);
    }
}
