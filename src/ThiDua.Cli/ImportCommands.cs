using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation.Import;

namespace ThiDua.Cli;

/// <summary>
/// <c>thidua import KIND FILE [--dry-run]</c> and <c>thidua export KIND [--format] [--out]</c>: the same all-or-nothing
/// import and the same columns as the web pages, run as the operator (whole tree in scope). Errors go to standard
/// error, one per line "dòng N, cột X: message"; exit 1 when the file is refused.
/// </summary>
public static class ImportCommands
{
    private static readonly string[] Extensions = [".xlsx", ".csv"];

    private static readonly string Kinds = string.Join(", ", Enum.GetValues<ImportKind>().Select(ImportSchemas.Slug));

    public static Command Import()
    {
        var import = new Command("import", $"Nhập dữ liệu từ tệp .xlsx hoặc .csv, tất cả hoặc không. Loại: {Kinds}.");
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            var file = new Argument<FileInfo>("FILE") { Description = "Tệp .xlsx hoặc .csv (UTF-8) theo tệp mẫu." };
            var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ kiểm tra, không ghi." };
            var command = new Command(ImportSchemas.Slug(kind), $"Nhập {ImportSchemas.Title(kind).ToLowerInvariant()}.");
            command.Arguments.Add(file);
            command.Options.Add(dryRun);
            command.SetAction(async (parse, ct) =>
            {
                var path = parse.GetValue(file)!;
                if (!path.Exists)
                {
                    await Console.Error.WriteLineAsync($"Không tìm thấy tệp {path.FullName}.");
                    return 2;
                }

                await using var provider = CliHost.Build();
                await using var scope = CliHost.OperatorScope(provider, $"CLI: import {ImportSchemas.Slug(kind)}");
                await DataModule.MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), ct);
                var importer = scope.ServiceProvider.GetRequiredService<OrganisationImport>();
                var request = new ImportRequest(kind, path.Name, await File.ReadAllBytesAsync(path.FullName, ct));
                var progress = new Progress<ImportProgress>(p => Console.Error.WriteLine($"{p.Stage}: {p.Rows} dòng"));
                var report = parse.GetValue(dryRun) ? await importer.PreviewAsync(request, progress, ct) : await importer.CommitAsync(request, progress, ct);
                foreach (var e in report.Errors)
                {
                    await Console.Error.WriteLineAsync(e.Row == 0 ? e.Message : $"dòng {e.Row}{(e.Column is null ? string.Empty : ", cột " + e.Column)}: {e.Message}");
                }

                if (report.HasErrors)
                {
                    await Console.Out.WriteLineAsync($"Tệp bị từ chối: {report.Errors.Count} lỗi, không ghi dòng nào.");
                    return 1;
                }

                await Console.Out.WriteLineAsync($"{(report.Committed ? "Đã nhập" : "Kiểm tra xong (chưa ghi)")}: {report.Rows} dòng; thêm {report.Created}, cập nhật {report.Updated}, giữ nguyên {report.Unchanged}.");
                return 0;
            });
            import.Subcommands.Add(command);
        }

        import.Subcommands.Add(Batch());
        return import;
    }

    /// <summary>
    /// <c>thidua import batch FOLDER</c>: every "&lt;kind&gt;.xlsx" or ".csv" of the folder, in dependency order (units,
    /// people, then their records), in ONE transaction: one bad file and nothing of the folder is written.
    /// </summary>
    private static Command Batch()
    {
        var folder = new Argument<DirectoryInfo>("FOLDER") { Description = "Thư mục chứa các tệp đặt tên theo loại: units.xlsx, people.xlsx, ratings.xlsx…" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ kiểm tra (nhập thử rồi hoàn tác), không ghi." };
        var batch = new Command("batch", "Nhập mọi tệp của một thư mục theo thứ tự (đơn vị, công chức, rồi các hồ sơ), tất cả hoặc không.");
        batch.Arguments.Add(folder);
        batch.Options.Add(dryRun);
        batch.SetAction(async (parse, ct) =>
        {
            var dir = parse.GetValue(folder)!;
            var files = Enum.GetValues<ImportKind>()
                .Select(k => (Kind: k, File: Extensions.Select(e => new FileInfo(Path.Combine(dir.FullName, ImportSchemas.Slug(k) + e))).FirstOrDefault(f => f.Exists)))
                .Where(x => x.File is not null).ToList();
            if (files.Count == 0)
            {
                await Console.Error.WriteLineAsync($"Thư mục {dir.FullName} không có tệp nào tên {Kinds} (.xlsx hoặc .csv).");
                return 2;
            }

            await using var provider = CliHost.Build();
            await using var scope = CliHost.OperatorScope(provider, "CLI: import batch");
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await DataModule.MigrateAsync(db, ct);
            var importer = scope.ServiceProvider.GetRequiredService<OrganisationImport>();
            var started = System.Diagnostics.Stopwatch.StartNew();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var (kind, file) in files)
            {
                var request = new ImportRequest(kind, file!.Name, await File.ReadAllBytesAsync(file.FullName, ct));
                var progress = new Progress<ImportProgress>(p => Console.Error.WriteLine($"{file.Name} – {p.Stage}: {p.Rows} dòng"));
                // Each file is written inside the folder's transaction (later files need the earlier ones' rows); a dry run
                // rolls the whole folder back at the end.
                var report = await importer.CommitAsync(request, progress, ct);
                foreach (var e in report.Errors)
                {
                    await Console.Error.WriteLineAsync($"{file.Name}: " + (e.Row == 0 ? e.Message : $"dòng {e.Row}{(e.Column is null ? string.Empty : ", cột " + e.Column)}: {e.Message}"));
                }

                if (report.HasErrors)
                {
                    await Console.Out.WriteLineAsync($"Tệp {file.Name} bị từ chối: {report.Errors.Count} lỗi; không ghi tệp nào của thư mục.");
                    return 1;
                }

                await Console.Out.WriteLineAsync($"{file.Name}: {report.Rows} dòng; thêm {report.Created}, cập nhật {report.Updated}, giữ nguyên {report.Unchanged}.");
            }

            if (!parse.GetValue(dryRun))
            {
                await transaction.CommitAsync(ct);
            }

            await Console.Out.WriteLineAsync($"{(parse.GetValue(dryRun) ? "Kiểm tra xong" : "Đã nhập")} {files.Count} tệp trong {started.Elapsed.TotalSeconds:0.0} giây.");
            return 0;
        });
        return batch;
    }

    public static Command Export()
    {
        var export = new Command("export", $"Xuất dữ liệu (cùng cột với tệp mẫu nhập). Loại: {Kinds}.");
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            var format = new Option<string>("--format") { Description = "xlsx (mặc định) hoặc csv.", DefaultValueFactory = _ => "xlsx" };
            var output = new Option<FileInfo?>("--out") { Description = "Tệp ghi ra; mặc định thidua-<loại>.<đuôi> trong thư mục hiện tại." };
            var template = new Option<bool>("--template") { Description = "Chỉ ghi tệp mẫu (dòng tiêu đề)." };
            var command = new Command(ImportSchemas.Slug(kind), $"Xuất {ImportSchemas.Title(kind).ToLowerInvariant()}.");
            command.Options.Add(format);
            command.Options.Add(output);
            command.Options.Add(template);
            command.SetAction(async (parse, ct) =>
            {
                var f = string.Equals(parse.GetValue(format), "csv", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Csv : ExportFormat.Xlsx;
                var isTemplate = parse.GetValue(template);
                var target = parse.GetValue(output) ?? new FileInfo(OrganisationExport.FileName(kind, f, isTemplate));
                await using var stream = target.Create();
                if (isTemplate)
                {
                    OrganisationExport.WriteTemplate(kind, f, stream);
                }
                else
                {
                    await using var provider = CliHost.Build();
                    await using var scope = CliHost.OperatorScope(provider, $"CLI: export {ImportSchemas.Slug(kind)}");
                    await scope.ServiceProvider.GetRequiredService<OrganisationExport>().WriteAsync(kind, f, null, stream, ct);
                }

                await Console.Out.WriteLineAsync(target.FullName);
                return 0;
            });
            export.Subcommands.Add(command);
        }

        return export;
    }
}
