using DocumentFormat.OpenXml.Packaging;
using ThiDua.Core.Documents;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Documents;

/// <summary>`thidua document sample` as a process: writes a document that opens again, refuses an unknown file type in Vietnamese.</summary>
public sealed class DocumentCommandTests
{
    [SkippableFact]
    public async Task Sample_WritesADecisionThatWordCanOpen_AndAPdf()
    {
        Skip.If(LiberationFonts.MissingFiles(LiberationFonts.SystemDirectory).Count > 0, "fonts-liberation2 is not installed (scripts/test-all.sh installs it).");
        var folder = Directory.CreateTempSubdirectory("thidua-doc-").FullName;
        try
        {
            var docx = Path.Combine(folder, "qd.docx");
            var (code, output) = await CliRunner.RunAsync(folder, "document", "sample", "--kind", "decision", "--awardees", "30", "--out", docx);
            Assert.True(code == 0, output);
            Assert.Contains("Đã ghi", output, StringComparison.Ordinal);
            using (var word = WordprocessingDocument.Open(docx, false))
            {
                var text = word.MainDocumentPart!.Document!.Body!.InnerText;
                Assert.Contains("Số: 05/QĐ-THADS", text, StringComparison.Ordinal);
                Assert.Contains("Tặng Giấy khen cho 30 cá nhân", text, StringComparison.Ordinal);
            }

            var pdf = Path.Combine(folder, "kh.pdf");
            (code, output) = await CliRunner.RunAsync(folder, "document", "sample", "--kind", "plan", "--out", pdf);
            Assert.True(code == 0, output);
            Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(pdf)[..5]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Sample_RefusesAnOutputThatIsNeitherDocxNorPdf()
    {
        var folder = Directory.CreateTempSubdirectory("thidua-doc-").FullName;
        try
        {
            var (code, output) = await CliRunner.RunAsync(folder, "document", "sample", "--kind", "plan", "--out", Path.Combine(folder, "kh.txt"));
            Assert.Equal(2, code);
            Assert.Contains("--out: tệp phải có đuôi .docx hoặc .pdf (nhận được 'kh.txt').", output, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder, "kh.txt")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
