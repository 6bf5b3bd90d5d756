using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Imports.Files;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Shared;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Awards;

/// <summary>
/// Candidate lists on the demo records (SeedDemoRecords): the assessed year is the last finished emulation year on
/// today's clock. Nguyễn Văn An (LSN-0100) is the demo's star; the demo's disciplines fall one per recorded year.
/// </summary>
[Collection("app")]
public sealed class CandidateTests(Apps apps)
{
    private const string Candidates = "/api/v1/awards/candidates";

    private static int Assessed => EmulationYear.LastFinished(EmulationYear.DateIn(TimeProvider.System.GetUtcNow()));

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task NguyenVanAn_IsEligibleForCstdcs_WithTheTrace(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var an = await app.WithDbAsync(d => d.People.Where(p => p.Code == "LSN-0100").Select(p => p.Id).SingleAsync());
        var body = await api.GetFromJsonAsync<JsonElement>($"{Candidates}/person/{an}?target=CSTDCS");
        Assert.Equal(Assessed, body.GetProperty("year").GetInt32());
        Assert.Equal("general", body.GetProperty("sector").GetString());
        var verdict = Assert.Single(body.GetProperty("verdicts").EnumerateArray());
        Assert.Equal("CSTDCS", verdict.GetProperty("target").GetString());
        Assert.Equal("ELIGIBLE", verdict.GetProperty("outcome").GetString());
        Assert.Empty(verdict.GetProperty("unmet").EnumerateArray());
        var trace = verdict.GetProperty("trace").EnumerateArray().ToList();
        Assert.NotEmpty(trace);
        Assert.All(trace, t => Assert.False(string.IsNullOrEmpty(t.GetProperty("citation").GetString())));
        Assert.Contains(trace, t => t.GetProperty("needsCouncil").GetBoolean());

        // In the list too, with the same verdict.
        var unit = await UnitIdAsync(app, "LSN");
        var list = await api.GetFromJsonAsync<JsonElement>($"{Candidates}?unitId={unit}&target=CSTDCS&size=500");
        var row = list.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "LSN-0100");
        Assert.Equal("ELIGIBLE", row.GetProperty("outcome").GetString());

        // The page says why, article by article, and notes the missing registrations.
        var browser = await app.SignInAsync("canbo.langson");
        var html = await browser.GetStringAsync($"/Awards/Candidates/Person/{an}");
        Assert.Contains("Chưa có dữ liệu đăng ký thi đua", html, StringComparison.Ordinal);
        Assert.Contains("data-target=\"CSTDCS\"", html, StringComparison.Ordinal);
        Assert.Contains("Luật Thi đua", html, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task APersonDisciplinedInTheYear_IsNotEligibleForLdtt_WithDisciplined(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var start = EmulationYear.Start(Assessed);
        var end = EmulationYear.End(Assessed);
        var disciplined = await app.WithDbAsync(d => d.DisciplineRecords.Where(r => r.DecidedOn >= start && r.DecidedOn <= end).Select(r => r.PersonId).FirstAsync());
        var body = await api.GetFromJsonAsync<JsonElement>($"{Candidates}/person/{disciplined}?target=LDTT");
        var verdict = Assert.Single(body.GetProperty("verdicts").EnumerateArray());
        Assert.NotEqual("ELIGIBLE", verdict.GetProperty("outcome").GetString());
        Assert.Contains(verdict.GetProperty("unmet").EnumerateArray(), u => u.GetProperty("code").GetString() == "DISCIPLINED");
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ARevokedAward_StopsCounting(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var an = await app.WithDbAsync(d => d.People.Where(p => p.Code == "LSN-0100").Select(p => p.Id).SingleAsync());
        async Task<JsonElement> CstdboAsync() =>
            Assert.Single((await api.GetFromJsonAsync<JsonElement>($"{Candidates}/person/{an}?target=CSTDBO")).GetProperty("verdicts").EnumerateArray());
        Assert.Equal("ELIGIBLE", (await CstdboAsync()).GetProperty("outcome").GetString());

        // The CSTĐCS of two years before, a record of the history (the year before's was issued by a ThiDua decision in
        // the demo, and is revoked on its decision's page: DecisionTests), is revoked here from the person's records.
        var award = await app.WithDbAsync(d => d.AwardRecords.Where(a => a.PersonId == an && a.Code == AwardCode.Cstdcs && a.PeriodFrom == Assessed - 2 && a.Source == AwardSource.HISTORIC).Select(a => a.Id).SingleAsync());
        var revoked = await api.PostAsJsonAsync($"/api/v1/organisation/awards/{award}/revoke", new { on = EmulationYear.DateIn(TimeProvider.System.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reason = "Kiểm tra thu hồi" });
        Assert.True(revoked.IsSuccessStatusCode, await revoked.Content.ReadAsStringAsync());

        // The year before's, written by a ThiDua decision, is not revoked from the person's records: its decision is named.
        var issued = await app.WithDbAsync(d => d.AwardRecords.Where(a => a.PersonId == an && a.Code == AwardCode.Cstdcs && a.PeriodFrom == Assessed - 1).Select(a => new { a.Id, a.DecisionNumber }).SingleAsync());
        var refused = await api.PostAsJsonAsync($"/api/v1/organisation/awards/{issued.Id}/revoke", new { on = EmulationYear.DateIn(TimeProvider.System.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reason = "Kiểm tra thu hồi" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"Quyết định số {issued.DecisionNumber}", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        try
        {
            var verdict = await CstdboAsync();
            Assert.Equal("NOT_ELIGIBLE", verdict.GetProperty("outcome").GetString());
            Assert.NotEmpty(verdict.GetProperty("unmet").EnumerateArray());
        }
        finally
        {
            // The demo records are shared by the collection: put the award back.
            await app.WithDbAsync(async d =>
            {
                var row = await d.AwardRecords.SingleAsync(a => a.Id == award);
                d.Entry(row).Property(a => a.RevokedOn).CurrentValue = null;
                d.Entry(row).Property(a => a.RevocationReason).CurrentValue = null;
                return await d.SaveChangesAsync();
            });
        }

        Assert.Equal("ELIGIBLE", (await CstdboAsync()).GetProperty("outcome").GetString());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Filters_Counts_Paging_AndExport(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var unit = await UnitIdAsync(app, "LSN");

        var women = await api.GetFromJsonAsync<JsonElement>($"{Candidates}?unitId={unit}&target=LDTT&gender=F&leader=false&size=500");
        var rows = women.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Equal("PERSON", r.GetProperty("kind").GetString());
            Assert.Equal("LDTT", r.GetProperty("target").GetString());
            Assert.Equal("F", r.GetProperty("gender").GetString());
            Assert.False(r.GetProperty("isLeader").GetBoolean());
        });

        var all = await api.GetFromJsonAsync<JsonElement>($"{Candidates}?unitId={unit}&target=LDTT&size=500");
        var counts = all.GetProperty("counts").EnumerateArray().ToDictionary(c => c.GetProperty("outcome").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(all.GetProperty("total").GetInt32(), counts.Values.Sum());
        Assert.True(counts["ELIGIBLE"] > 0 && counts["NOT_ELIGIBLE"] > 0, string.Join(", ", counts));
        var eligible = await api.GetFromJsonAsync<JsonElement>($"{Candidates}?unitId={unit}&target=LDTT&outcome=ELIGIBLE&size=10&page=2");
        Assert.Equal(counts["ELIGIBLE"], eligible.GetProperty("total").GetInt32());
        Assert.Equal(Math.Min(10, counts["ELIGIBLE"] - 10), eligible.GetProperty("items").GetArrayLength());
        Assert.All(eligible.GetProperty("items").EnumerateArray(), r => Assert.Equal("ELIGIBLE", r.GetProperty("outcome").GetString()));

        var collectives = await api.GetFromJsonAsync<JsonElement>($"{Candidates}?unitId={unit}&target=TTLDTT");
        Assert.Contains(collectives.GetProperty("items").EnumerateArray(), r => r.GetProperty("kind").GetString() == "COLLECTIVE" && r.GetProperty("code").GetString() == "LSN");

        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"{Candidates}?unitId={unit}&target=XYZ")).StatusCode);

        var export = await api.GetAsync($"/api/v1/awards/candidates/export?unitId={unit}&target=LDTT&outcome=ELIGIBLE");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var opened = TabularFileReader.Open(stream, "danh-sach.xlsx", ImportLimits.Default);
        Assert.True(opened.IsSuccess, opened.Problem?.Message);
        using var file = opened.File!;
        Assert.Contains("Danh hiệu, hình thức", file.Headers);
        var exported = file.ReadRows().ToList();
        Assert.Equal(counts["ELIGIBLE"], exported.Count);
        Assert.All(exported, r => Assert.Equal("Đủ điều kiện", r[7].Display));

        var browser = await app.SignInAsync("canbo.langson");
        var html = await browser.GetStringAsync($"/Awards/Candidates?unitId={unit}&target=CSTDCS&outcome=ELIGIBLE");
        Assert.Contains("Nguyễn Văn An", html, StringComparison.Ordinal);
        Assert.Contains("chưa có dữ liệu đăng ký thi đua", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/api/v1/awards/candidates/export?", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Awards/Candidates\"", await browser.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task AnotherProvince_AnswersNotFound_AndStaffCannotSeeTheLists(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var hanoi = await UnitIdAsync(app, "HNI");
        var hanoiPerson = await app.WithDbAsync(d => d.People.Where(p => p.Code.StartsWith("HNI")).Select(p => p.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{Candidates}?unitId={hanoi}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{Candidates}/person/{hanoiPerson}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{Candidates}/export?unitId={hanoi}")).StatusCode);
        var browser = await app.SignInAsync("canbo.langson");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Awards/Candidates?unitId={hanoi}")).StatusCode);

        var staff = await app.ApiClientAsync("nhanvien");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(Candidates)).StatusCode);
    }

    private static Task<int> UnitIdAsync(ThiDuaApp app, string code) => app.WithDbAsync(d => d.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());
}
