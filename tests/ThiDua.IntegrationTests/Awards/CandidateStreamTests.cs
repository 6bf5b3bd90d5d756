using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Imports.Files;
using ThiDua.Core.Shared;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Awards;

/// <summary>
/// The streamed export (StreamCandidates, <c>export?format=csv</c>, <c>thidua candidates export</c>) gives the same
/// people, titles and verdicts as the paged list, whatever the batch size, and keeps to the caller's scope.
/// </summary>
[Collection("app")]
public sealed class CandidateStreamTests(Apps apps)
{
    private const string Candidates = "/api/v1/awards/candidates";

    private static int Assessed => EmulationYear.LastFinished(EmulationYear.DateIn(TimeProvider.System.GetUtcNow()));

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheStream_InSmallBatches_GivesTheListsPersonRows(Db db)
    {
        var app = apps.Get(db);
        var unit = await UnitIdAsync(app, "LSN");
        await using var scope = app.SystemScope();
        var list = await scope.ServiceProvider.GetRequiredService<ListCandidates>().HandleAsync(new CandidateQuery(unit, Assessed, Size: int.MaxValue));
        var expected = Keys(list.Value!.Items.Where(r => r.Kind == "PERSON"));

        // Seven people a batch: many batches, so the keyset paging and the overlap of loading and judging are exercised.
        var batches = new List<int>();
        var stream = await scope.ServiceProvider.GetRequiredService<StreamCandidates>().HandleAsync(
            new CandidateQuery(unit, Assessed), batchSize: 7, new SyncProgress(batches.Add));
        var rows = new List<CandidateRow>();
        await foreach (var row in stream.Value!.Rows)
        {
            rows.Add(row);
        }

        Assert.True(expected.Count > 1000, $"The demo province should have many person rows, got {expected.Count}.");
        Assert.Equal(expected, Keys(rows));
        Assert.Equal(rows.Select(r => r.PersonId).Distinct().Count(), batches[^1]);
        Assert.True(batches.Count > 10, "Several batches were expected.");
        Assert.Equal(rows.Select(r => r.PersonId).Distinct(), rows.Select(r => r.PersonId).Distinct().Order());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheCsvExport_MatchesTheList_AndAnotherProvinceIsNotFound(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var unit = await UnitIdAsync(app, "LSN");
        var listed = new List<(string, string, string, string)>();
        for (var page = 1; ; page++)
        {
            var body = await api.GetFromJsonAsync<JsonElement>($"{Candidates}?unitId={unit}&year={Assessed}&size=500&page={page}");
            var items = body.GetProperty("items").EnumerateArray().ToList();
            listed.AddRange(items.Where(r => r.GetProperty("kind").GetString() == "PERSON").Select(r => (
                r.GetProperty("code").GetString()!, r.GetProperty("target").GetString()!, r.GetProperty("outcome").GetString()!,
                string.Join(", ", r.GetProperty("unmet").EnumerateArray().Select(u => u.GetProperty("code").GetString())))));
            if (items.Count < 500)
            {
                break;
            }
        }

        var response = await api.GetAsync($"{Candidates}/export?unitId={unit}&year={Assessed}&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var exported = ReadCsv(bytes);
        Assert.Equal(CandidateCsv.Headers, exported.Headers);
        Assert.Equal(listed.Order(), exported.Rows.Select(r => (r[0], r[5], r[7], r[9])).Order());
        Assert.Contains(exported.Rows, r => r[8] == "Đủ điều kiện");

        var eligibleOnly = ReadCsv(await api.GetByteArrayAsync($"{Candidates}/export?unitId={unit}&year={Assessed}&format=csv&target=LDTT&outcome=ELIGIBLE"));
        Assert.Equal(listed.Count(r => r.Item2 == "LDTT" && r.Item3 == "ELIGIBLE"), eligibleOnly.Rows.Count);

        var hanoi = await UnitIdAsync(app, "HNI");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{Candidates}/export?unitId={hanoi}&format=csv")).StatusCode);
        var collective = await api.GetAsync($"{Candidates}/export?unitId={unit}&format=csv&target=TTLDTT");
        Assert.Equal(HttpStatusCode.BadRequest, collective.StatusCode);
        Assert.Contains("cá nhân", await collective.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"{Candidates}/export?unitId={unit}&format=pdf")).StatusCode);
    }

    [SkippableFact]
    public async Task TheCli_ExportsTheUnitsPeopleToCsv()
    {
        var data = Directory.CreateTempSubdirectory("thidua-cli-candidates-").FullName;
        try
        {
            Assert.Equal(0, (await CliRunner.RunAsync(data, "demo", "seed")).Code);
            var file = Path.Combine(data, "ds.csv");
            var (code, output) = await CliRunner.RunAsync(data, "candidates", "export", "--unit", "LSN-KV1", "--year", $"{Assessed}", "--out", file, "--batch", "5");
            Assert.True(code == 0, output);
            Assert.Contains("người", output, StringComparison.Ordinal);
            var exported = ReadCsv(await File.ReadAllBytesAsync(file));
            Assert.NotEmpty(exported.Rows);
            Assert.All(exported.Rows, r => Assert.Equal($"{Assessed}", r[13]));
            Assert.Equal(ListCandidates.PersonTargets.Count * exported.Rows.Select(r => r[0]).Distinct().Count(), exported.Rows.Count);

            var (eligibleCode, eligibleOutput) = await CliRunner.RunAsync(data, "candidates", "export", "--unit", "LSN-KV1", "--year", $"{Assessed}", "--target", "LDTT", "--outcome", "ELIGIBLE", "--out", file);
            Assert.True(eligibleCode == 0, eligibleOutput);
            var eligible = ReadCsv(await File.ReadAllBytesAsync(file));
            Assert.Equal(exported.Rows.Count(r => r[5] == "LDTT" && r[7] == "ELIGIBLE"), eligible.Rows.Count);

            var (badCode, badOutput) = await CliRunner.RunAsync(data, "candidates", "export", "--unit", "KHONG-CO", "--out", file);
            Assert.Equal(2, badCode);
            Assert.Contains("không có đơn vị mã KHONG-CO", badOutput, StringComparison.Ordinal);
            var (collectiveCode, collectiveOutput) = await CliRunner.RunAsync(data, "candidates", "export", "--unit", "LSN", "--target", "TTLDTT", "--out", file);
            Assert.Equal(2, collectiveCode);
            Assert.Contains("cá nhân", collectiveOutput, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static List<(int?, string, string, string)> Keys(IEnumerable<CandidateRow> rows) =>
        rows.Select(r => (r.PersonId, Codes.Of(r.Target), Codes.Of(r.Outcome), string.Join(", ", r.Unmet.Select(u => u.Code)))).Order().ToList();

    private static (IReadOnlyList<string> Headers, List<string[]> Rows) ReadCsv(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var opened = TabularFileReader.Open(stream, "danh-sach.csv", ImportLimits.Default);
        Assert.True(opened.IsSuccess, opened.Problem?.Message);
        using var file = opened.File!;
        return (file.Headers, file.ReadRows().Select(r => r.Cells.Select(c => c.Display).ToArray()).ToList());
    }

    private static Task<int> UnitIdAsync(ThiDuaApp app, string code) => app.WithDbAsync(d => d.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
