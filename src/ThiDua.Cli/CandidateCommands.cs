using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Data;

namespace ThiDua.Cli;

/// <summary>
/// <c>thidua candidates export --unit CODE [--year Y] [--target CODE] [--outcome X] --out FILE.csv</c>: the candidate
/// list of a unit and its subtree (individual titles and forms; collectives are not exported this way), streamed to a
/// CSV file as the operator (whole tree in scope), with progress on standard error after each batch of people.
/// </summary>
public static class CandidateCommands
{
    public static Command Candidates()
    {
        var unit = new Option<string>("--unit") { Description = "Mã đơn vị (xét đơn vị và mọi đơn vị trực thuộc).", Required = true };
        var year = new Option<int?>("--year") { Description = "Năm thi đua; mặc định năm thi đua gần nhất đã kết thúc." };
        var target = new Option<string?>("--target") { Description = "Chỉ một danh hiệu, hình thức cá nhân: " + string.Join(", ", ListCandidates.PersonTargets.Select(Codes.Of)) + "." };
        var outcome = new Option<string?>("--outcome") { Description = "Chỉ một kết quả: ELIGIBLE, NOT_ELIGIBLE, SUSPENDED hoặc INVALID." };
        var output = new Option<FileInfo>("--out") { Description = "Tệp CSV ghi ra (UTF-8 có BOM, tiêu đề tiếng Việt).", Required = true };
        var batch = new Option<int>("--batch") { Description = "Số người mỗi lượt đọc (và mỗi dòng tiến độ).", DefaultValueFactory = _ => StreamCandidates.DefaultBatchSize };
        var export = new Command("export",
            "Xuất danh sách đủ/chưa đủ điều kiện của cá nhân (danh hiệu và hình thức khen thưởng cá nhân) ra tệp CSV, đọc theo từng lượt nên dùng được cho hàng triệu người. "
            + "Không gồm danh hiệu tập thể: dùng trang Danh sách đề xuất hoặc API để xem tập thể.");
        foreach (var option in new Option[] { unit, year, target, outcome, output, batch })
        {
            export.Options.Add(option);
        }

        export.SetAction(async (parse, ct) =>
        {
            AwardCode? code = null;
            if (parse.GetValue(target) is { Length: > 0 } t)
            {
                if (!Codes.TryParseAward(t, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--target: không có danh hiệu, hình thức mã {t}.");
                    return 2;
                }

                code = parsed;
            }

            Outcome? verdict = null;
            if (parse.GetValue(outcome) is { Length: > 0 } o)
            {
                if (!Codes.TryParseOutcome(o, out var parsed))
                {
                    await Console.Error.WriteLineAsync("--outcome: kết quả phải là ELIGIBLE, NOT_ELIGIBLE, SUSPENDED hoặc INVALID.");
                    return 2;
                }

                verdict = parsed;
            }

            await using var provider = CliHost.Build();
            await using var scope = CliHost.OperatorScope(provider, "CLI: candidates export");
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await DataModule.MigrateAsync(db, ct);
            var unitCode = parse.GetValue(unit)!;
            var unitId = await db.Units.AsNoTracking().Where(u => u.Code == unitCode).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
            if (unitId is null)
            {
                await Console.Error.WriteLineAsync($"--unit: không có đơn vị mã {unitCode}.");
                return 2;
            }

            var started = System.Diagnostics.Stopwatch.StartNew();
            var progress = new SyncProgress(n => Console.Error.WriteLine($"{n:N0} người ({started.Elapsed.TotalSeconds:0.0} giây)"));
            var result = await scope.ServiceProvider.GetRequiredService<StreamCandidates>().HandleAsync(
                new CandidateQuery(unitId, parse.GetValue(year), code, verdict), parse.GetValue(batch), progress, ct);
            if (!result.IsSuccess)
            {
                foreach (var e in result.Errors)
                {
                    await Console.Error.WriteLineAsync($"{e.Field}: {e.Message}");
                }

                return 2;
            }

            var file = parse.GetValue(output)!;
            await using (var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await CandidateCsv.WriteAsync(stream, result.Value!, ct);
            }

            await Console.Out.WriteLineAsync($"Đã xuất danh sách năm {result.Value!.Year} của {result.Value.UnitName} ra {file.FullName} trong {started.Elapsed.TotalSeconds:0.0} giây.");
            return 0;
        });

        var candidates = new Command("candidates", "Danh sách đề xuất khen thưởng (đủ/chưa đủ điều kiện).");
        candidates.Subcommands.Add(export);
        return candidates;
    }

    /// <summary>Reports at once on the caller's thread (Progress&lt;T&gt; posts to the thread pool, so lines could arrive late or out of order).</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
