using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Awards.Regimes;
using ThiDua.Core.Data;

namespace ThiDua.Cli;

/// <summary>
/// `thidua eligibility check PATH... [--expect]`: judges case files (files or folders of *.json) and prints the
/// JSON array of results on standard output and nothing else; with --expect, disagreements with each case's
/// "expect" go to standard error and the exit code is 1. The regimes are those of the configured database when it
/// exists (so the CLI and the API agree), otherwise the built-in ones, or a regimes document given by --regimes;
/// which one is said on standard error (ADR 0012).
/// </summary>
public static class EligibilityCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Tệp hoặc thư mục hồ sơ tình huống (*.json).", Arity = ArgumentArity.OneOrMore };
        var expect = new Option<bool>("--expect") { Description = "So kết quả với mục 'expect' của từng hồ sơ; mã thoát 1 nếu có khác biệt." };
        var regimesFile = new Option<FileInfo?>("--regimes") { Description = "Xét theo các chế độ của tệp JSON này (chế độ đầy đủ, hoặc 'inherits' một chế độ có sẵn và chỉ ghi thay đổi) thay cho chế độ trong cơ sở dữ liệu." };
        var check = new Command("check", "Xét điều kiện danh hiệu, hình thức khen thưởng theo hồ sơ tình huống.");
        check.Arguments.Add(paths);
        check.Options.Add(expect);
        check.Options.Add(regimesFile);
        check.SetAction(async (parse, ct) =>
        {
            var sources = new List<CaseSource>();
            foreach (var path in parse.GetValue(paths) ?? [])
            {
                if (Directory.Exists(path))
                {
                    foreach (var file in Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    {
                        sources.Add(new CaseSource(file, await File.ReadAllTextAsync(file, ct)));
                    }
                }
                else if (File.Exists(path))
                {
                    sources.Add(new CaseSource(path, await File.ReadAllTextAsync(path, ct)));
                }
                else
                {
                    await Console.Error.WriteLineAsync($"Không tìm thấy tệp hoặc thư mục: {path}");
                    return 2;
                }
            }

            RegimeCatalog catalog;
            try
            {
                catalog = await CatalogAsync(parse.GetValue(regimesFile), ct);
            }
            catch (Exception ex) when (ex is RegimeDataException or RegimeStoreException or IOException)
            {
                await Console.Error.WriteLineAsync("Không dùng được các chế độ pháp lý: " + ex.Message);
                return 2;
            }

            var checks = EligibilityBatch.Check(sources, catalog);
            await Console.Out.WriteLineAsync(EligibilityBatch.ToJson(checks));
            if (!parse.GetValue(expect))
            {
                return 0;
            }

            var mismatches = EligibilityBatch.CompareWithExpectations(checks);
            foreach (var mismatch in mismatches)
            {
                await Console.Error.WriteLineAsync($"{mismatch.Source} ({mismatch.Id}): {mismatch.Message}");
            }

            await Console.Error.WriteLineAsync($"{checks.Count - mismatches.Count}/{checks.Count} hồ sơ khớp với kết quả mong đợi.");
            return mismatches.Count == 0 ? 0 : 1;
        });
        var eligibility = new Command("eligibility", "Xét điều kiện khen thưởng.");
        eligibility.Subcommands.Add(check);
        return eligibility;
    }

    /// <summary>The file's regimes over the built-in ones; else the database's when it exists; else the built-in ones.</summary>
    private static async Task<RegimeCatalog> CatalogAsync(FileInfo? file, CancellationToken ct)
    {
        if (file is not null)
        {
            var catalog = RegimeCatalog.Default.WithJson(await File.ReadAllTextAsync(file.FullName, ct));
            await Console.Error.WriteLineAsync($"Chế độ pháp lý: theo tệp {file.FullName} (cùng các chế độ có sẵn): {Codes(catalog)}.");
            return catalog;
        }

        await using var provider = CliHost.Build();
        var settings = provider.GetRequiredService<DatabaseSettings>();
        await using var scope = CliHost.OperatorScope(provider, "CLI: eligibility check");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await ExistsAsync(settings, db, ct))
        {
            await Console.Error.WriteLineAsync($"Chế độ pháp lý: có sẵn trong chương trình (không có cơ sở dữ liệu {settings.Provider} đã cấu hình): {Codes(RegimeCatalog.Default)}.");
            return RegimeCatalog.Default;
        }

        // As the import commands do: bring the database up to date (this also seeds the built-in regimes into an empty table).
        await DataModule.MigrateAsync(db, ct);
        var stored = await scope.ServiceProvider.GetRequiredService<RegimeStore>().CatalogAsync(ct);
        await Console.Error.WriteLineAsync($"Chế độ pháp lý: theo cơ sở dữ liệu {settings.Provider}: {Codes(stored)}.");
        return stored;
    }

    /// <summary>SQLite: the file exists (never create one for a check); PostgreSQL: the server answers.</summary>
    private static async Task<bool> ExistsAsync(DatabaseSettings settings, AppDbContext db, CancellationToken ct)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var source = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            return !string.IsNullOrEmpty(source) && File.Exists(source);
        }

        return await db.Database.CanConnectAsync(ct);
    }

    private static string Codes(RegimeCatalog catalog) => string.Join(", ", catalog.Regimes.Select(r => $"{r.Code} (từ {VietnameseText.Date(r.EffectiveFrom)})"));
}
