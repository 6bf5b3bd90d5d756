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
            person.SetPosition(person.Position + " (kiêm nhiệm)", person.IsLeader);
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

/// <summary>`thidua audit verify` run as a real process against a SQLite file, before and after a hand edit.</summary>
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

    private static async Task<(int Code, string Output)> RunCliAsync(string dataDirectory, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "thidua.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["THIDUA_DATA"] = dataDirectory;
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment.Remove("ConnectionStrings__Default");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
