namespace ThiDua.Core.Documents;

/// <summary>One previous award of the achievement report's section III.</summary>
public sealed record PreviousAward(string Years, string Award, string DecisionNumber, string DecisionDate, string Issuer);

/// <summary>One line of section II: a year's rating, an initiative.</summary>
public sealed record AchievementLine(string Label, string Text);

/// <summary>The facts of a proposal the submission letter and the achievement report are drafted from.</summary>
public sealed record ProposalDraftInput(
    Issuer Issuer,
    string DecidingUnitName,
    DateOnly Date,
    int Year,
    string AwardName,
    string AwardKindName,
    bool IsPerson,
    string SubjectName,
    IReadOnlyList<(string Label, string Value)> Details,
    string Duties,
    IReadOnlyList<AchievementLine> Achievements,
    IReadOnlyList<AchievementLine> Initiatives,
    IReadOnlyList<PreviousAward> PreviousAwards,
    string? Justification,
    string Verdict,
    SignatureBlock Signature);

/// <summary>
/// The drafts of a proposal's dossier, generated from the data and given to the officer as editable .docx: the
/// submission letter (Tờ trình, Decree 30/2020 form with the blank number line "Số:       /TTr-THADS": the proposing unit asks the deciding unit to give the award) and
/// the achievement report (Báo cáo thành tích: I. personal details, II. duties, results and initiatives, III. previous
/// awards with year, title or form, decision number, date and issuer; certified by the unit head). The officer edits
/// them, has them signed and uploads the scans.
/// </summary>
public static class ProposalDocuments
{
    public static OfficialDocument SubmissionLetter(ProposalDraftInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Signed and numbered on paper after the officer edits it [Art 15]: the official blank "Số:       /TTr-THADS".
        var header = new DocumentHeader(input.Issuer.ParentBody, input.Issuer.Name, DocumentNumber.Unnumbered("TTr", input.Issuer.Code), input.Issuer.Place, input.Date);
        var whom = input.IsPerson ? "cá nhân" : "tập thể";
        var body = new List<DocumentBlock>
        {
            new ParagraphBlock($"Căn cứ Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành; căn cứ kết quả bình xét thi đua, khen thưởng năm {input.Year} của Hội đồng Thi đua – Khen thưởng đơn vị, {input.Issuer.Name} kính trình {input.DecidingUnitName} xem xét, {input.AwardKindName} {input.AwardName} cho {whom} sau:"),
            new TableBlock(
                [new("STT", 12, CellAlignment.Center), new(input.IsPerson ? "Họ và tên, chức vụ, đơn vị" : "Tên tập thể", 98), new("Danh hiệu, hình thức", 55)],
                [new TableBlockRow(["1", input.SubjectName + (input.IsPerson ? ", " + string.Join(", ", input.Details.Where(d => d.Label is "Chức vụ" or "Đơn vị công tác").Select(d => d.Value)) : string.Empty), input.AwardName])]),
            new ParagraphBlock($"Kết quả kiểm tra điều kiện trên hệ thống: {input.Verdict}."),
        };
        if (!string.IsNullOrWhiteSpace(input.Justification))
        {
            body.Add(new ParagraphBlock("Lý do đề nghị: " + input.Justification.Trim()));
        }

        body.Add(new ParagraphBlock("(Kèm theo: báo cáo thành tích, biên bản họp bình xét của Hội đồng Thi đua – Khen thưởng và các văn bản xác nhận liên quan.)", Italic: true));
        body.Add(new ParagraphBlock($"Kính trình {input.DecidingUnitName} xem xét, quyết định./."));
        return new OfficialDocument(header, "TỜ TRÌNH", $"Về việc đề nghị {input.AwardKindName} {input.AwardName} năm {input.Year}", body, input.Signature,
            new Recipients([input.DecidingUnitName + " (để xét)"], input.Issuer.ArchiveUnit));
    }

    public static OfficialDocument AchievementReport(ProposalDraftInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var header = new DocumentHeader(input.Issuer.ParentBody, input.Issuer.Name, null, input.Issuer.Place, input.Date);
        var body = new List<DocumentBlock>
        {
            new ParagraphBlock(input.IsPerson ? "SƠ LƯỢC LÝ LỊCH" : "SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH", "I.", Bold: true),
            new TableBlock([new("Nội dung", 55), new("Thông tin", 110)],
                input.Details.Select(d => new TableBlockRow([d.Label, string.IsNullOrWhiteSpace(d.Value) ? "–" : d.Value])).ToList()),
            new ParagraphBlock("THÀNH TÍCH ĐẠT ĐƯỢC", "II.", Bold: true),
            new ParagraphBlock("Quyền hạn, nhiệm vụ được giao: " + input.Duties, "1."),
            new ParagraphBlock("Thành tích đạt được (kết quả thực hiện nhiệm vụ):", "2."),
        };
        body.AddRange(input.Achievements.Count == 0
            ? [new ParagraphBlock("(Đơn vị bổ sung kết quả thực hiện nhiệm vụ, các chỉ tiêu đạt được.)", Italic: true)]
            : input.Achievements.Select(a => (DocumentBlock)new ParagraphBlock($"{a.Label}: {a.Text}.", "-")));
        body.Add(new ParagraphBlock("Sáng kiến, đề tài, giải pháp được công nhận:", "3."));
        body.AddRange(input.Initiatives.Count == 0
            ? [new ParagraphBlock("Không có.", Italic: true)]
            : input.Initiatives.Select(a => (DocumentBlock)new ParagraphBlock($"{a.Label}: {a.Text}.", "-")));
        body.Add(new ParagraphBlock("CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", "III.", Bold: true));
        body.Add(input.PreviousAwards.Count == 0
            ? new ParagraphBlock("Chưa được khen thưởng.", Italic: true)
            : new TableBlock(
                [new("Năm", 15, CellAlignment.Center), new("Danh hiệu, hình thức", 40), new("Số quyết định", 38), new("Ngày", 24, CellAlignment.Center), new("Cơ quan ban hành", 48)],
                input.PreviousAwards.Select(a => new TableBlockRow([a.Years, a.Award, a.DecisionNumber, a.DecisionDate, a.Issuer])).ToList()));
        body.Add(new ParagraphBlock($"XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ: {input.Issuer.Name} xác nhận các nội dung trên là đúng sự thật./.", Italic: true));
        return new OfficialDocument(header, "BÁO CÁO THÀNH TÍCH",
            $"Đề nghị {input.AwardKindName} {input.AwardName} năm {input.Year} – {input.SubjectName}", body, input.Signature);
    }
}
