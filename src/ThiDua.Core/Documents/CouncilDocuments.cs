namespace ThiDua.Core.Documents;

/// <summary>A member's attendance line in the minutes.</summary>
public sealed record MinutesMember(string FullName, string Role, string Attendance);

/// <summary>A candidate's line: name, title or form, yes / no / abstain, votes required, result.</summary>
public sealed record MinutesCandidate(string Name, string Award, int Yes, int No, int Abstain, int Required, bool Passed);

/// <summary>The facts of a closed council session.</summary>
public sealed record CouncilMinutesInput(
    Issuer Issuer, string CouncilName, string SessionTitle, DateOnly MeetingOn, int Year, IReadOnlyList<MinutesMember> Members, int MemberCount,
    int Participants, int Ballots, int Quorum, bool QuorumMet, string Regime, DateOnly? PostingStart, int PostingDays, int Comments,
    IReadOnlyList<MinutesCandidate> Candidates, string ChairName, string SecretaryName);

/// <summary>
/// The minutes of a council session (biên bản họp Hội đồng, Mẫu 1.9 of Decree 30/2020): the blank number line
/// "Số:       /BB-HĐTĐKT" and no place/date line in the header (documents.md), attendance, quorum, the public posting, the secret ballot's result per candidate, and the
/// signatures of the secretary and of the chair (chủ tọa).
/// </summary>
public static class CouncilDocuments
{
    /// <summary>The council's own abbreviation after "BB-": Hội đồng Thi đua – Khen thưởng.</summary>
    public const string CouncilIssuerCode = "HĐTĐKT";

    public static OfficialDocument Minutes(CouncilMinutesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Candidates.Count == 0)
        {
            throw new DocumentException("Biên bản: phiên họp không có người, tập thể nào được đề nghị.");
        }

        // Mẫu 1.9 has a number line; the council keeps its own sequence [A-I II.3.a] and numbers the signed minutes on paper.
        var header = new DocumentHeader(input.Issuer.ParentBody, input.CouncilName, DocumentNumber.Unnumbered("BB", CouncilIssuerCode), input.Issuer.Place, null);
        string N(int n) => n.ToString(DocumentText.Culture);
        var body = new List<DocumentBlock>
        {
            new ParagraphBlock($"Vào {DocumentText.Date(input.MeetingOn)}, {input.CouncilName} họp xét đề nghị khen thưởng năm thi đua {input.Year}."),
            new ParagraphBlock("THÀNH PHẦN", "I.", Bold: true),
            new TableBlock(
                [new("STT", 12, CellAlignment.Center), new("Họ và tên", 60), new("Chức danh trong Hội đồng", 50), new("Tham gia", 43, CellAlignment.Center)],
                input.Members.Select((m, i) => new TableBlockRow([N(i + 1), m.FullName, m.Role, m.Attendance])).ToList()),
            new ParagraphBlock($"Tổng số thành viên Hội đồng: {N(input.MemberCount)}; số thành viên tham gia biểu quyết: {N(input.Participants)}; túc số theo quy định: {N(input.Quorum)} — {(input.QuorumMet ? "phiên họp đủ túc số" : "phiên họp KHÔNG đủ túc số, không đề nghị nào được thông qua")}."),
            new ParagraphBlock("NỘI DUNG", "II.", Bold: true),
            new ParagraphBlock(input.PostingStart is { } posted
                ? $"1. Danh sách đề nghị đã được công khai từ {DocumentText.Date(posted)} trong {N(input.PostingDays)} ngày làm việc; số ý kiến góp ý nhận được: {N(input.Comments)}, đã được báo cáo Hội đồng."
                : "1. Danh sách đề nghị đã được công khai theo quy định."),
            new ParagraphBlock($"2. Hội đồng biểu quyết bằng phiếu kín (chế độ áp dụng: {input.Regime}); số phiếu phát ra bằng số thành viên tham gia ({N(input.Participants)}), số phiếu thu về: {N(input.Ballots)}. Kết quả:"),
            new TableBlock(
                [new("STT", 10, CellAlignment.Center), new("Người, tập thể được đề nghị", 45), new("Danh hiệu, hình thức", 30), new("Đồng ý", 16, CellAlignment.Center),
                    new("Không đồng ý", 16, CellAlignment.Center), new("Không biểu quyết", 16, CellAlignment.Center), new("Số phiếu cần", 14, CellAlignment.Center), new("Kết quả", 18, CellAlignment.Center)],
                input.Candidates.Select((c, i) => new TableBlockRow([N(i + 1), c.Name, c.Award, N(c.Yes), N(c.No), N(c.Abstain), N(c.Required), c.Passed ? "Đạt" : "Không đạt"])).ToList()),
            new ParagraphBlock($"Số đề nghị được thông qua: {N(input.Candidates.Count(c => c.Passed))}/{N(input.Candidates.Count)}. Tỷ lệ phiếu tính trên tổng số thành viên Hội đồng."),
            new ParagraphBlock("Kết quả kiểm phiếu (danh sách mã phiếu và lựa chọn) được công bố trên hệ thống ThiDua để mỗi thành viên tự kiểm tra phiếu của mình."),
            new ParagraphBlock("Biên bản được lập xong, các thành viên dự họp thống nhất với nội dung biên bản./."),
        };
        return new OfficialDocument(header, "BIÊN BẢN", $"Họp {input.CouncilName}: {input.SessionTitle}", body,
            new SignatureBlock(AuthorityForm.Direct, "Chủ tọa", input.ChairName),
            new Recipients(["Các thành viên Hội đồng"], "Hồ sơ"))
        {
            LeftSignature = new SignatureBlock(AuthorityForm.Direct, "Thư ký", input.SecretaryName),
        };
    }
}
