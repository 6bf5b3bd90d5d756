using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Targets;

/// <summary>
/// The unit dashboard on the demo data: each of its four parts agrees with the module it summarises (movement coverage,
/// registration coverage, covenant signatures, targets and alerts), and the page shows them.
/// </summary>
[Collection("app")]
public sealed class DashboardTests(Apps apps)
{
    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheProvincesDashboard_AgreesWithEachModule(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var lsn = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync());

        // Without unitId: the user's first unit (the province). Boards are cached 15 s per scope, unit and year; no other
        // test asks for this key, so the board is computed now, like the module figures it is compared with.
        var board = await api.GetFromJsonAsync<JsonElement>("/api/v1/targets/dashboard");
        Assert.Equal(lsn, board.GetProperty("unitId").GetInt32());
        var year = board.GetProperty("year").GetInt32();

        var launch = board.GetProperty("launch");
        var movementId = launch.GetProperty("movementId").GetInt32();
        var coverage = await api.GetFromJsonAsync<JsonElement>($"/api/v1/movements/{movementId}/coverage");
        Assert.Equal(coverage.GetProperty("units").GetInt32(), launch.GetProperty("units").GetInt32());
        Assert.Equal(coverage.GetProperty("responded").GetInt32(), launch.GetProperty("responded").GetInt32());
        Assert.Equal(coverage.GetProperty("units").GetInt32() - coverage.GetProperty("responded").GetInt32(), launch.GetProperty("notResponded").GetArrayLength());

        var registration = board.GetProperty("registration");
        var registered = await api.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/coverage?unitId={lsn}&year={year}");
        Assert.True(registration.GetProperty("roundOpen").GetBoolean());
        Assert.Equal(registered.GetProperty("peopleRegistered").GetInt32(), registration.GetProperty("peopleRegistered").GetInt32());
        Assert.Equal(registered.GetProperty("unitsRegistered").GetInt32(), registration.GetProperty("unitsRegistered").GetInt32());
        Assert.InRange(registration.GetProperty("peopleShare").GetDecimal(), 1m, 99.9m);

        var covenants = board.GetProperty("covenants").EnumerateArray().ToList();
        Assert.NotEmpty(covenants);
        Assert.Contains(covenants, c => c.GetProperty("signedCount").GetInt32() == c.GetProperty("members").GetInt32() && c.GetProperty("members").GetInt32() > 1);

        var targets = board.GetProperty("targets");
        var progress = await api.GetFromJsonAsync<JsonElement>($"/api/v1/targets/units/{lsn}/progress?year={year}");
        Assert.Equal(progress.GetProperty("score").GetProperty("grade").GetString(), targets.GetProperty("grade").GetString());
        var alerts = await api.GetFromJsonAsync<JsonElement>($"/api/v1/targets/alerts?unitId={lsn}&year={year}");
        var behind = alerts.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("unitId").GetInt32()).Distinct().Count();
        Assert.True(behind > 0, "the demo has an office behind schedule");
        Assert.Equal(behind, targets.GetProperty("alerts").GetInt32());

        var page = await (await app.SignInAsync("canbo.langson")).GetStringAsync($"/Targets/Dashboard?unitId={lsn}&year={year}");
        Assert.Contains("data-testid=\"dashboard-grade\"", page, StringComparison.Ordinal);
        Assert.Matches(@"data-testid=""launched-share"">\d+/\d+<", page);

        var bad = await api.GetAsync($"/api/v1/targets/dashboard?unitId={lsn}&year=1999");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
