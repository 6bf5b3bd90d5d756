using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Proposals;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Awards;

/// <summary>The processing times page: the root administrator changes a step's working days; out of range is refused naming the step.</summary>
[Collection("app")]
public sealed class ProposalDeadlinesPageTests(Apps apps)
{
    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheRootAdministrator_ChangesAStepsWorkingDays_AndAnOutOfRangeValueIsRefused(Db db)
    {
        var app = apps.Get(db);
        var admin = await app.SignInAsync("quantri");
        var before = await app.WithDbAsync(d => d.ProposalDeadlines.AsNoTracking().Where(x => x.Step == DeadlineStep.Receive).Select(x => (int?)x.WorkingDays).SingleOrDefaultAsync());
        var refused = await ThiDuaApp.PostFormAsync(admin, "/Awards/Proposals/Deadlines", new() { ["Deadlines[0].Step"] = "RECEIVE", ["Deadlines[0].WorkingDays"] = "0" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("thời hạn phải từ 1 đến 250 ngày làm việc", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        try
        {
            var saved = await ThiDuaApp.PostFormAsync(admin, "/Awards/Proposals/Deadlines", new() { ["Deadlines[0].Step"] = "RECEIVE", ["Deadlines[0].WorkingDays"] = "4" });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal(4, await app.WithDbAsync(d => d.ProposalDeadlines.Where(x => x.Step == DeadlineStep.Receive).Select(x => x.WorkingDays).SingleAsync()));
            Assert.Contains("value=\"4\"", await admin.GetStringAsync("/Awards/Proposals/Deadlines"), StringComparison.Ordinal);
        }
        finally
        {
            await ThiDuaApp.PostFormAsync(admin, "/Awards/Proposals/Deadlines", new() { ["Deadlines[0].Step"] = "RECEIVE", ["Deadlines[0].WorkingDays"] = (before ?? ProposalDeadline.Defaults[DeadlineStep.Receive]).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
    }
}
