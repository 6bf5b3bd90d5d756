using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Awards.Regimes;
using ThiDua.Core.Data;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Awards;

/// <summary>
/// Regimes stored as data (issue 4, item 1; ADR 0012): the built-ins are seeded, a root administrator adds a regime
/// 2026 from 2026-10-01 through the API alone and the verdicts of the check API and of the candidate lists follow it
/// for decisions from that date only; changes are audited old → new; bad documents answer 400 naming the field and
/// change nothing. Tests of the shared app delete what they add (in finally) so that later tests judge as before.
/// </summary>
[Collection("app")]
public sealed class RegimeTests(Apps apps)
{
    private const string Regimes = "/api/v1/regimes";

    private static readonly string[] BuiltIns = ["2014", "2017", "2024", "2025"];

    /// <summary>rules.md §1's likely amendment: an initiative compulsory again for CSTĐCS, and LĐTT only for HTXS.</summary>
    private const string Regime2026 = """
        {
          "code": "2026",
          "inherits": "2025",
          "name": "Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng (dự kiến 2026)",
          "effectiveFrom": "2026-10-01",
          "sources": [ "Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng (dự kiến có hiệu lực 01/10/2026)" ],
          "cstdcsRoute": { "value": "INITIATIVE_REQUIRED", "checked": false, "citation": "Luật sửa đổi 2026 (dự kiến)" },
          "ldttMinRating": { "value": "HTXS", "checked": false, "citation": "Luật sửa đổi 2026 (dự kiến)" }
        }
        """;

    private static string CstdcsCase(string id, string asOf) => $$"""
        {
          "id": "{{id}}", "asOf": "{{asOf}}", "sector": "general", "year": 2026, "target": "CSTDCS",
          "person": {
            "recruitedOn": "2015-01-05", "isLeader": false, "gender": "F", "registered": [],
            "years": [ { "year": 2026, "rating": "HTXS", "titles": [], "initiatives": [], "leaveWorkingDays": 0, "leaveReason": null } ],
            "awards": [], "discipline": [], "pending": []
          }
        }
        """;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheBuiltInRegimes_AreSeeded_OnceAndListedWithTheirUncheckedValues(Db db)
    {
        var app = apps.Get(db);
        var rows = await app.WithDbAsync(d => d.Regimes.AsNoTracking().OrderBy(r => r.EffectiveFrom).ToListAsync());
        Assert.Equal(BuiltIns, rows.Select(r => r.Code));
        Assert.All(rows, r => Assert.True(r.BuiltIn));

        // Seeding again (every start-up and `thidua db migrate` does) leaves the table as it is.
        Assert.False(await app.WithDbAsync(d => RegimeStore.SeedBuiltInsAsync(d)));
        Assert.Equal(4, await app.WithDbAsync(d => d.Regimes.CountAsync()));

        var officer = await app.ApiClientAsync("canbo.langson");
        var list = await officer.GetFromJsonAsync<JsonElement>(Regimes);
        Assert.Equal(BuiltIns, list.EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        var inForce = list.EnumerateArray().Single(r => r.GetProperty("inForceToday").GetBoolean());
        Assert.Equal("2025", inForce.GetProperty("code").GetString());
        Assert.All(list.EnumerateArray(), r => Assert.True(r.GetProperty("uncheckedCount").GetInt32() > 0));

        var detail = await officer.GetFromJsonAsync<JsonElement>($"{Regimes}/2025");
        Assert.Equal("2024", detail.GetProperty("baseCode").GetString());
        var fields = detail.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("fields").EnumerateArray()).ToList();
        var months = fields.Single(f => f.GetProperty("key").GetString() == "ldttMinServiceMonths");
        Assert.Equal("Số tháng công tác tối thiểu trong năm (tuyển dụng mới)", months.GetProperty("label").GetString());
        Assert.Contains(fields, f => !f.GetProperty("checked").GetBoolean());
        Assert.DoesNotContain(fields, f => f.GetProperty("differs").GetBoolean() && f.GetProperty("key").GetString() == "ldttMinServiceMonths");

        // 2017 has no base of its own: it is compared with the regime before it (2014), which had a leave limit.
        var r2017 = await officer.GetFromJsonAsync<JsonElement>($"{Regimes}/2017");
        Assert.Equal("2014", r2017.GetProperty("baseCode").GetString());
        Assert.False(r2017.GetProperty("baseIsInherited").GetBoolean());
        var leave = r2017.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("fields").EnumerateArray()).Single(f => f.GetProperty("key").GetString() == "leaveLimitEnabled");
        Assert.True(leave.GetProperty("differs").GetBoolean());
        Assert.Equal(("không", "có"), (leave.GetProperty("valueText").GetString(), leave.GetProperty("baseValueText").GetString()));
        Assert.Equal("không áp dụng", fields.Single(f => f.GetProperty("key").GetString() == "cstdcsQuotaPercent").GetProperty("valueText").GetString());
        Assert.Equal("2025", detail.GetProperty("document").GetProperty("code").GetString());
        Assert.False(detail.GetProperty("canManage").GetBoolean());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task A2026RegimeAddedAsData_ChangesTheVerdictsOfDecisionsFromItsStartOnly(Db db)
    {
        var app = apps.Get(db);
        var admin = await app.ApiClientAsync("quantri");
        var officer = await app.ApiClientAsync("canbo.langson");
        var unit = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync());
        var listUrl = $"/api/v1/awards/candidates?unitId={unit}&target=LDTT&size=500";
        var before = await officer.GetFromJsonAsync<JsonElement>(listUrl);
        var asOf = DateOnly.Parse(before.GetProperty("asOf").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("2025", (await CheckAsync(officer, "2026-12-15")).Regime);
        try
        {
            var created = await admin.PostAsync(Regimes, Json(Regime2026));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);

            // The check API: decided on 30/09/2026 under 2025 (HTXS is enough), from 01/10/2026 under 2026 (an initiative is needed).
            Assert.Equal(("2025", "ELIGIBLE"), await CheckAsync(officer, "2026-09-30"));
            var after = await CheckAsync(officer, "2026-12-15");
            Assert.Equal(("2026", "NOT_ELIGIBLE"), after);
            Assert.Equal(("2026", "NOT_ELIGIBLE"), await CheckAsync(officer, "2026-10-01"));

            // The candidate lists are decided on their as-of date: from 01/10/2026 an HTT year no longer gives LĐTT.
            var changed = await officer.GetFromJsonAsync<JsonElement>(listUrl);
            var expected = asOf >= new DateOnly(2026, 10, 1) ? "2026" : "2025";
            Assert.All(changed.GetProperty("items").EnumerateArray(), r => Assert.Equal(expected, r.GetProperty("regime").GetString()));
            if (expected == "2026")
            {
                var was = Outcomes(before);
                var now = Outcomes(changed);
                var lost = was.Where(w => w.Value == "ELIGIBLE" && now[w.Key] == "NOT_ELIGIBLE").Select(w => w.Key).ToList();
                Assert.NotEmpty(lost);
                Assert.DoesNotContain(was, w => w.Value != "ELIGIBLE" && now[w.Key] == "ELIGIBLE");
                var row = changed.GetProperty("items").EnumerateArray().First(r => r.GetProperty("code").GetString() == lost[0]);
                Assert.Contains(row.GetProperty("unmet").EnumerateArray(), u => u.GetProperty("code").GetString() == "RATING");
            }
        }
        finally
        {
            var deleted = await admin.DeleteAsync($"{Regimes}/2026");
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        // Deleted: the verdicts are those of 2025 again.
        Assert.Equal(("2025", "ELIGIBLE"), await CheckAsync(officer, "2026-12-15"));
        Assert.Equal(Outcomes(before), Outcomes(await officer.GetFromJsonAsync<JsonElement>(listUrl)));
        var events = await app.WithDbAsync(d => d.AuditEvents.Where(a => a.EntityType == "Regime" && a.EntityId == "2026").OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(["Regime.created", "Regime.deleted"], events.TakeLast(2).Select(e => e.Action));
        Assert.Contains("[cstdcsRoute.value]: \"EXCELLENT_OR_INITIATIVE\" → \"INITIATIVE_REQUIRED\"", events[^2].Summary, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task AChange_IsSaved_AndAuditedWithOldAndNewValues(Db db)
    {
        var app = apps.Get(db);
        var admin = await app.ApiClientAsync("quantri");
        var original = await PostingDaysAsync(admin);
        var old = original.GetProperty("value").GetInt32();
        var wasChecked = original.GetProperty("checked").GetBoolean();
        try
        {
            var response = await admin.PutAsync($"{Regimes}/2025", Json($$"""{ "postingWorkingDays": { "value": {{old + 5}}, "checked": {{(!wasChecked ? "true" : "false")}}, "citation": "Kiểm thử" } }"""));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(old + 5, (await PostingDaysAsync(admin)).GetProperty("value").GetInt32());
            var stored = await app.WithDbAsync(d => d.Regimes.AsNoTracking().SingleAsync(r => r.Code == "2025"));
            Assert.Contains("\"citation\": \"Kiểm thử\"", stored.Json, StringComparison.Ordinal);
            var e = await app.WithDbAsync(d => d.AuditEvents.Where(a => a.Action == "Regime.updated" && a.EntityId == "2025").OrderByDescending(a => a.Sequence).FirstAsync());
            Assert.Contains($"[postingWorkingDays.value]: {old} → {old + 5}", e.Summary, StringComparison.Ordinal);
            Assert.Contains($"[postingWorkingDays.checked]: {(wasChecked ? "true" : "false")} → {(!wasChecked ? "true" : "false")}", e.Summary, StringComparison.Ordinal);
            Assert.Contains("Số ngày làm việc công khai danh sách trước khi họp", e.Summary, StringComparison.Ordinal);
            Assert.DoesNotContain("leaveLimit", e.Summary, StringComparison.Ordinal);
        }
        finally
        {
            var restored = await admin.PutAsync($"{Regimes}/2025", Json("{ \"postingWorkingDays\": " + original.GetRawText() + " }"));
            Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        }

        Assert.Equal(original.GetRawText(), (await PostingDaysAsync(admin)).GetRawText());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task BadDocuments_Answer400NamingTheField_AndChangeNothing(Db db)
    {
        var app = apps.Get(db);
        var admin = await app.ApiClientAsync("quantri");
        var stored = await app.WithDbAsync(d => d.Regimes.AsNoTracking().OrderBy(r => r.Code).Select(r => r.Code + r.Json).ToListAsync());
        var events = await app.WithDbAsync(d => d.AuditEvents.CountAsync());

        await BadAsync(admin.PostAsync(Regimes, Json("{ pas du JSON")), "document", "JSON");
        await BadAsync(admin.PostAsync(Regimes, Json("""{ "code": "2030", "inherits": "1999", "name": "Thử", "effectiveFrom": "2030-01-01" }""")), "inherits", "1999");
        await BadAsync(admin.PostAsync(Regimes, Json("""{ "code": "2030", "inherits": "2025", "name": "Thử", "effectiveFrom": "2030-01-01", "leaveLimitWorkingDays": { "value": 0 } }""")), "leaveLimitWorkingDays", "giới hạn ngày nghỉ");
        await BadAsync(admin.PostAsync(Regimes, Json("""{ "code": "2030", "inherits": "2025", "name": "Thử", "effectiveFrom": "2025-07-01" }""")), "effectiveFrom", "mỗi ngày chỉ có thể bắt đầu một chế độ");
        await BadAsync(admin.PostAsync(Regimes, Json("""{ "code": "2024", "inherits": "2025", "name": "Thử", "effectiveFrom": "2030-01-01" }""")), "code", "Đã có chế độ");
        await BadAsync(admin.PutAsync($"{Regimes}/2025", Json("""{ "ldttMinServiceMonths": { "value": 500 } }""")), "ldttMinServiceMonths", "số tháng công tác tối thiểu");
        await BadAsync(admin.PutAsync($"{Regimes}/2025", Json("""{ "ldttMinRating": { "value": "GIOI" } }""")), "ldttMinRating", "không hợp lệ");
        await BadAsync(admin.PutAsync($"{Regimes}/2025", Json("""{ "code": "2026" }""")), "code", "khác mã đang sửa");
        await BadAsync(admin.DeleteAsync($"{Regimes}/2024"), "code", "không xóa được");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsync($"{Regimes}/1999", Json("{}"))).StatusCode);

        Assert.Equal(stored, await app.WithDbAsync(d => d.Regimes.AsNoTracking().OrderBy(r => r.Code).Select(r => r.Code + r.Json).ToListAsync()));
        Assert.Equal(events, await app.WithDbAsync(d => d.AuditEvents.CountAsync()));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task AnOfficer_ReadsRegimes_ButCannotChangeThem(Db db)
    {
        var app = apps.Get(db);
        var officer = await app.ApiClientAsync("canbo.langson");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"{Regimes}/2017")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync(Regimes, Json(Regime2026))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsync($"{Regimes}/2025", Json("""{ "leaveLimitWorkingDays": { "value": 20 } }"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.DeleteAsync($"{Regimes}/2025")).StatusCode);
        Assert.False(await app.WithDbAsync(d => d.Regimes.AnyAsync(r => r.Code == "2026")));

        // The system actor (CLI operator) and a root administrator may; an administrator of a province may not.
        Assert.True(ThiDua.Core.Shared.Security.CurrentUserExtensions.HasAtRoot(new ThiDua.Core.Shared.Security.SystemUser(), ThiDua.Core.Awards.AwardsPermissions.ManageRegimes));
        var province = new ThiDua.Core.Shared.Security.SignedInUser(0, "quản trị tỉnh", [new ThiDua.Core.Shared.Security.Grant(ThiDua.Core.Identity.Role.Administrator, 2, "/1/2/")]);
        var root = new ThiDua.Core.Shared.Security.SignedInUser(0, "quản trị Bộ", [new ThiDua.Core.Shared.Security.Grant(ThiDua.Core.Identity.Role.Administrator, 1, "/1/")]);
        Assert.False(ThiDua.Core.Shared.Security.CurrentUserExtensions.HasAtRoot(province, ThiDua.Core.Awards.AwardsPermissions.ManageRegimes));
        Assert.True(ThiDua.Core.Shared.Security.CurrentUserExtensions.HasAtRoot(root, ThiDua.Core.Awards.AwardsPermissions.ManageRegimes));
    }

    [SkippableFact]
    public async Task TheCli_JudgesWithARegimesFile_OrTheDatabase_AndSaysWhichOnStandardError()
    {
        var data = Directory.CreateTempSubdirectory("thidua-cli-regimes-").FullName;
        try
        {
            var regimes = Path.Combine(data, "che-do-2026.json");
            var cases = Path.Combine(data, "ho-so.json");
            await File.WriteAllTextAsync(regimes, Regime2026);
            await File.WriteAllTextAsync(cases, "[" + CstdcsCase("truoc", "2026-09-30") + "," + CstdcsCase("sau", "2026-12-15") + "]");
            var sqlite = new Dictionary<string, string> { ["Database__Provider"] = "Sqlite" };

            // No database in the folder: the built-in regimes.
            var (code, output, error) = await CliRunner.RunSeparatelyAsync(data, sqlite, "eligibility", "check", cases);
            Assert.Equal(0, code);
            Assert.Equal([("2025", "ELIGIBLE"), ("2025", "ELIGIBLE")], Verdicts(output));
            Assert.Contains("có sẵn trong chương trình", error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(data, "thidua.db")));

            // --regimes: the file's regime 2026 governs decisions from 01/10/2026.
            (code, output, error) = await CliRunner.RunSeparatelyAsync(data, sqlite, "eligibility", "check", cases, "--regimes", regimes);
            Assert.Equal(0, code);
            Assert.Equal([("2025", "ELIGIBLE"), ("2026", "NOT_ELIGIBLE")], Verdicts(output));
            Assert.Contains("theo tệp", error, StringComparison.Ordinal);

            // A database with a regime 2026 added as data: used without any option.
            Assert.Equal(0, (await CliRunner.RunAsync(data, "db", "migrate")).Code);
            await using (var db = new SqliteAppDbContext(
                new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={Path.Combine(data, "thidua.db")};Pooling=False").Options,
                new ThiDua.Core.Shared.Security.SystemUser("kiểm thử"), TimeProvider.System))
            {
                var regime = ThiDua.Core.Awards.Eligibility.Regimes.RegimeCatalog.Default.WithJson(Regime2026).Resolve(new DateOnly(2026, 10, 1));
                db.Regimes.Add(new RegimeRecord("2026", regime.EffectiveFrom, ThiDua.Core.Awards.Eligibility.Regimes.RegimeJson.Serialize(regime), false, TimeProvider.System.GetUtcNow().UtcDateTime, "kiểm thử"));
                await db.SaveChangesAsync();
            }

            (code, output, error) = await CliRunner.RunSeparatelyAsync(data, sqlite, "eligibility", "check", cases);
            Assert.Equal(0, code);
            Assert.Equal([("2025", "ELIGIBLE"), ("2026", "NOT_ELIGIBLE")], Verdicts(output));
            Assert.Contains("theo cơ sở dữ liệu", error, StringComparison.Ordinal);

            // A regimes file that cannot be used: a Vietnamese message, exit 2, nothing on standard output.
            await File.WriteAllTextAsync(regimes, """{ "code": "2026", "inherits": "2025", "effectiveFrom": "2026-10-01", "leaveLimitWorkingDays": { "value": 0 } }""");
            (code, output, error) = await CliRunner.RunSeparatelyAsync(data, sqlite, "eligibility", "check", cases, "--regimes", regimes);
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output.Trim());
            Assert.Contains("giới hạn ngày nghỉ", error, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static List<(string?, string?)> Verdicts(string output) =>
        JsonDocument.Parse(output).RootElement.EnumerateArray().Select(r => (r.GetProperty("regime").GetString(), r.GetProperty("outcome").GetString())).ToList();

    private static async Task<(string? Regime, string? Outcome)> CheckAsync(HttpClient api, string asOf)
    {
        var response = await api.PostAsync("/api/v1/eligibility/check", Json(CstdcsCase("c-" + asOf, asOf)));
        response.EnsureSuccessStatusCode();
        return Verdicts(await response.Content.ReadAsStringAsync()).Single();
    }

    private static Dictionary<string, string?> Outcomes(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("outcome").GetString());

    private static async Task<JsonElement> PostingDaysAsync(HttpClient api)
    {
        var detail = await api.GetFromJsonAsync<JsonElement>($"{Regimes}/2025");
        return detail.GetProperty("document").GetProperty("postingWorkingDays").Clone();
    }

    private static async Task BadAsync(Task<HttpResponseMessage> request, string field, string message)
    {
        var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {text}");
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for '{field}': {text}");
        Assert.Contains(messages.EnumerateArray(), m => m.GetString()!.Contains(message, StringComparison.Ordinal));
    }
}
