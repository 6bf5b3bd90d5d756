using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Shared;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Awards;

/// <summary>
/// Quotas, the fairness panel and the collectives' "why not" on the demo records. Emulation year 2023 judged on a
/// decision date of 2023-12-20 falls under regime 2017, whose CSTĐCS quota is 15 % of the LĐTT holders (Decree 91/2017
/// Art 9); on today's date regime 2025 has no quota.
/// </summary>
[Collection("app")]
public sealed class QuotaFairnessTests(Apps apps)
{
    private const string Quota2017 = "year=2023&asOf=2023-12-20&target=CSTDCS";

    private static int Assessed => EmulationYear.LastFinished(EmulationYear.DateIn(TimeProvider.System.GetUtcNow()));

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Regime2017_CapsCstdcs_InTheExplainedOrder(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var unit = await UnitIdAsync(app, "LSN");
        var quota = await api.GetFromJsonAsync<JsonElement>($"/api/v1/awards/quota?unitId={unit}&{Quota2017}");

        Assert.Equal("2017", quota.GetProperty("regime").GetString());
        Assert.Equal(15, quota.GetProperty("percent").GetInt32());
        Assert.Contains("Nghị định 91/2017", quota.GetProperty("citation").GetString(), StringComparison.Ordinal);
        var baseCount = quota.GetProperty("baseCount").GetInt32();
        var ldttHolders = await app.WithDbAsync(d => d.AwardRecords.CountAsync(a => a.Code == AwardCode.Ldtt && a.PeriodFrom == 2023 && a.RevokedOn == null
            && d.People.Any(p => p.Id == a.PersonId && p.Unit.Path.StartsWith(d.Units.Single(u => u.Id == unit).Path))));
        Assert.True(quota.GetProperty("baseRecorded").GetBoolean());
        Assert.Equal(ldttHolders, baseCount);
        var slots = quota.GetProperty("slots").GetInt32();
        Assert.Equal(15 * baseCount / 100, slots);

        var rows = quota.GetProperty("rows").EnumerateArray().ToList();
        var eligible = quota.GetProperty("eligible").GetInt32();
        Assert.Equal(eligible, rows.Count);
        Assert.True(eligible > 0, "nobody is eligible for CSTĐCS in 2023 on the demo records");
        Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r.GetProperty("position").GetInt32()));
        Assert.Equal(Math.Min(slots, eligible), quota.GetProperty("selected").GetInt32());

        // No override yet in this year: the first places of the default order are the ones inside.
        Assert.All(rows, r => Assert.Equal(r.GetProperty("position").GetInt32() <= slots, r.GetProperty("inQuota").GetBoolean()));

        // Direct workers come before leaders, and each place says why.
        var leaders = rows.Select(r => r.GetProperty("isLeader").GetBoolean()).ToList();
        Assert.Equal(leaders.OrderBy(l => l), leaders);
        Assert.All(rows, r => Assert.Contains(r.GetProperty("isLeader").GetBoolean() ? "lãnh đạo, quản lý" : "người lao động trực tiếp",
            r.GetProperty("explanation").GetString(), StringComparison.OrdinalIgnoreCase));
        Assert.Contains("người lao động trực tiếp trước", quota.GetProperty("rule").GetString(), StringComparison.Ordinal);

        // Under today's regime (2025) the cap lapsed.
        var today = await api.GetFromJsonAsync<JsonElement>($"/api/v1/awards/quota?unitId={unit}&year={Assessed}&target=CSTDCS");
        Assert.Equal(JsonValueKind.Null, today.GetProperty("percent").ValueKind);
        Assert.Contains("không giới hạn", today.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal(today.GetProperty("eligible").GetInt32(), today.GetProperty("selected").GetInt32());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task AnOverride_NeedsAReason_MovesTheCandidate_AndIsAudited(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var unit = await UnitIdAsync(app, "LSN");
        var before = await api.GetFromJsonAsync<JsonElement>($"/api/v1/awards/quota?unitId={unit}&{Quota2017}");
        var slots = before.GetProperty("slots").GetInt32();
        var first = before.GetProperty("rows")[0];
        var subject = first.GetProperty("subjectId").GetInt32();
        object Body(bool include, string? reason) => new { unitId = unit, year = 2023, asOf = "2023-12-20", target = "CSTDCS", subjectId = subject, include, reason };

        var noReason = await api.PutAsJsonAsync("/api/v1/awards/quota/overrides", Body(false, "  "));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Lý do điều chỉnh là bắt buộc", (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString(), StringComparison.Ordinal);

        var notEligible = await app.WithDbAsync(d => d.People.Where(p => p.Code.StartsWith("LSN-") && p.UnitId != 0).Select(p => p.Id).ToListAsync());
        var outsider = notEligible.First(id => !before.GetProperty("rows").EnumerateArray().Any(r => r.GetProperty("subjectId").GetInt32() == id));
        var refused = await api.PutAsJsonAsync("/api/v1/awards/quota/overrides", new { unitId = unit, year = 2023, asOf = "2023-12-20", target = "CSTDCS", subjectId = outsider, include = true, reason = "Đề nghị thêm người chưa đủ điều kiện" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("subjectId", out _));

        var noCap = await api.PutAsJsonAsync("/api/v1/awards/quota/overrides", new { unitId = unit, year = Assessed, target = "CSTDCS", subjectId = subject, include = false, reason = "Chế độ hiện hành không có tỷ lệ" });
        Assert.Equal(HttpStatusCode.BadRequest, noCap.StatusCode);

        var overrideId = 0;
        try
        {
            var moved = await api.PutAsJsonAsync("/api/v1/awards/quota/overrides", Body(false, "Đã được đề nghị ở đơn vị cũ trong cùng năm"));
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            var after = await moved.Content.ReadFromJsonAsync<JsonElement>();
            var row = after.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("subjectId").GetInt32() == subject);
            Assert.False(row.GetProperty("inQuota").GetBoolean());
            Assert.Equal("Đã được đề nghị ở đơn vị cũ trong cùng năm", row.GetProperty("override").GetProperty("reason").GetString());
            overrideId = row.GetProperty("override").GetProperty("id").GetInt32();
            var eligible = after.GetProperty("eligible").GetInt32();
            Assert.Equal(Math.Min(slots, eligible - 1), after.GetProperty("selected").GetInt32());

            var audit = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=QuotaOverride&entityId={overrideId}");
            var events = audit.GetProperty("items").EnumerateArray().ToList();
            Assert.Contains(events, e => e.GetProperty("action").GetString() == "QuotaOverride.created"
                && e.GetProperty("summary").GetString()!.Contains("Đã được đề nghị ở đơn vị cũ", StringComparison.Ordinal));

            // Including more than the places is refused; with free places the same subject goes back in.
            var back = await api.PutAsJsonAsync("/api/v1/awards/quota/overrides", Body(true, "Hội đồng đề nghị giữ trong tỷ lệ"));
            if (slots >= 1)
            {
                Assert.Equal(HttpStatusCode.OK, back.StatusCode);
                var inside = (await back.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("subjectId").GetInt32() == subject);
                Assert.True(inside.GetProperty("inQuota").GetBoolean());
            }
            else
            {
                Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);
            }
        }
        finally
        {
            if (overrideId != 0)
            {
                Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/awards/quota/overrides/{overrideId}")).StatusCode);
            }
        }

        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/v1/awards/quota/overrides/{overrideId}")).StatusCode);
        var staff = await app.ApiClientAsync("nhanvien");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync("/api/v1/awards/quota/overrides", Body(false, "Không có quyền điều chỉnh"))).StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheFairnessPanel_CountsDirectWorkersWomenAndLeaders(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var unit = await UnitIdAsync(app, "LSN");
        var year = Assessed - 1;
        var panel = await api.GetFromJsonAsync<JsonElement>($"/api/v1/awards/fairness?unitId={unit}&year={year}");

        var staff = await app.WithDbAsync(d => d.People.Where(p => p.Unit.Path.StartsWith(d.Units.Single(u => u.Id == unit).Path))
            .Select(p => new { p.Id, p.Gender, p.Leadership }).ToListAsync());
        var people = panel.GetProperty("staff");
        Assert.Equal(staff.Count, people.GetProperty("people").GetInt32());
        Assert.Equal(staff.Count(p => p.Gender == ThiDua.Core.Organisation.Gender.F), people.GetProperty("women").GetInt32());
        Assert.Equal(staff.Count(p => p.Leadership == ThiDua.Core.Organisation.LeadershipLevel.NONE), people.GetProperty("directWorkers").GetInt32());

        var awardedIds = await app.WithDbAsync(d => d.AwardRecords.Where(a => a.PersonId != null && a.RevokedOn == null && (a.PeriodTo ?? a.PeriodFrom) == year)
            .Select(a => a.PersonId!.Value).Distinct().ToListAsync());
        var awarded = panel.GetProperty("awarded");
        Assert.Equal(staff.Count(p => awardedIds.Contains(p.Id)), awarded.GetProperty("people").GetInt32());
        Assert.True(awarded.GetProperty("people").GetInt32() > 0);

        foreach (var stage in new[] { "staff", "eligible", "proposed", "awarded" })
        {
            var g = panel.GetProperty(stage);
            var n = g.GetProperty("people").GetInt32();
            Assert.Equal(n, g.GetProperty("directWorkers").GetInt32() + g.GetProperty("leaders").GetInt32());
            Assert.Equal(Math.Round(100m * g.GetProperty("directWorkers").GetInt32() / n, 1, MidpointRounding.AwayFromZero), g.GetProperty("directWorkerShare").GetDecimal());
            var warned = panel.GetProperty("warnings").EnumerateArray().Any(w => w.GetString()!.Contains($"({g.GetProperty("directWorkers").GetInt32()}/{n})", StringComparison.Ordinal));
            Assert.Equal(stage != "staff" && g.GetProperty("directWorkerShare").GetDecimal() < panel.GetProperty("minDirectWorkerPercent").GetInt32(), warned);
        }

        Assert.True(panel.GetProperty("proposed").GetProperty("people").GetInt32() <= panel.GetProperty("eligible").GetProperty("people").GetInt32());
        var ldtt = panel.GetProperty("byTarget").EnumerateArray().Single(t => t.GetProperty("target").GetString() == "LDTT");
        Assert.True(ldtt.GetProperty("eligible").GetProperty("people").GetInt32() > 0);

        var browser = await app.SignInAsync("canbo.langson");
        var html = await browser.GetStringAsync($"/Awards/Fairness?unitId={unit}&year={year}");
        Assert.Contains("Người lao động trực tiếp", html, StringComparison.Ordinal);
        Assert.Contains("data-stage=\"awarded\"", html, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task AClosedChiCuc_IsJudgedWithItsMembersAsTheyWereInTheYear(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var old = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN-CC-TPLANGSON").Select(u => new { u.Id, u.ValidTo }).SingleAsync());
        Assert.NotNull(old.ValidTo);
        Assert.Equal(0, await app.WithDbAsync(d => d.People.CountAsync(p => p.UnitId == old.Id)));
        var year = EmulationYear.Of(old.ValidTo!.Value);
        var expected = await app.WithDbAsync(d => d.Assignments.CountAsync(a => a.UnitId == old.Id && a.From <= old.ValidTo && (a.To == null || a.To >= old.ValidTo)));
        Assert.True(expected > 0);

        var body = await api.GetFromJsonAsync<JsonElement>($"/api/v1/awards/candidates/unit/{old.Id}?year={year}");
        var figures = body.GetProperty("figures");
        Assert.Equal(old.ValidTo.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), figures.GetProperty("referenceDate").GetString());
        Assert.Equal(expected, figures.GetProperty("members").GetInt32());
        var verdicts = body.GetProperty("verdicts").EnumerateArray().ToList();
        Assert.Equal(["TTLDTT", "TTLDXS", "CTDBO"], verdicts.Select(v => v.GetProperty("target").GetString()));
        Assert.All(verdicts, v => Assert.NotEmpty(v.GetProperty("trace").EnumerateArray()));

        // The list gives the same verdict as the "why not" page.
        var province = await UnitIdAsync(app, "LSN");
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/awards/candidates?unitId={province}&year={year}&target=TTLDTT&size=500");
        var row = list.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("unitId").GetInt32() == old.Id);
        Assert.Equal(verdicts[0].GetProperty("outcome").GetString(), row.GetProperty("outcome").GetString());

        // A department is judged with its agency: no page of its own; a bad decision date names the field.
        var department = await UnitIdAsync(app, "LSN-VP");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/awards/candidates/unit/{department}")).StatusCode);
        var early = await api.GetAsync($"/api/v1/awards/candidates/unit/{old.Id}?year={year}&asOf={year}-09-01");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.True((await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("asOf", out _));

        var browser = await app.SignInAsync("canbo.langson");
        var html = await browser.GetStringAsync($"/Awards/Candidates/Unit/{old.Id}?year={year}");
        Assert.Contains("Số liệu của tập thể trong năm", html, StringComparison.Ordinal);
        Assert.Contains("data-target=\"TTLDTT\"", html, StringComparison.Ordinal);
    }

    private static Task<int> UnitIdAsync(ThiDuaApp app, string code) => app.WithDbAsync(d => d.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());
}
