using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Identity;
using ThiDua.Core.Identity.Accounts;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Records;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Covenants;

/// <summary>
/// A covenant's whole year through the API, on a block made for the test (three of Lạng Sơn's regional offices, each
/// with a leader account of its own) in the last finished year: drafting with bad weights, every skipped step refused,
/// signing (wrong password, non-member, second signature), the signed document read back, the mid-year review,
/// cross-scoring (own unit, out of range), the vote (own unit), closing, the ranking and the CTDBO feed.
/// </summary>
[Collection("app")]
public sealed class CovenantTests(Apps apps)
{
    private const string LeaderPassword = "chữ ký của lãnh đạo phòng 2026";

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ACovenant_GoesThroughItsYear_RefusingSkipsAndBadInput_AndTheVoteFeedsCtdbo(Db db)
    {
        var app = apps.Get(db);
        var officer = await app.ApiClientAsync("canbo.langson");
        var year = EmulationYearOf(app);
        var arrange = await ArrangeAsync(app, year);
        var (unitX, unitY, unitZ) = (arrange.Members[0], arrange.Members[1], arrange.Members[2]);

        // Drafting: weights that do not add up are refused, naming the field.
        object Body(int lastPoints) => new
        {
            clusterId = arrange.ClusterId, year, title = $"Giao ước thi đua năm {year} của khối kiểm thử", maxPoints = 100, leadingSeats = 1,
            commitments = new object[]
            {
                new { text = "Giải quyết xong về việc", indicator = "Tỷ lệ giải quyết xong về việc", targetValue = 85.5, targetUnit = "%" },
                new { text = "Không có công chức bị kỷ luật", indicator = (string?)null, targetValue = (decimal?)null, targetUnit = (string?)null },
            },
            criteria = new[] { new { name = "Kết quả về việc", points = 60 }, new { name = "Kết quả về tiền", points = lastPoints } },
        };
        var bad = await officer.PostAsJsonAsync("/api/v1/covenants", Body(30));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Tổng điểm các tiêu chí là 90, phải bằng điểm tối đa 100", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var created = await officer.PostAsJsonAsync("/api/v1/covenants", Body(40));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("covenant").GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync("/api/v1/covenants", Body(40))).StatusCode);

        // No step can be skipped: scoring, closing and signing a draft are refused with the step named.
        foreach (var step in new[] { "START_SCORING", "CLOSE", "REOPEN_SCORING" })
        {
            var skipped = await officer.PostAsJsonAsync($"/api/v1/covenants/{id}/steps", new { action = step, reason = "thử" });
            Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
            Assert.Contains("Dự thảo", await skipped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var leaders = new Dictionary<int, HttpClient>();
        foreach (var (unit, user) in arrange.Leaders)
        {
            leaders[unit] = await app.ApiClientAsync(user, LeaderPassword);
        }

        var early = await leaders[unitX].PostAsJsonAsync($"/api/v1/covenants/{id}/signatures", new { unitId = unitX, password = LeaderPassword });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Không thể ký giao ước", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Open, return without a reason (refused), return with one, open again.
        await StepAsync(officer, id, "OPEN");
        var noReason = await officer.PostAsJsonAsync($"/api/v1/covenants/{id}/steps", new { action = "RETURN" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal("DRAFT", (await StepAsync(officer, id, "RETURN", "Sửa chỉ tiêu về tiền theo ý kiến các thành viên")).GetProperty("covenant").GetProperty("status").GetString());
        await StepAsync(officer, id, "OPEN");

        // Signing: a wrong password, a unit that is not a member, the officer (no signing role), a second signature.
        var wrong = await leaders[unitX].PostAsJsonAsync($"/api/v1/covenants/{id}/signatures", new { unitId = unitX, password = "không đúng mật khẩu" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("password", out _));
        var outsider = await leaders[arrange.Outsider].PostAsJsonAsync($"/api/v1/covenants/{id}/signatures", new { unitId = arrange.Outsider, password = LeaderPassword });
        Assert.Equal(HttpStatusCode.BadRequest, outsider.StatusCode);
        Assert.Contains("không phải thành viên", await outsider.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/v1/covenants/{id}/signatures", new { unitId = unitX, password = ThiDuaApp.DemoPassword })).StatusCode);
        // A leader cannot sign for another member (outside their unit: not found), nor can the outsider, who also works in X, sign for X.
        Assert.Equal(HttpStatusCode.NotFound, (await leaders[unitX].PostAsJsonAsync($"/api/v1/covenants/{id}/signatures", new { unitId = unitY, password = LeaderPassword })).StatusCode);
        var forOther = await leaders[arrange.Outsider].PostAsJsonAsync($"/api/v1/covenants/{id}/signatures", new { unitId = unitX, password = LeaderPassword });
        Assert.Equal(HttpStatusCode.BadRequest, forOther.StatusCode);
        Assert.Contains("Chỉ lãnh đạo của", await forOther.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        JsonElement details = default;
        foreach (var unit in arrange.Members)
        {
            var signed = await leaders[unit].PostAsJsonAsync($"/api/v1/covenants/{id}/signatures", new { unitId = unit, password = LeaderPassword });
            Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
            details = await signed.Content.ReadFromJsonAsync<JsonElement>();
        }

        Assert.Equal("SIGNED", details.GetProperty("covenant").GetProperty("status").GetString());
        Assert.All(details.GetProperty("members").EnumerateArray(), m => Assert.Equal("PASSWORD", m.GetProperty("signature").GetProperty("method").GetString()));
        var twice = await leaders[unitX].PostAsJsonAsync($"/api/v1/covenants/{id}/signatures", new { unitId = unitX, password = LeaderPassword });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("Không thể ký giao ước", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audit = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Covenant&entityId={id}&size=50");
        var signedEvents = audit.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("action").GetString() == "Covenant.signed").ToList();
        Assert.Equal(3, signedEvents.Count);
        Assert.Contains(signedEvents, e => e.GetProperty("summary").GetString()!.Contains(arrange.Leaders[unitZ], StringComparison.Ordinal));

        // The signed covenant as Word and PDF, read back.
        var docx = await officer.GetAsync($"/api/v1/covenants/{id}/document?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
            Assert.Contains("GIAO ƯỚC THI ĐUA", text, StringComparison.Ordinal);
            Assert.Contains("Giải quyết xong về việc", text, StringComparison.Ordinal);
            Assert.Contains("Tỷ lệ giải quyết xong về việc: 85,5 %", text, StringComparison.Ordinal);
            foreach (var unit in arrange.Members)
            {
                Assert.Contains(arrange.DisplayNames[unit], text, StringComparison.Ordinal);
            }
        }

        var pdf = await officer.GetAsync($"/api/v1/covenants/{id}/document?format=pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF-"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..5]);

        // Mid-year review, corrected once; then scoring starts and the review is closed.
        var review = await officer.PutAsJsonAsync($"/api/v1/covenants/{id}/review",
            new { summary = "Sơ kết 6 tháng", progress = new[] { new { order = 1, value = 40.5m, percent = 47.4m, comment = "Đúng tiến độ" } } });
        Assert.Equal("MID_YEAR_REVIEWED", (await review.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("covenant").GetProperty("status").GetString());
        var corrected = await officer.PutAsJsonAsync($"/api/v1/covenants/{id}/review",
            new { summary = "Sơ kết 6 tháng (sửa)", progress = new[] { new { order = 1, value = 41m, percent = 48m, comment = "Đúng tiến độ" }, new { order = 2, value = 0m, percent = 100m, comment = "Không có" } } });
        Assert.Equal(48m, (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("commitments")[0].GetProperty("progressPercent").GetDecimal());
        await StepAsync(officer, id, "START_SCORING");
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PutAsJsonAsync($"/api/v1/covenants/{id}/review", new { summary = "muộn", progress = Array.Empty<object>() })).StatusCode);

        // Cross-scoring: never one's own unit, each criterion within 0..max.
        var criteria = details.GetProperty("criteria").EnumerateArray().Select(c => (Id: c.GetProperty("id").GetInt32(), Max: c.GetProperty("maxPoints").GetInt32())).ToList();
        object Points(params decimal[] values) => criteria.Select((c, i) => new { criterionId = c.Id, points = values[i] }).ToArray();
        var own = await leaders[unitX].PutAsJsonAsync($"/api/v1/covenants/{id}/scores", new { scorerUnitId = unitX, scoredUnitId = unitX, points = Points(50, 30) });
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("không tự chấm điểm đơn vị mình", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var over = await leaders[unitX].PutAsJsonAsync($"/api/v1/covenants/{id}/scores", new { scorerUnitId = unitX, scoredUnitId = unitY, points = Points(61, 30) });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("ngoài khoảng 0 – 60", await over.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // X scores highest from both others; Y and Z tie on average (explained), Z votes for X, X for Y, Y for X.
        await ScoreAsync(leaders[unitX], id, unitX, unitY, Points(50, 30));
        await ScoreAsync(leaders[unitX], id, unitX, unitZ, Points(45, 35));
        await ScoreAsync(leaders[unitY], id, unitY, unitX, Points(58, 38.5m));
        await ScoreAsync(leaders[unitY], id, unitY, unitZ, Points(50, 30));
        await ScoreAsync(leaders[unitZ], id, unitZ, unitX, Points(57, 39));
        var beforeVotes = await officer.PostAsJsonAsync($"/api/v1/covenants/{id}/steps", new { action = "CLOSE" });
        Assert.Equal(HttpStatusCode.BadRequest, beforeVotes.StatusCode);
        var problems = await beforeVotes.Content.ReadAsStringAsync();
        Assert.Contains("chưa chấm điểm", problems, StringComparison.Ordinal);
        Assert.Contains("Chưa bỏ phiếu suy tôn", problems, StringComparison.Ordinal);
        await ScoreAsync(leaders[unitZ], id, unitZ, unitY, Points(45, 35));

        var self = await leaders[unitZ].PutAsJsonAsync($"/api/v1/covenants/{id}/votes", new { voterUnitId = unitZ, chosenUnitIds = new[] { unitZ } });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("không bầu chính đơn vị mình", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await VoteAsync(leaders[unitX], id, unitX, unitY);
        await VoteAsync(leaders[unitY], id, unitY, unitX);
        await VoteAsync(leaders[unitZ], id, unitZ, unitX);

        // Before closing, X does not lead a cluster in the year: CTDBO's cluster criterion is unmet.
        Assert.False(await LeadsClusterMetAsync(officer, unitX, year));
        var closed = await StepAsync(officer, id, "CLOSE");
        Assert.Equal("CLOSED", closed.GetProperty("covenant").GetProperty("status").GetString());
        var ranking = closed.GetProperty("ranking").EnumerateArray().ToList();
        Assert.Equal(unitX, ranking[0].GetProperty("unitId").GetInt32());
        Assert.Equal(9625, ranking[0].GetProperty("averageHundredths").GetInt32());
        Assert.True(ranking[0].GetProperty("isLeading").GetBoolean());
        Assert.Equal([1, 2, 2], ranking.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Contains("đồng hạng 2", ranking[1].GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.All(ranking.Skip(1), r => Assert.False(r.GetProperty("isLeading").GetBoolean()));

        // The engine reads the vote: X now leads its cluster for CTDBO; Y does not.
        Assert.True(await LeadsClusterMetAsync(officer, unitX, year));
        Assert.False(await LeadsClusterMetAsync(officer, unitY, year));
        if (arrange.XWasHtxs)
        {
            var verdict = await CtdboAsync(officer, unitX, year);
            Assert.DoesNotContain(verdict.GetProperty("unmet").EnumerateArray(), u => u.GetProperty("code").GetString() == "CLUSTER_LEADER");
        }

        // Reopening needs a reason and withdraws the result from the engine.
        await StepAsync(officer, id, "REOPEN_SCORING", "Một đơn vị đề nghị chấm lại tiêu chí 2");
        Assert.False(await LeadsClusterMetAsync(officer, unitX, year));
        await StepAsync(officer, id, "CLOSE");
        Assert.True(await LeadsClusterMetAsync(officer, unitX, year));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheDemo_HasASignedCovenantPerCluster_AndLastYearsVoteFeedsCtdbo(Db db)
    {
        var app = apps.Get(db);
        var calendar = app.Services.GetRequiredService<ThiDua.Core.Shared.EmulationCalendar>();
        var officer = await app.ApiClientAsync("canbo.langson");
        var current = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/covenants?year={calendar.CurrentYear}");
        var demo = current.EnumerateArray().Where(c => c.GetProperty("clusterCode").GetString() is "CUM-TINH-1" or "KHOI-LSN-KV").ToList();
        Assert.Equal(2, demo.Count);
        Assert.All(demo, c =>
        {
            Assert.Equal("SIGNED", c.GetProperty("status").GetString());
            Assert.Equal(c.GetProperty("members").GetInt32(), c.GetProperty("signedCount").GetInt32());
        });

        var last = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/covenants?year={calendar.LastFinished}")).EnumerateArray()
            .Single(c => c.GetProperty("clusterCode").GetString() == "KHOI-LSN-KV");
        Assert.Equal("CLOSED", last.GetProperty("status").GetString());
        var details = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/covenants/{last.GetProperty("id").GetInt32()}");
        var leading = details.GetProperty("ranking").EnumerateArray().Where(r => r.GetProperty("isLeading").GetBoolean()).ToList();
        var leader = Assert.Single(leading).GetProperty("unitId").GetInt32();
        Assert.True(await LeadsClusterMetAsync(officer, leader, calendar.LastFinished));
        // Another member that no closed covenant of the year (the other test's included) voted leading.
        var leadingAnywhere = await app.WithDbAsync(d => d.CovenantResults.Where(r => r.IsLeading).Select(r => r.UnitId).ToListAsync());
        var other = details.GetProperty("ranking").EnumerateArray().Select(r => r.GetProperty("unitId").GetInt32()).First(u => !leadingAnywhere.Contains(u));
        Assert.False(await LeadsClusterMetAsync(officer, other, calendar.LastFinished));
    }

    private static int EmulationYearOf(ThiDuaApp app) =>
        app.Services.GetRequiredService<ThiDua.Core.Shared.EmulationCalendar>().LastFinished;

    private static async Task<JsonElement> StepAsync(HttpClient client, int id, string action, string? reason = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/covenants/{id}/steps", new { action, reason });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task ScoreAsync(HttpClient client, int id, int scorer, int scored, object points)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/covenants/{id}/scores", new { scorerUnitId = scorer, scoredUnitId = scored, points });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task VoteAsync(HttpClient client, int id, int voter, int chosen)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/covenants/{id}/votes", new { voterUnitId = voter, chosenUnitIds = new[] { chosen } });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> CtdboAsync(HttpClient client, int unit, int year)
    {
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/awards/candidates/unit/{unit}?year={year}");
        return body.GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("target").GetString() == "CTDBO");
    }

    private static async Task<bool> LeadsClusterMetAsync(HttpClient client, int unit, int year) =>
        (await CtdboAsync(client, unit, year)).GetProperty("trace").EnumerateArray().Single(t => t.GetProperty("criterion").GetString() == "LeadsCluster").GetProperty("met").GetBoolean();

    private sealed record Arranged(int ClusterId, IReadOnlyList<int> Members, int Outsider, Dictionary<int, string> Leaders, Dictionary<int, string> DisplayNames, bool XWasHtxs);

    /// <summary>
    /// A block of three offices for the year (X first: an office rated HTXS that year that does not already lead the
    /// demo block, when there is one), a fourth office outside it, and a leader account on each of the four.
    /// </summary>
    private static async Task<Arranged> ArrangeAsync(ThiDuaApp app, int year)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<ThiDua.Core.Data.AppDbContext>();
        var offices = await db.Units.Where(u => u.Code.StartsWith("LSN-KV")).OrderBy(u => u.Code).Select(u => u.Id).ToListAsync();
        var demoLeading = await db.CovenantResults.Where(r => r.IsLeading).Select(r => r.UnitId).ToListAsync();
        var htxs = await db.UnitRatings.Where(r => r.Year == year && r.Rating == Rating.Htxs).Select(r => r.UnitId).ToListAsync();
        var candidates = offices.Where(o => !demoLeading.Contains(o)).ToList();
        var x = candidates.FirstOrDefault(htxs.Contains);
        var xWasHtxs = x != 0;
        if (!xWasHtxs)
        {
            x = candidates[0];
        }

        var members = new List<int> { x };
        members.AddRange(candidates.Where(o => o != x).Take(2));
        var outsider = offices.First(o => !members.Contains(o));
        var owner = await db.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync();
        var cluster = new Cluster("KHOI-KT-" + tag.ToUpperInvariant(), "Khối kiểm thử giao ước " + tag, ClusterKind.BLOCK, owner);
        db.Clusters.Add(cluster);
        await db.SaveChangesAsync();
        db.ClusterMembers.AddRange(members.Select((m, i) => new ClusterMember(cluster.Id, year, m, i == 0 ? ClusterRole.HEAD : ClusterRole.MEMBER, i + 1)));
        await db.SaveChangesAsync();

        var create = scope.ServiceProvider.GetRequiredService<CreateAccount>();
        var leaders = new Dictionary<int, string>();
        var names = new Dictionary<int, string>();
        foreach (var unit in members.Append(outsider))
        {
            var user = $"lanhdao.{unit}.{tag}";
            var display = $"Lãnh đạo phòng {unit} ({tag})";
            // The outsider's leader also works in X (a staff role): the covenant is visible to them, their unit is not a member.
            GrantInput[] grants = unit == outsider ? [new GrantInput(Role.UnitLeader, unit), new GrantInput(Role.StaffMember, x)] : [new GrantInput(Role.UnitLeader, unit)];
            var result = await create.HandleAsync(new CreateAccountInput(user, display, null, LeaderPassword, null, grants, IsDemo: true));
            Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
            leaders[unit] = user;
            names[unit] = display;
        }

        return new Arranged(cluster.Id, members, outsider, leaders, names, xWasHtxs);
    }
}
