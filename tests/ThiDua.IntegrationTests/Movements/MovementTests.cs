using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Movements;

/// <summary>
/// Movements on the demo data (SeedDemoMovements): the central regular movement of the current year, Lạng Sơn's
/// response, and five of its eight regional offices responding. Tests respond for offices 6 (API) and 7 (browser), so
/// counts are compared before and after rather than assumed.
/// </summary>
[Collection("app")]
public sealed class MovementTests(Apps apps)
{
    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task AnOffice_RespondsToItsProvince_AndTheCoverageCountsIt(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var (province, central) = await DemoMovementsAsync(app);

        var before = await api.GetFromJsonAsync<JsonElement>($"/api/v1/movements/{province}/coverage");
        Assert.Equal(8, before.GetProperty("units").GetInt32());
        var kv6 = before.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("unitCode").GetString() == "LSN-KV6");
        var respondedBefore = before.GetProperty("responded").GetInt32();
        Assert.True(respondedBefore >= 5);

        var details = await api.GetFromJsonAsync<JsonElement>($"/api/v1/movements/{province}");
        Assert.Equal(central, details.GetProperty("movement").GetProperty("parentId").GetInt32());
        Assert.Equal(100, details.GetProperty("criteria").EnumerateArray().Sum(c => c.GetProperty("points").GetInt32()));
        var period = details.GetProperty("movement");
        object Body(int points, string? from = null, int? parent = null) => new
        {
            ownerUnitId = kv6.GetProperty("unitId").GetInt32(), parentId = parent ?? province,
            name = "Phong trào thi đua năm nay của Phòng Thi hành án dân sự khu vực 6", kind = "REGULAR", scope = "UNIT",
            periodFrom = from ?? period.GetProperty("periodFrom").GetString(), periodTo = period.GetProperty("periodTo").GetString(),
            launchedOn = period.GetProperty("periodFrom").GetString(), maxPoints = 100,
            criteria = new[] { new { name = "Tỷ lệ giải quyết xong về việc", points = 60 }, new { name = "Tỷ lệ giải quyết xong về tiền", points = points } },
        };

        // Weights that do not add up, a period outside the parent's: refused, naming what to fix.
        var weights = await api.PostAsJsonAsync("/api/v1/movements", Body(30));
        Assert.Equal(HttpStatusCode.BadRequest, weights.StatusCode);
        Assert.Contains("Tổng điểm các tiêu chí là 90, phải bằng điểm tối đa 100", await weights.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var early = await api.PostAsJsonAsync("/api/v1/movements", Body(40, from: "2000-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.True((await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("periodFrom", out _));

        var created = await api.PostAsJsonAsync("/api/v1/movements", Body(40));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var movement = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = movement.GetProperty("movement").GetProperty("id").GetInt32();

        var after = await api.GetFromJsonAsync<JsonElement>($"/api/v1/movements/{province}/coverage");
        Assert.Equal(respondedBefore + 1, after.GetProperty("responded").GetInt32());
        var row = after.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("unitCode").GetString() == "LSN-KV6");
        Assert.Equal(id, row.GetProperty("movementId").GetInt32());

        // A second response of the same office is refused; the launch is audited.
        var twice = await api.PostAsJsonAsync("/api/v1/movements", Body(40));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("đã hưởng ứng", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audit = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Movement&entityId={id}");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "Movement.created");

        // The province cannot respond to one of its own offices' movements.
        var upward = await api.PostAsJsonAsync("/api/v1/movements", new
        {
            ownerUnitId = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync()), parentId = id,
            name = "Hưởng ứng ngược", kind = "REGULAR", scope = "UNIT", periodFrom = period.GetProperty("periodFrom").GetString(),
            periodTo = period.GetProperty("periodTo").GetString(), launchedOn = period.GetProperty("periodFrom").GetString(), maxPoints = 100,
            criteria = new[] { new { name = "Tiêu chí", points = 100 } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, upward.StatusCode);
        Assert.Contains("Chỉ hưởng ứng phong trào của cấp trên", await upward.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheList_ShowsTheCentralAndOwnMovements_AndSearchIgnoresDiacritics(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var (province, central) = await DemoMovementsAsync(app);
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/movements?size=200");
        var ids = list.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(central, ids);
        Assert.Contains(province, ids);
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), m => m.GetProperty("ownerName").GetString()!.Contains("Hà Nội", StringComparison.Ordinal));
        // Hà Nội's response to the central movement is not counted for Lạng Sơn; the ministry's administrator sees both.
        var centralRow = list.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("id").GetInt32() == central);
        Assert.Equal(1, centralRow.GetProperty("responses").GetInt32());
        var root = await app.ApiClientAsync("quantri");
        var all = await root.GetFromJsonAsync<JsonElement>("/api/v1/movements?size=200");
        Assert.Equal(2, all.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("id").GetInt32() == central).GetProperty("responses").GetInt32());

        var found = await api.GetFromJsonAsync<JsonElement>("/api/v1/movements?q=chuyen%20doi%20so");
        var thematic = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal("THEMATIC", thematic.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/v1/movements?kind=WEEKLY")).StatusCode);

        var browser = await app.SignInAsync("canbo.langson");
        var html = await browser.GetStringAsync($"/Movements/Details/{province}");
        Assert.Contains("Đơn vị trực thuộc hưởng ứng", html, StringComparison.Ordinal);
        Assert.Contains("Chưa hưởng ứng", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Movements\"", await browser.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ThePlan_ComesOutInDecree30Form_AsWordAndPdf_AndBadFieldsAreNamed(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var (province, central) = await DemoMovementsAsync(app);
        var details = await api.GetFromJsonAsync<JsonElement>($"/api/v1/movements/{province}");
        var name = details.GetProperty("movement").GetProperty("name").GetString()!;
        var centralName = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/movements/{central}")).GetProperty("movement").GetProperty("name").GetString()!;

        var bad = await api.GetAsync($"/api/v1/movements/{province}/plan?format=docx&date=2026-10-05&signerPosition=Trưởng&authority=XX");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("Số kế hoạch", errors.GetProperty("number")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Họ và tên người ký", errors.GetProperty("signerName")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("KT, TM", errors.GetProperty("authority")[0].GetString(), StringComparison.Ordinal);

        const string Query = "number=15&date=2026-10-05&signerName=Hoàng Văn Nghĩa&signerPosition=Phó Trưởng&authority=KT&principal=Trưởng";
        var docx = await api.GetAsync($"/api/v1/movements/{province}/plan?format=docx&{Query}");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
            Assert.Contains("Số: 15/KH-LSN", text, StringComparison.Ordinal);
            Assert.Contains("Lạng Sơn, ngày 05 tháng 10 năm 2026", text, StringComparison.Ordinal);
            Assert.Contains("KẾ HOẠCH", text, StringComparison.Ordinal);
            Assert.Contains("Tổ chức phong trào thi đua thực hiện thắng lợi", text, StringComparison.Ordinal);
            Assert.Contains($"ban hành Kế hoạch tổ chức {char.ToLowerInvariant(name[0])}{name[1..]} như sau:", text, StringComparison.Ordinal);
            Assert.Contains($"phát động phong trào thi đua “{centralName}”", text, StringComparison.Ordinal);
            foreach (var c in details.GetProperty("criteria").EnumerateArray())
            {
                Assert.Contains($"{c.GetProperty("name").GetString()!.TrimEnd('.', ';')}: {c.GetProperty("points").GetInt32()} điểm.", text, StringComparison.Ordinal);
            }

            Assert.Contains("Tổng số điểm tối đa: 100 điểm", text, StringComparison.Ordinal);
            Assert.Contains("KT. TRƯỞNG", text, StringComparison.Ordinal);
            Assert.Contains("Hoàng Văn Nghĩa", text, StringComparison.Ordinal);
        }

        var pdf = await api.GetAsync($"/api/v1/movements/{province}/plan?format=pdf&{Query}");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF-"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..5]);
    }

    private static async Task<(int Province, int Central)> DemoMovementsAsync(ThiDuaApp app) =>
        await app.WithDbAsync(async d =>
        {
            var province = await d.Movements.Where(m => m.OwnerUnit.Code == "LSN" && m.Parent!.OwnerUnit.Code == "QLTHADS")
                .OrderByDescending(m => m.PeriodFrom).Select(m => new { m.Id, ParentId = m.ParentId!.Value }).FirstAsync();
            return (province.Id, province.ParentId);
        });
}
