using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using ThiDua.Core.Documents;
using ThiDua.Core.Documents.Files;

namespace ThiDua.Bench;

/// <summary>
/// Issue 6, uploads of dossiers (ADR 0021): the cost of validating a file by its content before it is stored — a
/// 27-page PDF opened with PDFsharp, a .docx whose zip directory is checked, a zip bomb refused from its directory
/// (50 MB unpacked, never inflated), and the SHA-256 of a 20 MB file as it is stored.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
[Config(typeof(SharedMachineConfig))]
public class UploadBenchmarks
{
    private static readonly UploadKind[] All = [UploadKind.Pdf, UploadKind.Png, UploadKind.Jpeg, UploadKind.Docx];
    private readonly UploadOptions _options = new();
    private byte[] _pdf = [];
    private byte[] _docx = [];
    private byte[] _bomb = [];
    private byte[] _twentyMegabytes = [];

    [GlobalSetup]
    public void Setup()
    {
        _pdf = PdfRenderer.Render(SampleDocuments.AwardDecision(500));
        _docx = DocxRenderer.Render(SampleDocuments.AwardDecision(500));
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, true))
        {
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 50; i++)
            {
                stream.Write(zeros);
            }
        }

        _bomb = buffer.ToArray();
        _twentyMegabytes = new byte[20 * 1024 * 1024];
        new Random(2026).NextBytes(_twentyMegabytes);
    }

    [Benchmark]
    public bool CheckPdf27Pages() => UploadCheck.Check("quyet-dinh.pdf", _pdf, _options, All).Verdict is not null;

    [Benchmark]
    public bool CheckDocx() => UploadCheck.Check("quyet-dinh.docx", _docx, _options, All).Verdict is not null;

    [Benchmark]
    public bool RefuseZipBomb() => UploadCheck.Check("bao-cao.docx", _bomb, _options, All).Error is not null;

    [Benchmark]
    public string StoreAndHash20Megabytes() => new StoredFile("scan.pdf", "application/pdf", _twentyMegabytes, 1, "bench", new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc)).Sha256;

    private sealed class SharedMachineConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public SharedMachineConfig() => WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}
