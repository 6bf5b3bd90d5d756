using BenchmarkDotNet.Attributes;
using ThiDua.Core.Documents;

namespace ThiDua.Bench;

/// <summary>Issue 6's target: a decision with 500 awardees generated as .docx and as .pdf in under 2 s each.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
[Config(typeof(SharedMachineConfig))]
public class DocumentBenchmarks
{
    [Params(500)]
    public int Awardees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Fonts are read once per process (PDFsharp caches them): the first document pays for it, as in the web host.
        _ = PdfRenderer.Render(SampleDocuments.AwardDecision(1));
    }

    /// <summary>Each benchmark builds the model from its facts and writes the file into memory.</summary>
    [Benchmark]
    public int DecisionToDocx() => DocxRenderer.Render(SampleDocuments.AwardDecision(Awardees)).Length;

    [Benchmark]
    public int DecisionToPdf() => PdfRenderer.Render(SampleDocuments.AwardDecision(Awardees)).Length;

    /// <summary>On the shared 2-core machine the benchmark's own build can pass BenchmarkDotNet's default 2 minutes.</summary>
    private sealed class SharedMachineConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public SharedMachineConfig() => WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}
