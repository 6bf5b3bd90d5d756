using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Imports.Files;
using ThiDua.Core.Registrations;
using ThiDua.Core.Shared;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Registrations;

/// <summary>
/// Registrations through the API on both databases. Each test uses its own emulation year (2041–2043) or compares
/// against the database, so the demo data of the current year (SeedDemoRegistrations) and the other tests do not
/// change each other's figures.
/// </summary>
[Collection("app")]
public sealed class RegistrationTests(Apps apps)
{
    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheWorkflow_GoesDraftSubmittedReturnedResubmittedApproved_AndRefusesBadInput(Db db)
    {
        const int Year = 2041;
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var (langSon, kv2) = await app.WithDbAsync(async d => (await UnitIdAsync(d, "LSN"), await UnitIdAsync(d, "LSN-KV2")));
        var person = await app.WithDbAsync(d => d.People.Where(p => p.Unit.Code == "LSN-KV2").OrderBy(p => p.Code).Select(p => p.Id).FirstAsync());

        // No round yet: refused, saying what to do.
        var early = await api.PostAsJsonAsync("/api/v1/registrations", Body(Year, person, null, "LDTT"));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Chưa mở đợt đăng ký thi đua năm 2041", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var round = await api.PutAsJsonAsync("/api/v1/registrations/rounds", new { unitId = langSon, year = Year });
        Assert.Equal(HttpStatusCode.OK, round.StatusCode);
        Assert.Equal("2040-10-31", (await round.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deadline").GetString());

        // Unknown title; a collective title for a person; a person's title for a collective.
        await AssertInvalidAsync(await api.PostAsJsonAsync("/api/v1/registrations", Body(Year, person, null, "XYZ")), "entries[0].title", "không phải mã danh hiệu thi đua");
        await AssertInvalidAsync(await api.PostAsJsonAsync("/api/v1/registrations", Body(Year, person, null, "TTLDTT")), "entries[0].title", "không phải danh hiệu cá nhân");
        await AssertInvalidAsync(await api.PostAsJsonAsync("/api/v1/registrations", Body(Year, null, kv2, "LDTT")), "entries[0].title", "không phải danh hiệu tập thể");

        var filed = await api.PostAsJsonAsync("/api/v1/registrations", Body(Year, person, null, "LDTT"));
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var draft = (await filed.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal("DRAFT", draft.GetProperty("status").GetString());
        Assert.True(draft.GetProperty("onBehalf").GetBoolean());
        var id = draft.GetProperty("id").GetInt32();

        Assert.Equal("SUBMITTED", await DecideAsync(api, id, "SUBMIT"));
        // A second registration of the same person for the year.
        await AssertInvalidAsync(await api.PostAsJsonAsync("/api/v1/registrations", Body(Year, person, null, "CSTDCS")), "entries[0].personId", "chỉ đăng ký một lần một năm");

        // Returning needs a reason; then the person's unit resubmits and the superior approves.
        await AssertInvalidAsync(await api.PostAsJsonAsync("/api/v1/registrations/decisions", new { ids = new[] { id }, action = "RETURN" }), "reason", "lý do");
        var returned = await api.PostAsJsonAsync("/api/v1/registrations/decisions", new { ids = new[] { id }, action = "RETURN", reason = "Đề nghị bổ sung báo cáo thành tích" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal("Đề nghị bổ sung báo cáo thành tích", (await returned.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("returnReason").GetString());
        await AssertInvalidAsync(await api.PostAsJsonAsync("/api/v1/registrations/decisions", new { ids = new[] { id }, action = "APPROVE" }), "ids[0]", "không thể duyệt");
        Assert.Equal("SUBMITTED", await DecideAsync(api, id, "SUBMIT"));
        Assert.Equal("APPROVED", await DecideAsync(api, id, "APPROVE"));
        await AssertInvalidAsync(await api.PostAsJsonAsync("/api/v1/registrations/decisions", new { ids = new[] { id }, action = "RETURN", reason = "Trả lại lần nữa" }), "ids[0]", "“Đã duyệt”");

        // The province's own collective registration is approved by the unit above it, not by the province.
        var own = await api.PostAsJsonAsync("/api/v1/registrations", new { year = Year, submit = true, entries = new[] { new { personId = (int?)null, unitId = (int?)langSon, title = "CTDBO" } } });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var ownId = (await own.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetInt32();
        await AssertInvalidAsync(await api.PostAsJsonAsync("/api/v1/registrations/decisions", new { ids = new[] { ownId }, action = "APPROVE" }), "ids[0]", "đơn vị cấp trên");
        var root = await app.ApiClientAsync("quantri");
        Assert.Equal("APPROVED", await DecideAsync(root, ownId, "APPROVE"));

        // Every step is in the audit chain.
        var audit = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Registration&entityId={id}");
        var actions = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("summary").GetString()!).ToList();
        Assert.Contains(actions, s => s.Contains("→ 'Returned'", StringComparison.Ordinal) && s.Contains("Đề nghị bổ sung", StringComparison.Ordinal));
        Assert.Contains(actions, s => s.Contains("→ 'Approved'", StringComparison.Ordinal));
        Assert.True(await app.WithDbAsync(d => d.AuditEvents.AnyAsync(e => e.Action == "RegistrationRound.created")));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task AfterTheDeadline_OnlyAnOfficerGivingAReasonRegisters(Db db)
    {
        var app = apps.Get(db);
        var officer = await app.ApiClientAsync("canbo.langson");
        var staff = await app.ApiClientAsync("nhanvien");
        var (year, start, today) = await app.WithDbAsync(d =>
        {
            using var scope = app.Services.CreateScope();
            var calendar = scope.ServiceProvider.GetRequiredService<EmulationCalendar>();
            return Task.FromResult((calendar.CurrentYear, calendar.Start(calendar.CurrentYear), calendar.Today));
        });
        Skip.If(today == start, "The first day of the emulation year has no past day to set the deadline on.");
        var langSon = await app.WithDbAsync(d => UnitIdAsync(d, "LSN"));
        var original = await app.WithDbAsync(d => d.RegistrationRounds.Where(r => r.UnitId == langSon && r.Year == year).Select(r => r.Deadline).SingleAsync());
        var self = await app.WithDbAsync(d => d.People.Where(p => p.Code == "LSN-0100").Select(p => p.Id).SingleAsync());
        var passed = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, (await officer.PutAsJsonAsync("/api/v1/registrations/rounds", new { unitId = langSon, year, deadline = passed })).StatusCode);
        try
        {
            var mine = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/mine?year={year}");
            Assert.True(mine.GetProperty("round").GetProperty("passed").GetBoolean());
            await AssertInvalidAsync(await staff.PostAsJsonAsync("/api/v1/registrations", Body(year, self, null, "LDTT")), "lateReason", "sau hạn chỉ cán bộ thi đua");
            await AssertInvalidAsync(await officer.PostAsJsonAsync("/api/v1/registrations", Body(year, self, null, "LDTT")), "lateReason", "hãy ghi lý do đăng ký sau hạn");
            var late = await officer.PostAsJsonAsync("/api/v1/registrations", new
            {
                year, submit = true, lateReason = "Công chức đi công tác biệt phái đến hết tháng 11",
                entries = new[] { new { personId = (int?)self, unitId = (int?)null, title = "LDTT" } },
            });
            Assert.Equal(HttpStatusCode.OK, late.StatusCode);
            var row = (await late.Content.ReadFromJsonAsync<JsonElement>())[0];
            Assert.Equal("Công chức đi công tác biệt phái đến hết tháng 11", row.GetProperty("lateReason").GetString());
            Assert.Equal("SUBMITTED", row.GetProperty("status").GetString());
            // The staff member now sees their own registration (filed on their behalf).
            var after = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/mine?year={year}");
            Assert.Equal("LDTT", after.GetProperty("registration").GetProperty("title").GetString());
            var audit = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Registration&entityId={row.GetProperty("id").GetInt32()}");
            Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("summary").GetString()!.Contains("biệt phái", StringComparison.Ordinal));
        }
        finally
        {
            await officer.PutAsJsonAsync("/api/v1/registrations/rounds", new { unitId = langSon, year, deadline = original.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        }
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Coverage_CountsUnitsAndPeople_AndListsWhoHasNotRegistered(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var coverage = await api.GetFromJsonAsync<JsonElement>("/api/v1/registrations/coverage");
        var year = coverage.GetProperty("year").GetInt32();
        var (people, registered) = await app.WithDbAsync(async d =>
        {
            var lsn = await d.Units.Where(u => u.Code == "LSN").Select(u => u.Path).SingleAsync();
            var inTree = await d.People.CountAsync(p => p.Unit.Path.StartsWith(lsn));
            var done = await d.Registrations.Where(r => r.Year == year && r.PersonId != null && r.Unit.Path.StartsWith(lsn)
                && (r.Status == RegistrationStatus.Submitted || r.Status == RegistrationStatus.Approved)).CountAsync();
            return (inTree, done);
        });
        Assert.Equal("Thi hành án dân sự tỉnh Lạng Sơn", coverage.GetProperty("unitName").GetString());
        Assert.Equal(people, coverage.GetProperty("people").GetInt32());
        Assert.Equal(registered, coverage.GetProperty("peopleRegistered").GetInt32());
        Assert.Equal(Math.Round(100m * registered / people, 1, MidpointRounding.AwayFromZero), coverage.GetProperty("peopleShare").GetDecimal());
        Assert.InRange(registered, people / 2, people - 1);
        Assert.Equal(people - registered, coverage.GetProperty("peopleNotRegistered").GetArrayLength());
        // The collectives are the agency and its offices (other tests may add offices: counted, not assumed); the agency
        // and offices 1–6 registered in the demo, offices 7 and 8 have not.
        var collectives = await app.WithDbAsync(async d =>
        {
            var lsn = await d.Units.Where(u => u.Code == "LSN").Select(u => u.Path).SingleAsync();
            return (await d.Units.Where(u => u.Path.StartsWith(lsn) && u.Kind != ThiDua.Core.Organisation.UnitKind.DEPARTMENT)
                .Select(u => new { u.ValidFrom, u.ValidTo }).ToListAsync()).Count(u => u.ValidFrom <= new DateOnly(year, 9, 30) && (u.ValidTo == null || u.ValidTo >= new DateOnly(year - 1, 10, 1)));
        });
        Assert.Equal(collectives, coverage.GetProperty("units").GetInt32());
        Assert.Equal(7, coverage.GetProperty("unitsRegistered").GetInt32());
        Assert.Equal(Math.Round(700m / collectives, 1, MidpointRounding.AwayFromZero), coverage.GetProperty("unitsShare").GetDecimal());
        var missing = coverage.GetProperty("unitsNotRegistered").EnumerateArray().Select(u => u.GetProperty("code").GetString()).ToList();
        Assert.Contains("LSN-KV7", missing);
        Assert.Contains("LSN-KV8", missing);
        Assert.Equal(collectives - 7, missing.Count);
        // Office 8 only has drafts: none of its people counts as registered.
        var kv8 = coverage.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "LSN-KV8");
        Assert.Equal(0, kv8.GetProperty("peopleRegistered").GetInt32());
        Assert.True(kv8.GetProperty("people").GetInt32() > 0);

        var browser = await app.SignInAsync("canbo.langson");
        var html = await browser.GetStringAsync($"/Registrations/Coverage?year={year}");
        Assert.Contains("Chưa đăng ký", html, StringComparison.Ordinal);
        Assert.Contains($"7/{collectives} đơn vị", html, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheRollUp_ComesOutAsADecree30WordDocument_AndAsExcel(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/registrations?status=APPROVED&kind=PERSON&size=5");
        var year = list.GetProperty("year").GetInt32();
        var approved = list.GetProperty("items")[0];
        var filed = await app.WithDbAsync(async d =>
        {
            var lsn = await d.Units.Where(u => u.Code == "LSN").Select(u => u.Path).SingleAsync();
            return await d.Registrations.CountAsync(r => r.Year == year && r.Unit.Path.StartsWith(lsn) && (r.Status == RegistrationStatus.Submitted || r.Status == RegistrationStatus.Approved));
        });

        var docx = await api.GetAsync($"/api/v1/registrations/export?year={year}&format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
            Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
            // The issuing body is broken over lines in the header cell: compared without spaces.
            Assert.Contains("THIHÀNHÁNDÂNSỰTỈNHLẠNGSƠN", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("DANH SÁCH", text, StringComparison.Ordinal);
            Assert.Contains($"Đăng ký danh hiệu thi đua năm {year}", text, StringComparison.Ordinal);
            Assert.Contains("Chức vụ – đơn vị", text, StringComparison.Ordinal);
            Assert.Contains("Danh hiệu đăng ký", text, StringComparison.Ordinal);
            Assert.Contains(approved.GetProperty("name").GetString()!, text, StringComparison.Ordinal);
            Assert.Contains("Cờ thi đua ngành Tư pháp", text, StringComparison.Ordinal);
            Assert.Contains("Lạng Sơn, ngày", text, StringComparison.Ordinal);
            var rows = word.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
                .Count(r => r.InnerText.Contains("Lao động tiên tiến", StringComparison.Ordinal) || r.InnerText.Contains("Chiến sĩ thi đua", StringComparison.Ordinal) || r.InnerText.Contains("Tập thể", StringComparison.Ordinal));
            Assert.Equal(filed, rows);
        }

        var xlsx = await api.GetAsync($"/api/v1/registrations/export?year={year}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var content = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var opened = TabularFileReader.Open(content, "dang-ky.xlsx", ImportLimits.Default);
        Assert.True(opened.IsSuccess, opened.Problem?.Message);
        using var sheet = opened.File!;
        Assert.Equal(ThiDua.Core.Registrations.ExportRegistrations.ExcelHeaders, sheet.Headers.Take(8).ToList());
        var sheetRows = sheet.ReadRows().ToList();
        Assert.Equal(filed, sheetRows.Count);
        Assert.Contains(sheetRows, r => r[1].Display == approved.GetProperty("name").GetString() && r[7].Display == "Đã duyệt");

        var pdf = await api.GetAsync($"/api/v1/registrations/export?year={year}&format=pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"/api/v1/registrations/export?year={year}&format=odt")).StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task AnImportedList_IsAllOrNothing_WithRowAndColumnErrors(Db db)
    {
        const int Year = 2042;
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var kv3 = await app.WithDbAsync(d => UnitIdAsync(d, "LSN-KV3"));
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync("/api/v1/registrations/rounds", new { unitId = kv3, year = Year })).StatusCode);
        var codes = await app.WithDbAsync(d => d.People.Where(p => p.Unit.Code == "LSN-KV3").OrderBy(p => p.Code).Select(p => p.Code).Take(2).ToListAsync());

        var bad = $"Mã công chức,Mã đơn vị,Danh hiệu đăng ký\n{codes[0]},,LDTT\n{codes[1]},,HUYENTHOAI\n,LSN-KV3,TTLDXS\nHNI-0001,,LDTT\n";
        var refused = await ImportAsync(api, bad, Year);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("dòng 3, cột C: “HUYENTHOAI” không phải mã danh hiệu thi đua", text, StringComparison.Ordinal);
        Assert.Contains("dòng 5, cột A: không có công chức mã “HNI-0001” trong phạm vi của bạn", text, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(d => d.Registrations.CountAsync(r => r.Year == Year)));

        // A title that does not fit the subject is reported on its row by the same checks as the form.
        var mismatch = await ImportAsync(api, $"Mã công chức,Mã đơn vị,Danh hiệu đăng ký\n{codes[0]},,LDTT\n,LSN-KV3,CSTDCS\n", Year);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("Dòng 3 (Phòng Thi hành án dân sự khu vực 3", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(d => d.Registrations.CountAsync(r => r.Year == Year)));

        var good = await ImportAsync(api, $"Mã công chức,Mã đơn vị,Danh hiệu đăng ký\n{codes[0]},,LDTT\n{codes[1]},,CSTDCS\n,LSN-KV3,TTLDXS\n", Year, submit: true);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var rows = await good.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, rows.GetArrayLength());
        Assert.All(rows.EnumerateArray(), r => Assert.Equal("SUBMITTED", r.GetProperty("status").GetString()));
        Assert.Equal(3, await app.WithDbAsync(d => d.Registrations.CountAsync(r => r.Year == Year)));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task InAYearWithRegistrations_APersonWhoDidNotRegister_IsNotRegisteredForLdtt(Db db)
    {
        const int Year = 2043;
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var kv4 = await app.WithDbAsync(d => UnitIdAsync(d, "LSN-KV4"));
        var people = await app.WithDbAsync(d => d.People.Where(p => p.Unit.Code == "LSN-KV4").OrderBy(p => p.Code).Select(p => p.Id).Take(3).ToListAsync());
        var (registered, absent, pending) = (people[0], people[1], people[2]);

        // Before a round: the general sector, the registration condition is not applied.
        var before = await api.GetFromJsonAsync<JsonElement>($"/api/v1/awards/candidates/person/{absent}?year={Year}&target=LDTT");
        Assert.Equal("general", before.GetProperty("sector").GetString());
        Assert.DoesNotContain(Unmet(before), c => c == "NOT_REGISTERED");

        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync("/api/v1/registrations/rounds", new { unitId = kv4, year = Year })).StatusCode);
        var filed = await api.PostAsJsonAsync("/api/v1/registrations", new
        {
            year = Year, submit = true,
            entries = new[] { new { personId = (int?)registered, unitId = (int?)null, title = "CSTDCS" }, new { personId = (int?)pending, unitId = (int?)null, title = "LDTT" } },
        });
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var approveId = (await filed.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(r => r.GetProperty("personId").GetInt32() == registered).GetProperty("id").GetInt32();
        Assert.Equal("APPROVED", await DecideAsync(api, approveId, "APPROVE"));

        var without = await api.GetFromJsonAsync<JsonElement>($"/api/v1/awards/candidates/person/{absent}?year={Year}&target=LDTT");
        Assert.Equal("justice", without.GetProperty("sector").GetString());
        Assert.Contains(Unmet(without), c => c == "NOT_REGISTERED");
        // A submitted registration that is not approved yet does not count.
        Assert.Contains(Unmet(await api.GetFromJsonAsync<JsonElement>($"/api/v1/awards/candidates/person/{pending}?year={Year}&target=LDTT")), c => c == "NOT_REGISTERED");
        // CSTĐCS registered covers LĐTT (rules.md §5).
        var with = await api.GetFromJsonAsync<JsonElement>($"/api/v1/awards/candidates/person/{registered}?year={Year}&target=LDTT");
        Assert.DoesNotContain(Unmet(with), c => c == "NOT_REGISTERED");

        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/awards/candidates?unitId={kv4}&year={Year}&target=LDTT&size=500");
        Assert.Equal("justice", list.GetProperty("sector").GetString());
        Assert.StartsWith("Ngành Tư pháp", list.GetProperty("note").GetString(), StringComparison.Ordinal);
        var row = list.GetProperty("items").EnumerateArray().Single(r => r.TryGetProperty("personId", out var p) && p.ValueKind == JsonValueKind.Number && p.GetInt32() == absent);
        Assert.Contains(row.GetProperty("unmet").EnumerateArray(), u => u.GetProperty("code").GetString() == "NOT_REGISTERED");
        // The collective did not register: TTLDTT is unmet for that reason too.
        var unit = await api.GetFromJsonAsync<JsonElement>($"/api/v1/awards/candidates/unit/{kv4}?year={Year}&target=TTLDTT");
        Assert.Contains(unit.GetProperty("verdicts")[0].GetProperty("unmet").EnumerateArray(), u => u.GetProperty("code").GetString() == "NOT_REGISTERED");
    }

    [Fact]
    public async Task Cli_ImportsAList_AllOrNothing()
    {
        var data = Directory.CreateTempSubdirectory("thidua-registrations-").FullName;
        try
        {
            Assert.Equal(0, (await CliRunner.RunAsync(data, "demo", "seed")).Code);
            var bad = Path.Combine(data, "loi.csv");
            await File.WriteAllTextAsync(bad, "Mã công chức,Danh hiệu đăng ký\r\nLSN-0100,LDTT\r\nLSN-0100X,XYZ\r\n");
            var (badCode, badOutput) = await CliRunner.RunAsync(data, "registrations", "import", bad);
            Assert.Equal(1, badCode);
            Assert.Contains("dòng 3, cột B: “XYZ” không phải mã danh hiệu thi đua", badOutput, StringComparison.Ordinal);
            Assert.Contains("dòng 3, cột A: không có công chức mã “LSN-0100X”", badOutput, StringComparison.Ordinal);
            Assert.Contains("không ghi dòng nào", badOutput, StringComparison.Ordinal);

            var good = Path.Combine(data, "dang-ky.csv");
            await File.WriteAllTextAsync(good, "Mã công chức,Danh hiệu đăng ký\r\nLSN-0100,CSTDCS\r\n");
            var (code, output) = await CliRunner.RunAsync(data, "registrations", "import", good, "--submit");
            Assert.True(code == 0, output);
            Assert.Contains("Đã đăng ký: 1 dòng.", output, StringComparison.Ordinal);
            // Written: the same person cannot be registered twice for the year (and the bad file above wrote nothing).
            var (again, againOutput) = await CliRunner.RunAsync(data, "registrations", "import", good);
            Assert.Equal(1, again);
            Assert.Contains("chỉ đăng ký một lần một năm", againOutput, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static IEnumerable<string> Unmet(JsonElement candidate) =>
        candidate.GetProperty("verdicts")[0].GetProperty("unmet").EnumerateArray().Select(u => u.GetProperty("code").GetString()!);

    private static object Body(int year, int? person, int? unit, string title) =>
        new { year, entries = new[] { new { personId = person, unitId = unit, title } } };

    private static Task<int> UnitIdAsync(ThiDua.Core.Data.AppDbContext d, string code) => d.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();

    private static async Task<string?> DecideAsync(HttpClient api, int id, string action)
    {
        var response = await api.PostAsJsonAsync("/api/v1/registrations/decisions", new { ids = new[] { id }, action });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("status").GetString();
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient api, string csv, int year, bool submit = false)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "dang-ky.csv" } };
        return await api.PostAsync($"/api/v1/registrations/import?year={year}&submit={(submit ? "true" : "false")}", form);
    }

    private static async Task AssertInvalidAsync(HttpResponseMessage response, string field, string text)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error on {field}: {body}");
        Assert.Contains(messages.EnumerateArray(), m => m.GetString()!.Contains(text, StringComparison.Ordinal));
    }
}
