using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Demo;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Web.Infrastructure;

/// <summary>
/// Start-up work: migrations (automatic on SQLite; on PostgreSQL only with Database:MigrateOnStartup), the demo
/// province in demo mode, and a banner with the address and the demo accounts. A database that cannot be reached
/// is reported plainly and the app keeps running: /health/ready fails until the database returns.
/// </summary>
public static class Startup
{
    public static async Task InitialiseAsync(WebApplication app)
    {
        var logger = app.Logger;
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var demo = app.Configuration.GetValue("Demo:Enabled", false);
        var migrate = settings.Provider == DatabaseProvider.Sqlite || app.Configuration.GetValue("Database:MigrateOnStartup", false);
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorScope>().Set(new SystemUser("khởi động hệ thống"));
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (migrate)
            {
                await DataModule.MigrateAsync(db);
            }
            else if (!await db.Database.CanConnectAsync())
            {
                throw new DatabaseUnavailableException("không mở được kết nối (cannot open a connection)");
            }

            if (demo)
            {
                var seeded = await scope.ServiceProvider.GetRequiredService<SeedDemoData>().HandleAsync();
                if (seeded)
                {
                    logger.LogInformation("Đã tạo dữ liệu mẫu của tỉnh demo (Demo data seeded).");
                }
            }
        }
        catch (Exception ex) when (ex is DatabaseUnavailableException or System.Data.Common.DbException or TimeoutException or System.Net.Sockets.SocketException
            || ex.InnerException is System.Data.Common.DbException or System.Net.Sockets.SocketException or TimeoutException)
        {
            logger.LogError(ex,
                "KHÔNG KẾT NỐI ĐƯỢC CƠ SỞ DỮ LIỆU {Provider}: {Message}. Ứng dụng vẫn chạy; /health/ready báo lỗi cho đến khi cơ sở dữ liệu hoạt động trở lại. "
                + "(Cannot reach the {Provider} database; the app keeps running and /health/ready fails until it is back.)",
                settings.Provider, ex.Message, settings.Provider);
        }

        app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app, demo));
    }

    private static void PrintBanner(WebApplication app, bool demo)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("==============================================================");
        text.AppendLine(" ThiDua – Quản lý thi đua, khen thưởng");
        foreach (var address in addresses)
        {
            text.Append(" Mở trình duyệt (open): ").AppendLine(address);
        }

        if (demo)
        {
            text.AppendLine(" Chế độ demo – tài khoản mẫu (demo accounts), mật khẩu chung: " + SeedDemoData.DemoPassword);
            foreach (var account in SeedDemoData.Accounts)
            {
                text.Append("   ").Append(account.UserName.PadRight(18)).Append(' ').AppendLine(Core.Identity.RoleNames.Vietnamese(account.Role) + " – " + account.UnitCode);
            }
        }

        text.AppendLine("==============================================================");
        Console.Out.WriteLine(text.ToString());
        Console.Out.Flush();
    }
}

/// <summary>The configured database cannot be reached at start-up.</summary>
public sealed class DatabaseUnavailableException(string message) : Exception(message);
