using System.CommandLine;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Cli;

/// <summary>
/// `thidua eligibility check PATH... [--expect]`: judges case files (files or folders of *.json) and prints the
/// JSON array of results on standard output and nothing else; with --expect, disagreements with each case's
/// "expect" go to standard error and the exit code is 1. Needs no database.
/// </summary>
public static class EligibilityCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Tệp hoặc thư mục hồ sơ tình huống (*.json).", Arity = ArgumentArity.OneOrMore };
        var expect = new Option<bool>("--expect") { Description = "So kết quả với mục 'expect' của từng hồ sơ; mã thoát 1 nếu có khác biệt." };
        var check = new Command("check", "Xét điều kiện danh hiệu, hình thức khen thưởng theo hồ sơ tình huống.");
        check.Arguments.Add(paths);
        check.Options.Add(expect);
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

            var checks = EligibilityBatch.Check(sources, RegimeCatalog.Default);
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
}
