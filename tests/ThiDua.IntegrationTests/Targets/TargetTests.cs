using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Targets;

/// <summary>
/// Targets and tracking on the demo data (SeedDemoTargets: Lạng Sơn and its eight offices, last year complete, this
/// year up to the last completed month). Tests that write use emulation year 2025 and office 8 (LSN-KV8), which the
/// demo leaves empty, so they never disturb each other or the demo's figures.
/// </summary>
[Collection("app")]
public sealed class TargetTests(Apps apps)
{
    private const int Year = 2025;

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Targets_OutsideZeroToHundred_AreRefusedNamingTheField_AndChangesAreAudited(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var kv8 = await UnitAsync(app, "LSN-KV8");

        var high = await api.PutAsJsonAsync($"/api/v1/targets/{Year}", new { cells = new object[] { new { unitId = kv8, indicator = "VIEC", percent = 101 }, new { unitId = kv8, indicator = "TIEN", percent = -1 } } });
        Assert.Equal(HttpStatusCode.BadRequest, high.StatusCode);
        var errors = (await high.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("nằm ngoài khoảng 0–100 %", errors.GetProperty("cells[0].percent")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("cells[1].percent", out _));
        Assert.Equal(0, await app.WithDbAsync(d => d.UnitTargets.CountAsync(t => t.UnitId == kv8 && t.Year == Year)));

        await SetTargetsAsync(api, kv8);
        Assert.Equal(4, await app.WithDbAsync(d => d.UnitTargets.CountAsync(t => t.UnitId == kv8 && t.Year == Year)));
        var audit = await api.GetFromJsonAsync<JsonElement>("/api/v1/audit?entityType=UnitTarget&size=50");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "UnitTarget.created");

        // Twelve months of last-but-one year, then the progress, the grade and why.
        var rows = Enumerable.Range(1, 12).SelectMany(m => new object[]
        {
            Row(kv8, m, "VIEC", 850m * m / 12, 1000),
            Row(kv8, m, "TIEN", 40m * m / 12, 100),
            Row(kv8, m, "GIAM_TON", 50m * m / 12, 100),
            Row(kv8, m, "QD_DUNG_HAN", 10 * m, 10 * m),
        }).ToArray();
        var saved = await api.PostAsJsonAsync("/api/v1/targets/actuals", new { rows });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(48, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32());

        var progress = await api.GetFromJsonAsync<JsonElement>($"/api/v1/targets/units/{kv8}/progress?year={Year}");
        Assert.Equal(12, progress.GetProperty("asOfMonth").GetInt32());
        var tien = progress.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicator").GetProperty("code").GetString() == "TIEN");
        Assert.Equal(40m, tien.GetProperty("score").GetProperty("result").GetDecimal());
        Assert.Equal(50m, tien.GetProperty("score").GetProperty("expected").GetDecimal());
        Assert.Equal(4800, tien.GetProperty("score").GetProperty("pointsX100").GetInt32()); // 60 × 40 / 50
        Assert.Equal("BEHIND", tien.GetProperty("status").GetString());
        var month3 = tien.GetProperty("months")[2];
        Assert.Equal(10m, month3.GetProperty("numerator").GetDecimal());
        Assert.Equal(10m, month3.GetProperty("result").GetDecimal());
        var score = progress.GetProperty("score");
        Assert.Equal(18800, score.GetProperty("scoreX100").GetInt32()); // 60 + 48 + 40 + 40
        Assert.Equal("B", score.GetProperty("grade").GetString()); // ≥ 180 but the money target is missed: not A
        Assert.Contains(score.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("Chưa đạt loại A: chưa đạt chỉ tiêu chính", StringComparison.Ordinal));

        // The alert list of the province for that year: the office's money is 10 points below, its cases are not.
        var alerts = await api.GetFromJsonAsync<JsonElement>($"/api/v1/targets/alerts?unitId={await UnitAsync(app, "LSN")}&year={Year}");
        var mine = alerts.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("unitId").GetInt32() == kv8).ToList();
        Assert.Equal(["TIEN"], mine.Select(r => r.GetProperty("indicator").GetString()));
        Assert.Equal(10m, mine[0].GetProperty("gap").GetDecimal());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task CumulativeActuals_ThatGoDown_AreRefusedSayingWhichUnitIndicatorAndMonth(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var kv7 = await UnitAsync(app, "LSN-KV7");
        var first = await api.PostAsJsonAsync("/api/v1/targets/actuals", new { rows = new[] { Row(kv7, 1, "VIEC", 100, 900), Row(kv7, 2, "VIEC", 180, 920) } });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // Month 3 below month 2; month 1 raised above month 2: both refused, nothing written.
        var down = await api.PostAsJsonAsync("/api/v1/targets/actuals", new { rows = new[] { Row(kv7, 3, "VIEC", 170, 940), Row(kv7, 4, "VIEC", 200, 950) } });
        Assert.Equal(HttpStatusCode.BadRequest, down.StatusCode);
        var message = (await down.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("rows[0].numerator")[0].GetString()!;
        Assert.Contains("Phòng Thi hành án dân sự khu vực 7", message, StringComparison.Ordinal);
        Assert.Contains("số lũy kế tháng 12/2024 (170) thấp hơn tháng 11/2024 (180)", message, StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ giải quyết xong về việc", message, StringComparison.Ordinal);
        var raised = await api.PostAsJsonAsync("/api/v1/targets/actuals", new { rows = new[] { Row(kv7, 1, "VIEC", 190, 900) } });
        Assert.Equal(HttpStatusCode.BadRequest, raised.StatusCode);
        Assert.Contains("tháng 11/2024 (180) thấp hơn tháng 10/2024 (190)", await raised.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(d => d.MonthlyActuals.CountAsync(a => a.UnitId == kv7 && a.Year == Year)));

        // A numerator above its denominator, a month not yet begun, an unknown indicator: each named.
        var bad = await api.PostAsJsonAsync("/api/v1/targets/actuals", new
        {
            rows = new object[]
            {
                Row(kv7, 5, "VIEC", 2000, 1000),
                new { unitId = kv7, month = "2999-01", indicator = "VIEC", numerator = 1, denominator = 2 },
                Row(kv7, 5, "KHONG_CO", 1, 2),
            },
        });
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("rows[0].numerator", out _));
        Assert.Contains("chưa đến", errors.GetProperty("rows[1].month")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("KHONG_CO", errors.GetProperty("rows[2].indicator")[0].GetString(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Import_IsAllOrNothing_WithErrorsByRowAndColumn(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var kv6 = await UnitAsync(app, "LSN-KV6");
        const string Header = "Mã đơn vị,Tháng,Mã chỉ tiêu,Kết quả lũy kế,Tổng số lũy kế\n";
        var bad = Header
            + "LSN-KV6,10/2024,TIEN,100,400\n"
            + "LSN-KV6,11/2024,TIEN,90,420\n" // goes down
            + "HNI-KV1,10/2024,TIEN,1,2\n" // another province
            + "LSN-KV6,10/2024,VIEC,abc,300\n";
        var refused = await PostFileAsync(api, bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(errors, e => e.Row == 4 && e.Column == "Mã đơn vị" && e.Message.Contains("HNI-KV1", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 5 && e.Column == "Kết quả lũy kế");
        Assert.Equal(0, await app.WithDbAsync(d => d.MonthlyActuals.CountAsync(a => a.UnitId == kv6 && a.Year == Year)));

        // Without the foreign and unreadable rows, the drop alone is reported on its own row and column.
        var drop = await PostFileAsync(api, Header + "LSN-KV6,10/2024,TIEN,100,400\nLSN-KV6,11/2024,TIEN,90,420\n");
        var dropErrors = (await drop.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Single(dropErrors);
        Assert.Equal(3, dropErrors[0].GetProperty("row").GetInt32());
        Assert.Equal("Kết quả lũy kế", dropErrors[0].GetProperty("column").GetString());
        Assert.Equal(0, await app.WithDbAsync(d => d.MonthlyActuals.CountAsync(a => a.UnitId == kv6 && a.Year == Year)));

        var ok = await PostFileAsync(api, Header + "LSN-KV6,10/2024,TIEN,100,400\nLSN-KV6,2024-11,TIEN,130,420\n");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(2, (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32());
        Assert.Equal(2, await app.WithDbAsync(d => d.MonthlyActuals.CountAsync(a => a.UnitId == kv6 && a.Year == Year)));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Ranking_OfLastYear_GradesTheOfficesByThresholdsThatAreData(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var langSon = await UnitAsync(app, "LSN");
        var lastYear = app.Services.GetRequiredService<ThiDua.Core.Shared.EmulationCalendar>().LastFinished;
        var ranking = await api.GetFromJsonAsync<JsonElement>($"/api/v1/targets/ranking?unitId={langSon}&year={lastYear}");
        var grades = ranking.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("unitCode").GetString()!, r => r);
        // Other tests may add offices to the province (with no targets: grade D); the demo's eight are all ranked.
        Assert.All(Enumerable.Range(1, 8), i => Assert.True(grades.ContainsKey($"LSN-KV{i}")));
        Assert.Equal("A", grades["LSN-KV1"].GetProperty("grade").GetString()); // every target exceeded: 200 points
        Assert.Equal(20000, grades["LSN-KV1"].GetProperty("scoreX100").GetInt32());
        Assert.Equal("B", grades["LSN-KV3"].GetProperty("grade").GetString()); // 99 % of its targets: ≥ 180 but targets missed
        Assert.Equal("B", grades["LSN-KV4"].GetProperty("grade").GetString()); // 82 %: about 164 points
        Assert.Equal("C", grades["LSN-KV7"].GetProperty("grade").GetString()); // 70 %: about 140 points
        Assert.Equal(1, ranking.GetProperty("rows")[0].GetProperty("rank").GetInt32());
        Assert.Equal("A", ranking.GetProperty("rows")[0].GetProperty("grade").GetString());

        // Thresholds are data: an officer may not change them; the root administrator may (audited), and the grades follow.
        var refused = await api.PutAsJsonAsync("/api/v1/targets/grades", new { grades = new[] { new { code = "C", minPoints = 150, requiresKeyTargets = false } } });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var admin = await app.ApiClientAsync("quantri");
        var inverted = await admin.PutAsJsonAsync("/api/v1/targets/grades", new { grades = new[] { new { code = "C", minPoints = 170, requiresKeyTargets = false } } });
        Assert.Equal(HttpStatusCode.BadRequest, inverted.StatusCode);
        Assert.Contains("không được cao hơn ngưỡng loại B", await inverted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        try
        {
            var changed = await admin.PutAsJsonAsync("/api/v1/targets/grades", new { grades = new[] { new { code = "C", minPoints = 145, requiresKeyTargets = false } } });
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            var after = await api.GetFromJsonAsync<JsonElement>($"/api/v1/targets/ranking?unitId={langSon}&year={lastYear}");
            Assert.Equal("D", after.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("unitCode").GetString() == "LSN-KV7").GetProperty("grade").GetString());
            Assert.True(await app.WithDbAsync(d => d.AuditEvents.AnyAsync(e => e.Action == "RankingGrade.updated" && e.Summary.Contains("MinPoints: '100' → '145'"))));
        }
        finally
        {
            await admin.PutAsJsonAsync("/api/v1/targets/grades", new { grades = new[] { new { code = "C", minPoints = 100, requiresKeyTargets = false } } });
        }
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task AMovementsCriterion_LinkedToAnIndicator_GetsItsPointsComputed(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var lastYear = app.Services.GetRequiredService<ThiDua.Core.Shared.EmulationCalendar>().LastFinished;
        var end = ThiDua.Core.Shared.EmulationYear.End(lastYear);
        var movement = await app.WithDbAsync(d => d.Movements.Where(m => m.OwnerUnit.Code == "LSN" && m.PeriodTo == end)
            .Select(m => new { m.Id, Criteria = m.Criteria.OrderBy(c => c.Order).Select(c => new { c.Id, c.Points }).ToList() }).SingleAsync());
        var linked = await api.PutAsJsonAsync($"/api/v1/targets/links/{movement.Id}", new
        {
            links = new object[] { new { criterionId = movement.Criteria[0].Id, indicator = "VIEC" }, new { criterionId = movement.Criteria[1].Id, indicator = "TIEN" } },
        });
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        var badLink = await api.PutAsJsonAsync($"/api/v1/targets/links/{movement.Id}", new { links = new[] { new { criterionId = movement.Criteria[0].Id, indicator = "KHONG_CO" } } });
        Assert.Equal(HttpStatusCode.BadRequest, badLink.StatusCode);

        var kv1 = await api.GetFromJsonAsync<JsonElement>($"/api/v1/targets/points?movementId={movement.Id}&unitId={await UnitAsync(app, "LSN-KV1")}");
        var kv1Rows = kv1.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(movement.Criteria[0].Points * 100, kv1Rows[0].GetProperty("pointsX100").GetInt32()); // target exceeded: full points
        Assert.Equal(JsonValueKind.Null, kv1Rows[2].GetProperty("pointsX100").ValueKind); // not linked: not computed

        var kv7 = await api.GetFromJsonAsync<JsonElement>($"/api/v1/targets/points?movementId={movement.Id}&unitId={await UnitAsync(app, "LSN-KV7")}");
        var row = kv7.GetProperty("criteria")[0];
        var expected = (int)Math.Round(movement.Criteria[0].Points * 100m * row.GetProperty("result").GetDecimal() / row.GetProperty("expected").GetDecimal(), MidpointRounding.AwayFromZero);
        Assert.Equal(expected, row.GetProperty("pointsX100").GetInt32());
        Assert.True(expected < movement.Criteria[0].Points * 100);
        Assert.Equal(kv7.GetProperty("criteria").EnumerateArray().Sum(c => c.GetProperty("pointsX100").ValueKind == JsonValueKind.Null ? 0 : c.GetProperty("pointsX100").GetInt32()),
            kv7.GetProperty("computedX100").GetInt32());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheDemo_HasAnOfficeFallingBehind_ThisYear(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var alerts = await api.GetFromJsonAsync<JsonElement>($"/api/v1/targets/alerts?unitId={await UnitAsync(app, "LSN")}");
        Skip.If(alerts.GetProperty("asOfMonth").GetInt32() == 0, "The first month of the emulation year: no figure is due yet.");
        var rows = alerts.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("unitCode").GetString() == "LSN-KV4" && r.GetProperty("result").ValueKind == JsonValueKind.Number);
        Assert.DoesNotContain(rows, r => r.GetProperty("unitCode").GetString() == "LSN-KV1");
    }

    [Fact]
    public async Task TheCli_ImportsActuals_AndRefusesAFileWithErrorsByRowAndColumn()
    {
        var data = Directory.CreateTempSubdirectory("thidua-cli-targets-").FullName;
        var file = Path.Combine(data, "ket-qua.csv");
        await File.WriteAllTextAsync(file, "Mã đơn vị,Tháng,Mã chỉ tiêu,Kết quả lũy kế,Tổng số lũy kế\nKHONG-CO,10/2024,VIEC,1,2\n", Encoding.UTF8);
        var (code, output) = await CliRunner.RunAsync(data, "targets", "import", file);
        Assert.Equal(1, code);
        Assert.Contains("dòng 2, cột Mã đơn vị: Không có đơn vị mã “KHONG-CO”", output, StringComparison.Ordinal);
        Assert.Contains("không ghi dòng nào", output, StringComparison.Ordinal);
    }

    private static object Row(int unitId, int month, string indicator, decimal numerator, decimal denominator) => new
    {
        unitId,
        month = new DateOnly(Year - 1, 10, 1).AddMonths(month - 1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        indicator,
        numerator = Math.Round(numerator, 2),
        denominator,
    };

    private static async Task SetTargetsAsync(HttpClient api, int unitId)
    {
        var response = await api.PutAsJsonAsync($"/api/v1/targets/{Year}", new
        {
            cells = new object[]
            {
                new { unitId, indicator = "VIEC", percent = 80 },
                new { unitId, indicator = "TIEN", percent = 50 },
                new { unitId, indicator = "GIAM_TON", percent = 40 },
                new { unitId, indicator = "QD_DUNG_HAN", percent = 100 },
            },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient api, string csv)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "ket-qua.csv" } };
        return await api.PostAsync("/api/v1/targets/actuals/import", form);
    }

    private static Task<int> UnitAsync(ThiDuaApp app, string code) => app.WithDbAsync(d => d.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());
}
