using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Data;
using ThiDua.Core.Targets;

namespace ThiDua.Cli;

/// <summary>
/// <c>thidua targets import FILE</c>: monthly cumulative actuals from .xlsx/.csv in bulk, with the same checks as the
/// web page (all or nothing, cumulative never down), run as the operator. Errors go to standard error as
/// "dòng N, cột X: message"; exit 1 when the file is refused.
/// </summary>
public static class TargetCommands
{
    public static Command Targets()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp .xlsx hoặc .csv (UTF-8), cột: " + string.Join(", ", ImportActuals.Columns) + "." };
        var import = new Command("import", "Nhập kết quả thực hiện chỉ tiêu lũy kế theo tháng, tất cả hoặc không.");
        import.Arguments.Add(file);
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"Không tìm thấy tệp {path.FullName}.");
                return 2;
            }

            await using var provider = CliHost.Build();
            await using var scope = CliHost.OperatorScope(provider, "CLI: targets import");
            await DataModule.MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), ct);
            await using var stream = path.OpenRead();
            var report = await scope.ServiceProvider.GetRequiredService<ImportActuals>().HandleAsync(stream, path.Name, ct);
            foreach (var e in report.Errors)
            {
                await Console.Error.WriteLineAsync(e.Row == 0 ? e.Message : $"dòng {e.Row}{(e.Column is null ? string.Empty : ", cột " + e.Column)}: {e.Message}");
            }

            if (report.HasErrors)
            {
                await Console.Out.WriteLineAsync($"Tệp bị từ chối: {report.Errors.Count} lỗi, không ghi dòng nào.");
                return 1;
            }

            await Console.Out.WriteLineAsync($"Đã nhập: {report.Rows} dòng; thêm {report.Created}, cập nhật {report.Updated} số liệu.");
            return 0;
        });
        var targets = new Command("targets", "Chỉ tiêu và theo dõi.");
        targets.Subcommands.Add(import);
        return targets;
    }
}
