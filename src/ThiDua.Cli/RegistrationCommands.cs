using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Data;
using ThiDua.Core.Registrations;
using ThiDua.Core.Shared;

namespace ThiDua.Cli;

/// <summary>
/// <c>thidua registrations import FILE [--year Y] [--submit] [--late-reason TEXT]</c>: registers the file's list (columns
/// "Mã công chức" or "Mã đơn vị", "Danh hiệu đăng ký") as the operator, all or nothing — the same checks as the pages
/// and the API. Errors on standard error, one per line ("dòng N, cột X: …"); exit 1 when the file is refused.
/// </summary>
public static class RegistrationCommands
{
    public static Command Registrations()
    {
        var root = new Command("registrations", "Đăng ký thi đua.");
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp .xlsx hoặc .csv (UTF-8): cột “Mã công chức” hoặc “Mã đơn vị”, và “Danh hiệu đăng ký” (LDTT, CSTDCS, …, TTLDTT, …)." };
        var year = new Option<int?>("--year") { Description = "Năm thi đua (mặc định: năm thi đua hiện tại)." };
        var submit = new Option<bool>("--submit") { Description = "Gửi duyệt ngay (mặc định: lưu nháp)." };
        var late = new Option<string?>("--late-reason") { Description = "Lý do đăng ký sau hạn (bắt buộc khi đã quá hạn)." };
        var import = new Command("import", "Đăng ký theo danh sách trong tệp, tất cả hoặc không.");
        import.Arguments.Add(file);
        import.Options.Add(year);
        import.Options.Add(submit);
        import.Options.Add(late);
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"Không tìm thấy tệp {path.FullName}.");
                return 2;
            }

            await using var provider = CliHost.Build();
            await using var scope = CliHost.OperatorScope(provider, "CLI: registrations import");
            await DataModule.MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), ct);
            var calendar = scope.ServiceProvider.GetRequiredService<EmulationCalendar>();
            var importer = scope.ServiceProvider.GetRequiredService<ImportRegistrations>();
            await using var stream = new MemoryStream(await File.ReadAllBytesAsync(path.FullName, ct));
            var result = await importer.HandleAsync(stream, path.Name, parse.GetValue(year) ?? calendar.CurrentYear, parse.GetValue(submit), parse.GetValue(late), ct);
            if (!result.IsSuccess)
            {
                foreach (var error in result.Errors)
                {
                    await Console.Error.WriteLineAsync(error.Message);
                }

                await Console.Out.WriteLineAsync($"Tệp bị từ chối: {result.Errors.Count} lỗi, không ghi dòng nào.");
                return 1;
            }

            await Console.Out.WriteLineAsync($"Đã đăng ký: {result.Value!.Count} dòng.");
            return 0;
        });
        root.Subcommands.Add(import);
        return root;
    }
}
