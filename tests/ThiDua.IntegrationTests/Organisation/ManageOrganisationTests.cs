using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Organisation;

/// <summary>Units through reorganisations, people with history, yearly records: through the API, on both databases.</summary>
[Collection("app")]
public sealed class ManageOrganisationTests(Apps apps)
{
    private static string Tag() => Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();

    private static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<int> CreateUnit(HttpClient api, int parentId, string code, string name, string validFrom = "2020-01-01") =>
        (await OkJson(await api.PostAsJsonAsync("/api/v1/organisation/units", new { code, name, kind = "REGIONAL", parentId, validFrom })))
            .GetProperty("unit").GetProperty("id").GetInt32();

    private static async Task<int> CreatePerson(HttpClient api, int unitId, string code, string name, string? nationalId = null) =>
        (await OkJson(await api.PostAsJsonAsync("/api/v1/organisation/people", new
        {
            code, fullName = name, gender = "F", birthDate = "1990-05-04", unitId, position = "Chấp hành viên", leadership = "NONE", recruitedOn = "2015-03-01", nationalId,
        }))).GetProperty("id").GetInt32();

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Merge_ClosesPredecessors_MovesStaff_AndKeepsHistoryReachableFromTheSuccessor(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var lsn = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync());
        var tag = Tag();
        var a = await CreateUnit(api, lsn, $"T{tag}-A", "Chi cục Thi hành án dân sự huyện Thử A");
        var b = await CreateUnit(api, lsn, $"T{tag}-B", "Chi cục Thi hành án dân sự huyện Thử B");
        var personA = await CreatePerson(api, a, $"T{tag}-1", "Hoàng Thị Thử");
        var personB = await CreatePerson(api, b, $"T{tag}-2", "Lý Văn Nghiệm");
        (await OkJson(await api.PutAsJsonAsync($"/api/v1/organisation/people/{personA}/ratings/2024", new { rating = "HTXS" }))).GetProperty("ok");

        var merged = await OkJson(await api.PostAsJsonAsync("/api/v1/organisation/units/reorganise", new
        {
            kind = "MERGE",
            predecessorIds = new[] { a, b },
            successorIds = Array.Empty<int>(),
            newSuccessors = new[] { new { code = $"T{tag}-KV", name = "Phòng Thi hành án dân sự khu vực Thử", kind = "REGIONAL", parentId = lsn, validFrom = "2025-07-01" } },
            on = "2025-07-01",
            decisionRef = "Quyết định số 1/QĐ-THỬ",
        }));
        Assert.Equal(2, merged.GetArrayLength());
        var successor = merged[0].GetProperty("successorId").GetInt32();

        var (units, staff, links) = await app.WithDbAsync(async d => (
            await d.Units.AsNoTracking().Where(u => u.Id == a || u.Id == b || u.Id == successor).ToDictionaryAsync(u => u.Id),
            await d.People.AsNoTracking().Where(p => p.Id == personA || p.Id == personB).Select(p => p.UnitId).ToListAsync(),
            await d.UnitSuccessions.CountAsync(s => s.SuccessorId == successor)));
        Assert.Equal(new DateOnly(2025, 6, 30), units[a].ValidTo);
        Assert.Equal(new DateOnly(2025, 6, 30), units[b].ValidTo);
        Assert.StartsWith(units[successor].Path, units[a].Path, StringComparison.Ordinal);
        Assert.All(staff, u => Assert.Equal(successor, u));
        Assert.Equal(2, links);

        // The successor's page shows where it came from; the person keeps the old unit in the timeline and the rating.
        var records = await OkJson(await api.GetAsync($"/api/v1/organisation/units/{successor}/records"));
        Assert.Equal(2, records.GetProperty("predecessors").GetArrayLength());
        var profile = await OkJson(await api.GetAsync($"/api/v1/organisation/people/{personA}/profile"));
        var assignments = profile.GetProperty("assignments");
        Assert.Equal(2, assignments.GetArrayLength());
        Assert.Equal("2025-06-30", assignments[0].GetProperty("to").GetString());
        Assert.Equal(a, assignments[0].GetProperty("unitId").GetInt32());
        Assert.Equal("HTXS", profile.GetProperty("ratings")[0].GetProperty("rating").GetString());

        // The tree as it stood before the merge shows the old units under their former parent, not the successor.
        await using var scope = app.SystemScope();
        var list = scope.ServiceProvider.GetRequiredService<ThiDua.Core.Organisation.Queries.ListUnits>();
        var before = await list.HandleAsOfAsync(new DateOnly(2024, 12, 31));
        Assert.Equal(lsn, before.Single(u => u.Id == a).ParentId);
        Assert.DoesNotContain(before, u => u.Id == successor);
        var after = await list.HandleAsOfAsync(new DateOnly(2025, 12, 31));
        Assert.DoesNotContain(after, u => u.Id == a);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Reorganise_BadInput_IsRefusedWithMessages_AndNothingChanges(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var lsn = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync());
        var tag = Tag();
        var a = await CreateUnit(api, lsn, $"T{tag}-A", "Đơn vị thử A");
        var b = await CreateUnit(api, lsn, $"T{tag}-B", "Đơn vị thử B");
        var c = await CreateUnit(api, lsn, $"T{tag}-C", "Đơn vị thử C");
        var split = await Problem(await api.PostAsJsonAsync("/api/v1/organisation/units/reorganise", new
        {
            kind = "SPLIT", predecessorIds = new[] { a }, successorIds = new[] { b }, newSuccessors = Array.Empty<object>(), on = "2025-07-01",
        }));
        Assert.Contains("ít nhất hai", split.GetProperty("errors").GetProperty("successorIds")[0].GetString(), StringComparison.Ordinal);
        var merge = await Problem(await api.PostAsJsonAsync("/api/v1/organisation/units/reorganise", new
        {
            kind = "MERGE", predecessorIds = new[] { a }, successorIds = new[] { b, c }, newSuccessors = Array.Empty<object>(), on = "2019-01-01",
        }));
        Assert.Contains("đúng một", merge.GetProperty("errors").GetProperty("successorIds")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("sau ngày thành lập", merge.GetProperty("errors").GetProperty("on")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(d => d.Units.CountAsync(u => (u.Id == a || u.Id == b || u.Id == c) && u.ValidTo != null)));

        // A split with staff: they go to the first successor and the history says so.
        var person = await CreatePerson(api, a, $"T{tag}-9", "Đinh Thị Tách");
        var done = await OkJson(await api.PostAsJsonAsync("/api/v1/organisation/units/reorganise", new
        {
            kind = "SPLIT", predecessorIds = new[] { a }, successorIds = new[] { b, c }, newSuccessors = Array.Empty<object>(), on = "2025-07-01",
        }));
        Assert.Equal(2, done.GetArrayLength());
        Assert.Equal(b, await app.WithDbAsync(d => d.People.Where(p => p.Id == person).Select(p => p.UnitId).SingleAsync()));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Units_CreateRenameMoveClose_WithRulesAndRebasedPaths(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var lsn = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync());
        var tag = Tag();
        var parent = await CreateUnit(api, lsn, $"T{tag}-P", "Đơn vị cha");
        var child = await CreateUnit(api, parent, $"T{tag}-C", "Đơn vị con");
        var grandchild = await CreateUnit(api, child, $"T{tag}-G", "Đơn vị cháu");
        var other = await CreateUnit(api, lsn, $"T{tag}-O", "Đơn vị khác");

        var duplicate = await Problem(await api.PostAsJsonAsync("/api/v1/organisation/units", new { code = $"t{tag}-p", name = "Trùng mã", kind = "REGIONAL", parentId = lsn, validFrom = "2020-01-01" }));
        Assert.Contains("đã có", duplicate.GetProperty("errors").GetProperty("code")[0].GetString(), StringComparison.Ordinal);
        var badCode = await Problem(await api.PostAsJsonAsync("/api/v1/organisation/units", new { code = "mã có dấu", name = "X", kind = "REGIONAL", parentId = lsn, validFrom = "2020-01-01" }));
        Assert.True(badCode.GetProperty("errors").TryGetProperty("code", out _));

        var renamed = await OkJson(await api.PutAsJsonAsync($"/api/v1/organisation/units/{child}", new { name = "Đơn vị con (tên mới)" }));
        Assert.Equal("Đơn vị con (tên mới)", renamed.GetProperty("unit").GetProperty("name").GetString());

        var cycle = await Problem(await api.PostAsJsonAsync($"/api/v1/organisation/units/{parent}/move", new { parentId = grandchild }));
        Assert.True(cycle.GetProperty("errors").TryGetProperty("parentId", out _));
        await OkJson(await api.PostAsJsonAsync($"/api/v1/organisation/units/{child}/move", new { parentId = other }));
        var paths = await app.WithDbAsync(d => d.Units.Where(u => u.Id == other || u.Id == child || u.Id == grandchild).ToDictionaryAsync(u => u.Id, u => (u.Path, u.Depth)));
        Assert.Equal(paths[other].Path + child + "/", paths[child].Path);
        Assert.Equal(paths[child].Path + grandchild + "/", paths[grandchild].Path);
        Assert.Equal(paths[other].Depth + 2, paths[grandchild].Depth);

        await CreatePerson(api, grandchild, $"T{tag}-1", "Người Còn Đây");
        var refused = await Problem(await api.PostAsJsonAsync($"/api/v1/organisation/units/{child}/close", new { lastDay = "2026-01-31" }));
        var messages = string.Join(" | ", refused.GetProperty("errors").GetProperty("lastDay").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("đơn vị trực thuộc đang hoạt động", messages, StringComparison.Ordinal);
        var closed = await OkJson(await api.PostAsJsonAsync($"/api/v1/organisation/units/{parent}/close", new { lastDay = "2026-01-31" }));
        Assert.Equal("2026-01-31", closed.GetProperty("unit").GetProperty("validTo").GetString());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task People_NationalIdUniqueAndMasked_TransferKeepsHistory(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var (kv1, kv2) = await app.WithDbAsync(async d => (
            await d.Units.Where(u => u.Code == "LSN-KV1").Select(u => u.Id).SingleAsync(),
            await d.Units.Where(u => u.Code == "LSN-KV2").Select(u => u.Id).SingleAsync()));
        var tag = Tag();
        var digits = string.Concat(Guid.NewGuid().ToByteArray().Take(12).Select(b => (char)('0' + (b % 10))));
        var id = await CreatePerson(api, kv1, $"T{tag}-1", "Trịnh Thị Định Danh", digits);
        var again = await Problem(await api.PostAsJsonAsync("/api/v1/organisation/people", new
        {
            code = $"T{tag}-2", fullName = "Người Khác", gender = "M", unitId = kv1, position = "Chuyên viên", leadership = "NONE", nationalId = digits,
        }));
        Assert.Contains("đã thuộc về một người khác", again.GetProperty("errors").GetProperty("nationalId")[0].GetString(), StringComparison.Ordinal);
        var shortId = await Problem(await api.PostAsJsonAsync("/api/v1/organisation/people", new
        {
            code = $"T{tag}-3", fullName = "Người Khác", gender = "M", unitId = kv1, position = "Chuyên viên", leadership = "NONE", nationalId = "12345",
        }));
        Assert.Contains("12 chữ số", shortId.GetProperty("errors").GetProperty("nationalId")[0].GetString(), StringComparison.Ordinal);

        var shown = await OkJson(await api.GetAsync($"/api/v1/organisation/people/{id}"));
        Assert.Equal("*********" + digits[^3..], shown.GetProperty("nationalIdMasked").GetString());
        var list = await api.GetStringAsync($"/api/v1/organisation/people?q={Uri.EscapeDataString("trinh thi dinh danh")}");
        Assert.DoesNotContain(digits, list, StringComparison.Ordinal);
        var audit = await app.WithDbAsync(d => d.AuditEvents.Where(e => e.EntityType == "Person" && e.EntityId == id.ToString()).Select(e => e.Summary).ToListAsync());
        Assert.All(audit, s => Assert.DoesNotContain(digits, s, StringComparison.Ordinal));

        var early = await Problem(await api.PostAsJsonAsync($"/api/v1/organisation/people/{id}/transfer", new { unitId = kv2, on = "2015-01-01" }));
        Assert.True(early.GetProperty("errors").TryGetProperty("on", out _));
        var moved = await OkJson(await api.PostAsJsonAsync($"/api/v1/organisation/people/{id}/transfer", new { unitId = kv2, on = "2025-09-01", position = "Phó Trưởng phòng", leadership = "DIVISION" }));
        Assert.Equal(kv2, moved.GetProperty("unitId").GetInt32());
        Assert.True(moved.GetProperty("isLeader").GetBoolean());
        var profile = await OkJson(await api.GetAsync($"/api/v1/organisation/people/{id}/profile"));
        var history = profile.GetProperty("assignments").EnumerateArray().Select(a => (a.GetProperty("unitId").GetInt32(), a.GetProperty("to").ValueKind == JsonValueKind.Null ? null : a.GetProperty("to").GetString())).ToList();
        Assert.Equal([(kv1, "2025-08-31"), (kv2, null)], history);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task YearlyRecords_AreValidated_AndAppearOnTheTimeline(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var kv3 = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN-KV3").Select(u => u.Id).SingleAsync());
        var tag = Tag();
        var id = await CreatePerson(api, kv3, $"T{tag}-1", "Vương Thị Hồ Sơ");

        var badYear = await Problem(await api.PutAsJsonAsync($"/api/v1/organisation/people/{id}/ratings/1800", new { rating = "HTT" }));
        Assert.Contains("Năm thi đua 1800", badYear.GetProperty("errors").GetProperty("year")[0].GetString(), StringComparison.Ordinal);
        var badCode = await api.PutAsync($"/api/v1/organisation/people/{id}/ratings/2024", new StringContent("{\"rating\":\"XUAT_SAC\"}", System.Text.Encoding.UTF8, "application/json"));
        var badCodeProblem = await Problem(badCode);
        Assert.Contains("rating", badCodeProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var badLeave = await Problem(await api.PostAsJsonAsync($"/api/v1/organisation/people/{id}/leave", new { year = 2024, reason = "MATERNITY", workingDays = 400 }));
        Assert.Contains("từ 1 đến 260", badLeave.GetProperty("errors").GetProperty("workingDays")[0].GetString(), StringComparison.Ordinal);
        var badDiscipline = await Problem(await api.PostAsJsonAsync($"/api/v1/organisation/people/{id}/discipline", new { level = "CANH_CAO", decidedOn = "2024-05-01", endsOn = "2024-01-01" }));
        Assert.True(badDiscipline.GetProperty("errors").TryGetProperty("endsOn", out _));
        var badAward = await Problem(await api.PostAsJsonAsync($"/api/v1/organisation/people/{id}/awards", new { code = "TTLDXS", kind = "CONG_TRANG", periodFrom = 2024, decisionNumber = "1/QĐ", decisionDate = "2025-01-10", issuer = "Cục" }));
        Assert.Contains("danh hiệu tập thể", badAward.GetProperty("errors").GetProperty("code")[0].GetString(), StringComparison.Ordinal);

        await OkJson(await api.PutAsJsonAsync($"/api/v1/organisation/people/{id}/ratings/2024", new { rating = "HTXS" }));
        await OkJson(await api.PutAsJsonAsync($"/api/v1/organisation/people/{id}/ratings/2024", new { rating = "HTT" }));
        await OkJson(await api.PostAsJsonAsync($"/api/v1/organisation/people/{id}/leave", new { year = 2024, reason = "MATERNITY", workingDays = 120 }));
        await OkJson(await api.PostAsJsonAsync($"/api/v1/organisation/people/{id}/discipline", new { level = "KHIEN_TRACH", decidedOn = "2023-05-01", endsOn = "2024-05-01", decisionRef = "Quyết định số 7/QĐ-THADS" }));
        await OkJson(await api.PostAsJsonAsync($"/api/v1/organisation/people/{id}/pending-cases", new { kind = "COMPLAINT", openedOn = "2025-02-01" }));
        var initiative = await OkJson(await api.PostAsJsonAsync("/api/v1/organisation/initiatives", new
        {
            title = $"Giải pháp số hóa hồ sơ thi hành án {tag}", scope = "CO_SO", recognisedBy = "Hội đồng sáng kiến THADS tỉnh Lạng Sơn", decisionNumber = $"{tag}/QĐ-THADS", decisionDate = "2024-11-20", year = 2024, authorIds = new[] { id },
        }));
        Assert.Equal([id], initiative.GetProperty("authorIds").EnumerateArray().Select(x => x.GetInt32()));
        var award = await OkJson(await api.PostAsJsonAsync($"/api/v1/organisation/people/{id}/awards", new { code = "LDTT", kind = "CONG_TRANG", periodFrom = 2023, decisionNumber = $"{tag}/QĐ-CTHADS", decisionDate = "2024-01-10", issuer = "Cục trưởng Cục THADS tỉnh Lạng Sơn" }));
        var duplicate = await Problem(await api.PostAsJsonAsync($"/api/v1/organisation/people/{id}/awards", new { code = "LDTT", kind = "CONG_TRANG", periodFrom = 2023, decisionNumber = $"{tag}/QĐ-CTHADS", decisionDate = "2024-01-10", issuer = "Cục trưởng" }));
        Assert.True(duplicate.GetProperty("errors").TryGetProperty("decisionNumber", out _));
        var noReason = await Problem(await api.PostAsJsonAsync($"/api/v1/organisation/awards/{award.GetProperty("id").GetInt32()}/revoke", new { on = "2025-01-01", reason = "" }));
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        await OkJson(await api.PostAsJsonAsync($"/api/v1/organisation/awards/{award.GetProperty("id").GetInt32()}/revoke", new { on = "2025-01-01", reason = "Kê khai thành tích không đúng" }));

        var profile = await OkJson(await api.GetAsync($"/api/v1/organisation/people/{id}/profile"));
        Assert.Equal("HTT", profile.GetProperty("ratings")[0].GetProperty("rating").GetString());
        Assert.Equal(120, profile.GetProperty("leave")[0].GetProperty("workingDays").GetInt32());
        Assert.Equal("2025-01-01", profile.GetProperty("awards")[0].GetProperty("revokedOn").GetString());
        var kinds = profile.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "unit", "rating", "leave", "discipline", "pending", "initiative", "award" }, kinds);
        var texts = string.Join("\n", profile.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
        Assert.Contains("đã thu hồi", texts, StringComparison.Ordinal);

        // The page shows the same timeline.
        var browser = await app.SignInAsync("canbo.langson");
        var html = await browser.GetStringAsync($"/Organisation/People/Details/{id}");
        Assert.Contains("Giải pháp số hóa hồ sơ thi hành án", html, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành tốt nhiệm vụ", html, StringComparison.Ordinal);

        // Every change is in the audit trail, scoped to the person's unit.
        var events = await app.WithDbAsync(d => d.AuditEvents.CountAsync(e => e.EntityType == "PersonRating" || e.EntityType == "LeaveRecord"));
        Assert.True(events >= 3);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Pages_CreateAPerson_AndRecordARating_FromForms(Db db)
    {
        var app = apps.Get(db);
        var browser = await app.SignInAsync("canbo.langson");
        var kv4 = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN-KV4").Select(u => u.Id).SingleAsync());
        var code = $"T{Tag()}-7";
        var bad = await ThiDuaApp.PostFormAsync(browser, "/Organisation/People/Edit", new()
        {
            ["Input.Code"] = code, ["Input.FullName"] = "Ma Thị Biểu Mẫu", ["Input.Gender"] = "F", ["Input.UnitId"] = kv4.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.NationalId"] = "12ab", ["Input.Leadership"] = "NONE",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("12 chữ số", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var created = await ThiDuaApp.PostFormAsync(browser, "/Organisation/People/Edit", new()
        {
            ["Input.Code"] = code, ["Input.FullName"] = "Ma Thị Biểu Mẫu", ["Input.Gender"] = "F", ["Input.UnitId"] = kv4.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Position"] = "Thư ký thi hành án", ["Input.Leadership"] = "NONE", ["Input.RecruitedOn"] = "2019-09-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        var rated = await ThiDuaApp.PostFormAsync(browser, location + "?handler=Rating", new() { ["Form.Year"] = "2025", ["Form.Rating"] = "Htxs" }, formPage: location);
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        var page = await browser.GetStringAsync(location);
        Assert.Contains("Đã lưu xếp loại.", page, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành xuất sắc nhiệm vụ", page, StringComparison.Ordinal);
    }
}
