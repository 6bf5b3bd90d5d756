using BenchmarkDotNet.Attributes;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Core.Documents;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared;

namespace ThiDua.Bench;

/// <summary>
/// Issue 6, items 5–6: an issued award decision with 500 awardees (20 collectives and 480 people, priced, totalled)
/// generated from the entity as .docx and .pdf (target under 2 s each), the same decision previewed as a draft, and its
/// 500 certificates (one A4 landscape page each).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
[Config(typeof(SharedMachineConfig))]
public class DecisionBenchmarks
{
    private static readonly DateOnly Date = new(2026, 10, 20);
    private AwardDecision _decision = null!;
    private AwardDecision _draft = null!;
    private OrgUnit _unit = null!;

    [Params(500)]
    public int Awardees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parent = new OrgUnit("QLTHADS", "Cục Quản lý Thi hành án dân sự", UnitKind.CENTRAL, null, new DateOnly(2025, 7, 1));
        _unit = new OrgUnit("LSN", "Thi hành án dân sự tỉnh Lạng Sơn", UnitKind.PROVINCIAL, parent, new DateOnly(2025, 7, 1));
        var lines = Enumerable.Range(0, Awardees).Select(i => i < 20
                ? new DecisionLineContent(null, 1000 + i, $"Phòng Thi hành án dân sự khu vực {i + 1}", "Thi hành án dân sự tỉnh Lạng Sơn", null, 0.3m, 1_420_000)
                : new DecisionLineContent(i, null, SampleDocuments.Person(i).Name, SampleDocuments.Person(i).PositionAndUnit, i, 0.3m, 710_000))
            .ToList();
        var content = new DecisionContent(
            "QĐ-THADS", Date, AwardCode.Gk, AwardKind.CongTrang, 2026, 2026, "xuất sắc trong phong trào thi đua \"Vì công lý, tận tụy phục vụ nhân dân\" năm 2026",
            "Trưởng Thi hành án dân sự tỉnh Lạng Sơn",
            ["Căn cứ Luật Thi đua, khen thưởng 06/2022/QH15", "Căn cứ Nghị định 152/2025/NĐ-CP"], "Theo đề nghị của Hội đồng Thi đua – Khen thưởng Thi hành án dân sự tỉnh Lạng Sơn",
            AuthorityForm.KT, "Phó Trưởng", "Hoàng Văn Nghĩa", "Trưởng", ["Như Điều 3", "Lãnh đạo đơn vị"], "Quỹ thi đua, khen thưởng năm 2026", "Chánh Văn phòng",
            lines);
        _decision = new AwardDecision(1, content);
        _draft = new AwardDecision(1, content);
        _decision.Issue(5, new DateTime(2026, 10, 20, 2, 0, 0, DateTimeKind.Utc), "benchmark");

        // Fonts are read once per process (PDFsharp caches them): the first document pays for it, as in the web host.
        _ = PdfRenderer.Render(OfficialDocuments.AwardDecision(GetDecisionDocument.Input(_decision, _unit)));
    }

    [Benchmark]
    public int DecisionToDocx() => DocxRenderer.Render(OfficialDocuments.AwardDecision(GetDecisionDocument.Input(_decision, _unit))).Length;

    [Benchmark]
    public int DecisionToPdf() => PdfRenderer.Render(OfficialDocuments.AwardDecision(GetDecisionDocument.Input(_decision, _unit))).Length;

    /// <summary>The preview of the same decision still a draft: blank number, "DỰ THẢO" box (gap 2 of issue 6).</summary>
    [Benchmark]
    public int DraftPreviewToDocx() => DocxRenderer.Render(OfficialDocuments.AwardDecision(GetDecisionDocument.Input(_draft, _unit))).Length;

    [Benchmark]
    public int DraftPreviewToPdf() => PdfRenderer.Render(OfficialDocuments.AwardDecision(GetDecisionDocument.Input(_draft, _unit))).Length;

    [Benchmark]
    public int Certificates() => CertificateRenderer.Render(GetDecisionDocument.Certificates(_decision, _unit)).Length;

    private sealed class SharedMachineConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public SharedMachineConfig() => WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}
