using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Audit;
using ThiDua.Core.Data;
using ThiDua.Core.Demo;
using ThiDua.Core.Identity;
using ThiDua.Core.Identity.Accounts;
using ThiDua.Core.Organisation;

namespace ThiDua.Cli;

/// <summary>
/// The operator commands. They run with machine access to the database (as the web host's own start-up does),
/// act as "CLI operator" in the audit trail, and never print secrets they were not asked for (ADR 0006).
/// </summary>
public static class Commands
{
    public static Command Db()
    {
        var migrate = new Command("migrate", "Áp dụng các bản di chuyển (migration) cơ sở dữ liệu cho SQLite hoặc PostgreSQL.");
        migrate.SetAction(async (_, ct) =>
        {
            await using var provider = CliHost.Build();
            await using var scope = CliHost.OperatorScope(provider, "CLI: db migrate");
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await DataModule.MigrateAsync(db, ct);
            var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).Count();
            await Console.Out.WriteLineAsync($"Đã áp dụng migration ({db.Database.ProviderName}): {applied} bản.");
            return 0;
        });
        var db = new Command("db", "Cơ sở dữ liệu.");
        db.Subcommands.Add(migrate);
        return db;
    }

    public static Command Users()
    {
        var userName = new Option<string>("--user-name") { Description = "Tên đăng nhập của quản trị viên.", Required = true };
        var displayName = new Option<string>("--display-name") { Description = "Họ và tên hiển thị.", DefaultValueFactory = _ => "Quản trị hệ thống" };
        var unitCode = new Option<string?>("--unit") { Description = "Mã đơn vị được quản trị (mặc định: đơn vị gốc của cây)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Đọc mật khẩu từ dòng đầu của đầu vào chuẩn (không hỏi)." };
        var createAdmin = new Command("create-admin", "Tạo tài khoản quản trị đầu tiên (không có mật khẩu mặc định; bắt buộc xác thực hai lớp khi đăng nhập).");
        createAdmin.Options.Add(userName);
        createAdmin.Options.Add(displayName);
        createAdmin.Options.Add(unitCode);
        createAdmin.Options.Add(passwordStdin);
        createAdmin.SetAction(async (parse, ct) =>
        {
            var password = parse.GetValue(passwordStdin) || Console.IsInputRedirected
                ? await Console.In.ReadLineAsync(ct) ?? string.Empty
                : ReadHidden("Mật khẩu (ít nhất 12 ký tự): ");
            await using var provider = CliHost.Build();
            await using var scope = CliHost.OperatorScope(provider, "CLI: users create-admin");
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await DataModule.MigrateAsync(db, ct);
            var code = parse.GetValue(unitCode)?.Trim().ToUpperInvariant();
            var unit = code is null
                ? await db.Units.Where(u => u.ParentId == null).OrderBy(u => u.Id).FirstOrDefaultAsync(ct)
                : await db.Units.FirstOrDefaultAsync(u => u.Code == code, ct);
            if (unit is null && code is null)
            {
                // A fresh production database: the tree starts with the ministry.
                unit = new OrgUnit("BTP", "Bộ Tư pháp", UnitKind.MINISTRY, null, new DateOnly(2002, 8, 5));
                db.Units.Add(unit);
                await db.SaveChangesAsync(ct);
            }

            if (unit is null)
            {
                await Console.Error.WriteLineAsync($"Không có đơn vị mã '{code}'.");
                return 2;
            }

            var result = await scope.ServiceProvider.GetRequiredService<CreateAccount>().HandleAsync(new CreateAccountInput(
                parse.GetValue(userName)!, parse.GetValue(displayName)!, null, password, null, [new GrantInput(Role.Administrator, unit.Id)]), ct);
            if (!result.IsSuccess)
            {
                foreach (var error in result.Errors)
                {
                    await Console.Error.WriteLineAsync($"{error.Field}: {error.Message}");
                }

                return 2;
            }

            await Console.Out.WriteLineAsync($"Đã tạo quản trị viên '{result.Value!.UserName}' trên đơn vị {unit.Code} – {unit.Name}. Lần đăng nhập đầu tiên sẽ yêu cầu bật xác thực hai lớp.");
            return 0;
        });
        var users = new Command("users", "Tài khoản.");
        users.Subcommands.Add(createAdmin);
        return users;
    }

    public static Command Audit()
    {
        var verify = new Command("verify", "Tính lại chuỗi băm của nhật ký; mã thoát 0 nếu toàn vẹn, 1 và tên sự kiện hỏng đầu tiên nếu không.");
        verify.SetAction(async (_, ct) =>
        {
            await using var provider = CliHost.Build();
            await using var scope = CliHost.OperatorScope(provider, "CLI: audit verify");
            var result = await scope.ServiceProvider.GetRequiredService<VerifyAuditChain>().HandleAsync(ct);
            if (result.Intact)
            {
                await Console.Out.WriteLineAsync($"Nhật ký toàn vẹn: {result.EventsChecked} sự kiện đã kiểm tra. (Audit chain intact.)");
                return 0;
            }

            await Console.Out.WriteLineAsync($"NHẬT KÝ BỊ PHÁ VỠ tại sự kiện số {result.BrokenSequence} (id {result.BrokenId}): {result.Reason}. (Audit chain broken at event #{result.BrokenSequence}.)");
            return 1;
        });
        var audit = new Command("audit", "Nhật ký thay đổi.");
        audit.Subcommands.Add(verify);
        return audit;
    }

    public static Command Demo()
    {
        var seed = new Command("seed", "Tạo tỉnh demo (cơ sở dữ liệu trống).");
        seed.SetAction(async (_, ct) =>
        {
            await using var provider = CliHost.Build();
            await using var scope = CliHost.OperatorScope(provider, "CLI: demo seed");
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await DataModule.MigrateAsync(db, ct);
            var seeded = await scope.ServiceProvider.GetRequiredService<SeedDemoData>().HandleAsync(ct);
            await Console.Out.WriteLineAsync(seeded ? "Đã tạo dữ liệu demo." : "Cơ sở dữ liệu đã có dữ liệu: không tạo lại.");
            return seeded ? 0 : 1;
        });

        var provinces = new Option<int>("--provinces") { Description = "Số cơ quan THADS tỉnh (1–34).", DefaultValueFactory = _ => 34 };
        var people = new Option<int>("--people") { Description = "Số công chức.", DefaultValueFactory = _ => 10_000 };
        var offices = new Option<int>("--offices") { Description = "Số phòng THADS khu vực.", DefaultValueFactory = _ => 355 };
        var generate = new Command("generate", "Sinh bộ dữ liệu quy mô quốc gia để đo hiệu năng (cơ sở dữ liệu trống).");
        generate.Options.Add(provinces);
        generate.Options.Add(people);
        generate.Options.Add(offices);
        generate.SetAction(async (parse, ct) =>
        {
            await using var provider = CliHost.Build();
            await using var scope = CliHost.OperatorScope(provider, "CLI: demo generate");
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await DataModule.MigrateAsync(db, ct);
            var started = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                var result = await scope.ServiceProvider.GetRequiredService<GenerateNationalData>().HandleAsync(
                    new GenerateNationalInput(parse.GetValue(provinces), parse.GetValue(people), parse.GetValue(offices)),
                    new Progress<string>(p => Console.Error.WriteLine(p)), ct);
                await Console.Out.WriteLineAsync($"Đã sinh {result.Units} đơn vị và {result.People} công chức trong {started.Elapsed.TotalSeconds:0.0} giây.");
                return 0;
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 2;
            }
        });

        var demo = new Command("demo", "Dữ liệu mẫu.");
        demo.Subcommands.Add(seed);
        demo.Subcommands.Add(generate);
        return demo;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace && text.Length > 0)
            {
                text.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
