using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Identity;

/// <summary>
/// Session timeouts (ASVS 7.3) with a fake clock shared by the app and the cookie handler: 30 minutes idle, and
/// 12 hours absolute however active the user is. Session handling does not touch the database, so SQLite suffices.
/// </summary>
public sealed class SessionTimeoutTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(TimeProvider.System.GetUtcNow());
    private readonly ThiDuaApp _app;

    public SessionTimeoutTests() =>
        _app = new ThiDuaApp(Db.Sqlite, services: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));

    [Fact]
    public async Task IdleSession_EndsAfter30Minutes()
    {
        var client = await _app.SignInAsync("lanhdao.langson");
        _clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Manage")).StatusCode);
        _clock.Advance(TimeSpan.FromMinutes(31));
        var expired = await client.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Contains("/Account/Login", expired.Headers.Location!.ToString());
    }

    [Fact]
    public async Task ActiveSession_EndsAfter12Hours_EvenWithSlidingRenewal()
    {
        // A request every 20 minutes: the idle timeout never fires, only the absolute one can.
        var client = await _app.SignInAsync("hoidong.langson");
        for (var elapsed = TimeSpan.FromMinutes(20); elapsed < TimeSpan.FromHours(12); elapsed += TimeSpan.FromMinutes(20))
        {
            _clock.Advance(TimeSpan.FromMinutes(20));
            var response = await client.GetAsync("/Account/Manage");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"signed out after {elapsed} of activity: {(int)response.StatusCode} {response.Headers.Location}");
        }

        // 12 h 00 is the boundary; by 12 h 20 the session must be gone although the last request was 20 minutes ago.
        _clock.Advance(TimeSpan.FromMinutes(20));
        await client.GetAsync("/Account/Manage");
        _clock.Advance(TimeSpan.FromMinutes(20));
        var expired = await client.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Contains("/Account/Login", expired.Headers.Location!.ToString());
    }

    public void Dispose() => _app.Dispose();
}
