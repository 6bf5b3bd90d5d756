using System.CommandLine;
using ThiDua.Core.Documents;

namespace ThiDua.Cli;

/// <summary>
/// `thidua document sample --kind plan|decision|registration [--awardees N] --out FILE.docx|FILE.pdf`: writes a sample
/// official document of the demo province in the Decree 30/2020 form, so that the layout can be looked at (ADR 0014).
/// Needs no database.
/// </summary>
public static class DocumentCommand
{
    public static Command Create()
    {
        var kind = new Option<string>("--kind") { Description = "Loại văn bản: plan (kế hoạch), decision (quyết định khen thưởng), registration (danh sách đăng ký thi đua).", Required = true };
        kind.AcceptOnlyFromAmong("plan", "decision", "registration");
        var awardees = new Option<int>("--awardees") { Description = "Số người trong phụ lục quyết định, hoặc trong danh sách đăng ký.", DefaultValueFactory = _ => 12 };
        var output = new Option<FileInfo>("--out") { Description = "Tệp kết quả: .docx hoặc .pdf.", Required = true };
        var sample = new Command("sample", "Xuất văn bản mẫu theo thể thức Nghị định 30/2020/NĐ-CP (Word hoặc PDF).");
        sample.Options.Add(kind);
        sample.Options.Add(awardees);
        sample.Options.Add(output);
        sample.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(output)!;
            var extension = file.Extension.ToUpperInvariant();
            if (extension is not (".DOCX" or ".PDF"))
            {
                await Console.Error.WriteLineAsync($"--out: tệp phải có đuôi .docx hoặc .pdf (nhận được '{file.Name}').");
                return 2;
            }

            var count = parse.GetValue(awardees);
            if (count is < 1 or > 10_000)
            {
                await Console.Error.WriteLineAsync($"--awardees: số người phải từ 1 đến 10.000 (nhận được {count}).");
                return 2;
            }

            try
            {
                var document = parse.GetValue(kind) switch
                {
                    "plan" => SampleDocuments.Plan(),
                    "registration" => SampleDocuments.RegistrationList(count),
                    _ => SampleDocuments.AwardDecision(count),
                };
                await using var stream = file.Create();
                if (extension == ".PDF")
                {
                    PdfRenderer.Render(document, stream);
                }
                else
                {
                    DocxRenderer.Render(document, stream);
                }
            }
            catch (DocumentException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 2;
            }

            file.Refresh();
            await Console.Out.WriteLineAsync($"Đã ghi {file.FullName} ({VietnameseFormat.Number(file.Length)} byte).");
            return 0;
        });
        var document = new Command("document", "Văn bản hành chính (thể thức Nghị định 30/2020/NĐ-CP).");
        document.Subcommands.Add(sample);
        return document;
    }
}
