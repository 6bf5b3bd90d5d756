using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Imports.Files;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Targets;

/// <summary>The ranking as an Excel file, and the indicator catalog page (read by all, edited at the root only).</summary>
[Collection("app")]
public sealed class CatalogAndExportTests(Apps apps)
{
    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheRankingExport_HasTheSameRanksGradesAndPointsAsTheApi(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var langSon = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync());
        var lastYear = app.Services.GetRequiredService<ThiDua.Core.Shared.EmulationCalendar>().LastFinished;
        var ranking = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/targets/ranking?unitId={langSon}&year={lastYear}")).RootElement;

        var response = await api.GetAsync($"/api/v1/targets/ranking/export?unitId={langSon}&year={lastYear}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TabularFileWriter.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"xep-loai-{lastYear}-thi-hanh-an-dan-su-tinh-lang-son.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var content = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var opened = TabularFileReader.Open(content, "xep-loai.xlsx", ImportLimits.Default);
        Assert.True(opened.IsSuccess, opened.Problem?.Message);
        using var sheet = opened.File!;
        Assert.Equal(["Hạng", "Mã đơn vị", "Đơn vị"], sheet.Headers.Take(3).ToList());
        Assert.Equal(["Tổng điểm", "Điểm tối đa", "Loại", "Lý do"], sheet.Headers.TakeLast(4).ToList());
        var rows = sheet.ReadRows().ToList();
        var expected = ranking.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(expected.Count, rows.Count);
        var headers = sheet.Headers.ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("unitCode").GetString(), rows[i][1].Display);
            Assert.Equal(expected[i].GetProperty("rank").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i][0].Display);
            Assert.Equal(expected[i].GetProperty("grade").GetString(), rows[i][headers.IndexOf("Loại")].Display);
            Assert.Equal(expected[i].GetProperty("scoreX100").GetInt32() / 100m,
                decimal.Parse(rows[i][headers.IndexOf("Tổng điểm")].Display, System.Globalization.CultureInfo.InvariantCulture));
        }

        // The same scope as the ranking: another province's unit answers 404.
        var haNoi = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "HNI").Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/targets/ranking/export?unitId={haNoi}&year={lastYear}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"/api/v1/targets/ranking/export?year={lastYear}")).StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheCatalogPage_IsEditedAtTheRootOnly_AndRefusesAnEmptyName(Db db)
    {
        var app = apps.Get(db);
        var officer = await app.SignInAsync("canbo.langson");
        var readOnly = await officer.GetStringAsync("/Targets/Catalog");
        Assert.Contains("Chỉ quản trị viên ở đơn vị gốc mới được sửa.", readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("Lưu chỉ tiêu", readOnly, StringComparison.Ordinal);
        var code = await app.WithDbAsync(d => d.Indicators.OrderBy(i => i.Order).Select(i => i.Code).FirstAsync());
        var original = await app.WithDbAsync(d => d.Indicators.AsNoTracking().SingleAsync(i => i.Code == code));
        Dictionary<string, string> Form(string name) => new()
        {
            ["Indicator.Name"] = name, ["Indicator.NumeratorLabel"] = original.NumeratorLabel, ["Indicator.DenominatorLabel"] = original.DenominatorLabel,
            ["Indicator.HigherIsBetter"] = original.HigherIsBetter ? "true" : "false", ["Indicator.KeyTarget"] = original.KeyTarget ? "true" : "false",
            ["Indicator.RankingPoints"] = original.RankingPoints.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Indicator.Active"] = "true",
        };
        var crafted = await ThiDuaApp.PostFormAsync(officer, $"/Targets/Catalog?handler=Indicator&code={code}", Form("Đổi tên"), "/Targets/Catalog");
        Assert.Equal(HttpStatusCode.NotFound, crafted.StatusCode);

        var admin = await app.SignInAsync("quantri");
        var inverted = await ThiDuaApp.PostFormAsync(admin, "/Targets/Catalog?handler=Grades", new() { ["GradeRows[0].Code"] = "C", ["GradeRows[0].MinPoints"] = "170" }, "/Targets/Catalog");
        Assert.Equal(HttpStatusCode.OK, inverted.StatusCode);
        Assert.Contains("không được cao hơn ngưỡng loại B", await inverted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refused = await ThiDuaApp.PostFormAsync(admin, $"/Targets/Catalog?handler=Indicator&code={code}", Form(" "), "/Targets/Catalog");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Vui lòng nhập tên chỉ tiêu", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        try
        {
            var saved = await ThiDuaApp.PostFormAsync(admin, $"/Targets/Catalog?handler=Indicator&code={code}", Form(original.Name + " (sửa)"), "/Targets/Catalog");
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal(original.Name + " (sửa)", await app.WithDbAsync(d => d.Indicators.Where(i => i.Code == code).Select(i => i.Name).SingleAsync()));
        }
        finally
        {
            await ThiDuaApp.PostFormAsync(admin, $"/Targets/Catalog?handler=Indicator&code={code}", Form(original.Name), "/Targets/Catalog");
        }

        Assert.Equal(original.Name, await app.WithDbAsync(d => d.Indicators.Where(i => i.Code == code).Select(i => i.Name).SingleAsync()));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ThePointsPage_LinksACriterionToAnIndicator_AndShowsItsComputedPoints(Db db)
    {
        var app = apps.Get(db);
        var officer = await app.SignInAsync("canbo.langson");
        var lastYear = app.Services.GetRequiredService<ThiDua.Core.Shared.EmulationCalendar>().LastFinished;
        // A movement of office 1 for last year (its targets and twelve months are in the demo), made for this test.
        var office = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN-KV1").Select(u => u.Id).SingleAsync());
        var api = await app.ApiClientAsync("canbo.langson");
        var from = app.Services.GetRequiredService<ThiDua.Core.Shared.EmulationCalendar>().Start(lastYear);
        var created = await api.PostAsync("/api/v1/movements", System.Net.Http.Json.JsonContent.Create(new
        {
            ownerUnitId = office, name = $"Phong trào kiểm thử điểm tự động {db}", kind = "REGULAR", scope = "UNIT",
            periodFrom = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            periodTo = from.AddYears(1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            launchedOn = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), maxPoints = 100,
            criteria = new[] { new { name = "Giải quyết xong về việc", points = 60 }, new { name = "Công tác khác", points = 40 } },
        }));
        Assert.True(created.StatusCode == HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        var movementId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("movement").GetProperty("id").GetInt32();
        var criteria = await app.WithDbAsync(d => d.Movements.Where(m => m.Id == movementId).SelectMany(m => m.Criteria).OrderBy(c => c.Order).Select(c => c.Id).ToListAsync());
        var url = $"/Targets/Points?unitId={office}&year={lastYear}&movementId={movementId}";

        var before = await officer.GetStringAsync(url);
        Assert.Contains("Điểm tính tự động: 0/0", before, StringComparison.Ordinal);
        var unknown = await ThiDuaApp.PostFormAsync(officer, url, new()
        {
            ["Links[0].CriterionId"] = criteria[0].ToString(System.Globalization.CultureInfo.InvariantCulture), ["Links[0].Indicator"] = "KHONG_CO",
        });
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("không có chỉ tiêu mã “KHONG_CO”", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await ThiDuaApp.PostFormAsync(officer, url, new()
        {
            ["Links[0].CriterionId"] = criteria[0].ToString(System.Globalization.CultureInfo.InvariantCulture), ["Links[0].Indicator"] = "VIEC",
            ["Links[1].CriterionId"] = criteria[1].ToString(System.Globalization.CultureInfo.InvariantCulture), ["Links[1].Indicator"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        // Office 1 exceeded every target last year: the linked criterion gets its 60 points in full.
        Assert.Contains("Điểm tính tự động: 60/60", await officer.GetStringAsync(url), StringComparison.Ordinal);
        var points = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/targets/points?movementId={movementId}&unitId={office}")).RootElement;
        Assert.Equal(6000, points.GetProperty("computedX100").GetInt32());
    }
}
