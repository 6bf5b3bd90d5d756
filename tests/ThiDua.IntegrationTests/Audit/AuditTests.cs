using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Audit;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Audit;

[Collection("app")]
public sealed class AuditTests(Apps apps)
{
    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task EveryChange_IsChained_AndTheChainVerifies(Db db)
    {
        var app = apps.Get(db);
        await using (var scope = app.SystemScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var person = await context.People.OrderBy(p => p.Id).FirstAsync();
            person.SetPosition(person.Position + " (kiêm nhiệm)", person.Leadership);
            await context.SaveChangesAsync();
            var last = await context.AuditEvents.OrderByDescending(e => e.Sequence).FirstAsync();
            Assert.Equal("Person.updated", last.Action);
            Assert.Equal(person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), last.EntityId);
            Assert.Contains("(kiêm nhiệm)", last.Summary);
            Assert.Equal("kiểm thử", last.ActorName);
            Assert.StartsWith("/", last.ScopePath);
        }

        var result = await app.WithDbAsync(d => new VerifyAuditChain(d).HandleAsync());
        Assert.True(result.Intact, result.Reason);
        Assert.True(result.EventsChecked > 200);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task DecomposedUnicode_IsStoredAndHashedAsNfc(Db db)
    {
        var app = apps.Get(db);
        await using var scope = app.SystemScope();
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var person = await context.People.OrderBy(p => p.Id).Skip(1).FirstAsync();
        person.SetName("Nguyễn Thị Hường".Normalize(NormalizationForm.FormD));
        await context.SaveChangesAsync();
        Assert.Equal("Nguyễn Thị Hường".Normalize(NormalizationForm.FormC), person.FullName);
        var verified = await new VerifyAuditChain(context).HandleAsync();
        Assert.True(verified.Intact);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task AuditView_PerEntity_IsScoped(Db db)
    {
        var app = apps.Get(db);
        var hanoiPerson = await app.WithDbAsync(d => d.People.Where(p => p.Code.StartsWith("HNI")).Select(p => p.Id).FirstAsync());
        var langSonPerson = await app.WithDbAsync(d => d.People.Where(p => p.Code.StartsWith("LSN")).Select(p => p.Id).FirstAsync());
        var api = await app.ApiClientAsync("canbo.langson");
        var own = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Person&entityId={langSonPerson}");
        Assert.True(own.GetProperty("total").GetInt32() >= 1);
        var other = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Person&entityId={hanoiPerson}");
        Assert.Equal(0, other.GetProperty("total").GetInt32());
    }
}

/// <summary>The `thidua` CLI run as a real process: audit verification before and after a hand edit, national data generation.</summary>
public sealed class AuditCliTests
{
    [Fact]
    public async Task AuditVerify_PassesOnIntactDatabase_AndNamesTheEditedEvent()
    {
        var data = Directory.CreateTempSubdirectory("thidua-cli-").FullName;
        try
        {
            var (seedCode, seedOut) = await RunCliAsync(data, "demo", "seed");
            Assert.True(seedCode == 0, seedOut);
            var (okCode, okOut) = await RunCliAsync(data, "audit", "verify");
            Assert.Equal(0, okCode);
            Assert.Contains("toàn vẹn", okOut);

            await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data, "thidua.db")}"))
            {
                await connection.OpenAsync();
                await using var edit = connection.CreateCommand();
                edit.CommandText = "UPDATE AuditEvents SET Summary = Summary || ' (sửa tay)' WHERE Sequence = 42";
                Assert.Equal(1, await edit.ExecuteNonQueryAsync());
            }

            var (badCode, badOut) = await RunCliAsync(data, "audit", "verify");
            Assert.Equal(1, badCode);
            Assert.Contains("sự kiện số 42", badOut);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task DemoGenerate_BuildsTheNationalStructure_OnSqlite()
    {
        var data = Directory.CreateTempSubdirectory("thidua-gen-").FullName;
        try
        {
            var (code, output) = await RunCliAsync(data, "demo", "generate", "--provinces", "34", "--people", "2000");
            Assert.True(code == 0, output);
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data, "thidua.db")}");
            await connection.OpenAsync();
            Assert.Equal(34L, await ScalarAsync(connection, "SELECT COUNT(*) FROM Units WHERE Kind = 'PROVINCIAL'"));
            Assert.Equal(355L, await ScalarAsync(connection, "SELECT COUNT(*) FROM Units WHERE Kind = 'REGIONAL'"));
            Assert.Equal(2000L, await ScalarAsync(connection, "SELECT COUNT(*) FROM People"));
            Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM Units WHERE Path = ''"));

            var (again, refused) = await RunCliAsync(data, "demo", "generate", "--people", "10");
            Assert.Equal(2, again);
            Assert.Contains("đã có đơn vị", refused);
            var (verify, _) = await RunCliAsync(data, "audit", "verify");
            Assert.Equal(0, verify);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [SkippableFact]
    public async Task DemoGenerate_And_DbMigrate_WorkOnPostgres()
    {
        Skip.If(ThiDuaApp.PostgresConnection is null, Apps.PostgresSkipReason);
        using var database = TemporaryPostgresDatabase.New("thidua_cli_");
        var env = new Dictionary<string, string> { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Default"] = database.ConnectionString };
        var (migrate, migrateOut) = await RunCliAsync(Path.GetTempPath(), env, "db", "migrate");
        Assert.True(migrate == 0, migrateOut);
        var (generate, generateOut) = await RunCliAsync(Path.GetTempPath(), env, "demo", "generate", "--people", "1000");
        Assert.True(generate == 0, generateOut);
        await using (var check = new Npgsql.NpgsqlConnection(database.ConnectionString))
        {
            await check.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand("SELECT COUNT(*) FROM \"Units\" WHERE \"Kind\" = 'REGIONAL'", check);
            Assert.Equal(355L, (long)(await count.ExecuteScalarAsync())!);
        }

        var (verify, verifyOut) = await RunCliAsync(Path.GetTempPath(), env, "audit", "verify");
        Assert.True(verify == 0, verifyOut);
    }

    private static async Task<long> ScalarAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static Task<(int Code, string Output)> RunCliAsync(string dataDirectory, params string[] args) => CliRunner.RunAsync(dataDirectory, args);

    private static Task<(int Code, string Output)> RunCliAsync(string dataDirectory, Dictionary<string, string> environment, params string[] args) =>
        CliRunner.RunAsync(dataDirectory, environment, args);
}
