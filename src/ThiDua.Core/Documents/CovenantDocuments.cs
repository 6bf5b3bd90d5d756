namespace ThiDua.Core.Documents;

/// <summary>One commitment of a covenant: its text and, where measurable, the target ("≥ 85 %").</summary>
public sealed record CovenantCommitmentLine(string Text, string? Target);

/// <summary>A member unit's signature, as recorded in the application.</summary>
public sealed record CovenantSignatureLine(string UnitName, string SignerName, string SignedAt);

/// <summary>The facts of a signed covenant: the cluster (issuer), the year, commitments, criteria with points, signatures.</summary>
public sealed record CovenantDocumentInput(
    Issuer Issuer, DateOnly Date, int Year, string Title, string ClusterKindName, IReadOnlyList<string> Members,
    IReadOnlyList<CovenantCommitmentLine> Commitments, IReadOnlyList<(string Name, int Points)> Criteria, int MaxPoints,
    IReadOnlyList<CovenantSignatureLine> Signatures, SignatureBlock Signature, IReadOnlyList<string> Recipients);

/// <summary>
/// The signed emulation covenant (Bản giao ước thi đua) in Decree 30/2020 form: issued in the cluster's name, no number,
/// the members, "I. NỘI DUNG GIAO ƯỚC" (commitments and targets), "II. TIÊU CHÍ CHẤM ĐIỂM" (criteria and points that
/// add up to the maximum), "III. TỔ CHỨC THỰC HIỆN", and the table of the members' signatures (unit, signer, time),
/// signed for the cluster by its head unit.
/// </summary>
public static class CovenantDocuments
{
    public static OfficialDocument SignedCovenant(CovenantDocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Commitments.Count == 0)
        {
            throw new DocumentException("Giao ước: phải có ít nhất một nội dung cam kết.");
        }

        if (input.Signatures.Count == 0)
        {
            throw new DocumentException("Giao ước: chưa có chữ ký của đơn vị thành viên nào.");
        }

        var header = new DocumentHeader(input.Issuer.ParentBody, input.Issuer.Name, null, input.Issuer.Place, input.Date);
        var body = new List<DocumentBlock>
        {
            new ParagraphBlock($"Thực hiện phong trào thi đua năm {input.Year}, các đơn vị thành viên {input.ClusterKindName} gồm: {string.Join(", ", input.Members)} thống nhất ký kết giao ước thi đua với các nội dung sau:"),
            new ParagraphBlock("NỘI DUNG GIAO ƯỚC", "I.", Bold: true),
        };
        body.Add(new TableBlock(
            [new("STT", 12, CellAlignment.Center), new("Nội dung cam kết", 110), new("Chỉ tiêu", 43, CellAlignment.Center)],
            input.Commitments.Select((c, i) => new TableBlockRow([(i + 1).ToString(DocumentText.Culture), DocumentException.Required(c.Text, $"Cam kết thứ {i + 1}"), c.Target ?? "–"])).ToList()));
        body.Add(new ParagraphBlock("TIÊU CHÍ CHẤM ĐIỂM", "II.", Bold: true));
        body.Add(new TableBlock(
            [new("STT", 12, CellAlignment.Center), new("Tiêu chí", 123), new("Điểm tối đa", 30, CellAlignment.Center)],
            [
                .. input.Criteria.Select((c, i) => new TableBlockRow([(i + 1).ToString(DocumentText.Culture), c.Name, c.Points.ToString(DocumentText.Culture)])),
                new TableBlockRow([string.Empty, "Tổng cộng", input.MaxPoints.ToString(DocumentText.Culture)], Bold: true),
            ]));
        body.Add(new ParagraphBlock("TỔ CHỨC THỰC HIỆN", "III.", Bold: true));
        body.Add(new ParagraphBlock("1. Các đơn vị thành viên tổ chức thực hiện các nội dung giao ước; sơ kết giữa năm đánh giá tiến độ từng nội dung."));
        body.Add(new ParagraphBlock("2. Cuối năm, các đơn vị chấm điểm chéo theo các tiêu chí trên (không tự chấm đơn vị mình), xếp hạng và bình chọn, suy tôn đơn vị dẫn đầu."));
        body.Add(new ParagraphBlock("CÁC ĐƠN VỊ KÝ GIAO ƯỚC", "IV.", Bold: true));
        body.Add(new TableBlock(
            [new("STT", 12, CellAlignment.Center), new("Đơn vị", 68), new("Người ký", 45), new("Thời điểm ký", 40, CellAlignment.Center)],
            input.Signatures.Select((s, i) => new TableBlockRow([(i + 1).ToString(DocumentText.Culture), s.UnitName, s.SignerName, s.SignedAt])).ToList()));
        body.Add(new ParagraphBlock($"Giao ước được ký xác nhận trên hệ thống ThiDua; mỗi chữ ký được ghi vào nhật ký không thể sửa lén. Đã ký {input.Signatures.Count}/{input.Members.Count} đơn vị thành viên./."));
        return new OfficialDocument(header, "GIAO ƯỚC THI ĐUA", input.Title, body, input.Signature,
            new Recipients(input.Recipients, input.Issuer.ArchiveUnit));
    }
}
