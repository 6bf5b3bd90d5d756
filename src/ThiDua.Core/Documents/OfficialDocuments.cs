namespace ThiDua.Core.Documents;

/// <summary>
/// The issuer's settings, per unit: its name and its parent's in ordinary case (the header puts them in capitals), its
/// abbreviation, place name and drafting unit for "Lưu" [A-I II.2–4, II.9].
/// </summary>
public sealed record Issuer(string? ParentBody, string Name, string Code, string Place, string ArchiveUnit);

/// <summary>One person (or, with <paramref name="Collective"/>, one collective) on an award decision's annex.</summary>
public sealed record Awardee(string FullName, string PositionAndUnit, string Award, long Amount, bool Collective = false);

/// <summary>One line of a registration list.</summary>
public sealed record Registration(string FullName, string PositionAndUnit, string Title);

/// <summary>A section of a plan: "I. MỤC ĐÍCH, YÊU CẦU" and its paragraphs.</summary>
public sealed record PlanSection(string Heading, IReadOnlyList<string> Paragraphs);

/// <summary>The facts of an award decision; a draft (<paramref name="Draft"/>) has no number yet: its line is left blank.</summary>
public sealed record AwardDecisionInput(
    Issuer Issuer, int? Number, DateOnly Date, string IssuerTitle, string AwardName, string Achievement,
    IReadOnlyList<string> LegalBases, string ProposedBy, IReadOnlyList<Awardee> Awardees, string Fund, string Executors,
    SignatureBlock Signature, IReadOnlyList<string> Recipients, bool Totalled = false, bool Draft = false);

public sealed record PlanInput(
    Issuer Issuer, int Number, DateOnly Date, string Summary, IReadOnlyList<string> LegalBases, IReadOnlyList<PlanSection> Sections,
    SignatureBlock Signature, IReadOnlyList<string> Recipients);

public sealed record RegistrationListInput(Issuer Issuer, DateOnly Date, int Year, IReadOnlyList<Registration> Registrations, SignatureBlock Signature);

/// <summary>
/// Builds the official documents ThiDua issues from their facts: an award decision with its annex of awardees
/// (Mẫu 1.2 and 2.1), a movement plan (Kế hoạch) and a registration list; the layout rules live in the model and renderers.
/// </summary>
public static class OfficialDocuments
{
    private static readonly string[] RomanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    /// <summary>
    /// An award decision (documents.md §4, [P] award decisions): Điều 1 awards, referring to the annex; Điều 2 the money and
    /// its fund; Điều 3 effect and who carries it out. The annex lists every awardee.
    /// </summary>
    public static OfficialDocument AwardDecision(AwardDecisionInput input)
    {
        if (input.Awardees.Count == 0)
        {
            throw new DocumentException("Danh sách khen thưởng: quyết định phải có ít nhất một người được khen thưởng.");
        }

        var number = input.Number is int n ? new DocumentNumber(n, "QĐ", input.Issuer.Code) : DocumentNumber.Unnumbered("QĐ", input.Issuer.Code);
        var header = new DocumentHeader(input.Issuer.ParentBody, input.Issuer.Name, number, input.Issuer.Place, input.Date);
        var award = DocumentException.Required(input.AwardName, "Hình thức khen thưởng");
        var issuerTitle = DocumentException.Required(input.IssuerTitle, "Thẩm quyền ban hành");
        var total = input.Awardees.Sum(a => a.Amount);

        // A title is recognised ("Công nhận danh hiệu …"), a form is given ("Tặng Giấy khen").
        var title = award.StartsWith("danh hiệu", StringComparison.OrdinalIgnoreCase);
        var verb = title ? "Công nhận" : "Tặng";
        var collectives = input.Awardees.Where(a => a.Collective).ToList();
        var people = input.Awardees.Where(a => !a.Collective).ToList();
        var who = (collectives.Count, people.Count) switch
        {
            (0, var p) => $"{p} cá nhân",
            (var c, 0) => $"{c} tập thể",
            (var c, var p) => $"{c} tập thể và {p} cá nhân",
        };
        var each = (collectives.Count, people.Count) switch
        {
            (0, _) => "Mỗi cá nhân",
            (_, 0) => "Mỗi tập thể",
            _ => "Mỗi tập thể, cá nhân",
        };
        var named = (collectives.Count, people.Count) switch
        {
            (0, _) => "các cá nhân",
            (_, 0) => "các tập thể",
            _ => "các tập thể, cá nhân",
        };
        var body = new List<DocumentBlock>
        {
            new HeadingBlock("QUYẾT ĐỊNH:"),
            new ParagraphBlock($"{verb} {award} cho {who} (có danh sách kèm theo) đã có thành tích {input.Achievement.Trim()}.", "Điều 1."),
            new ParagraphBlock($"{each} được {verb.ToLower(DocumentText.Culture)} {award} kèm theo tiền thưởng theo quy định; tổng số tiền thưởng là {DocumentText.Money(total)}, chi từ {input.Fund.Trim()}.", "Điều 2."),
            new ParagraphBlock($"Quyết định này có hiệu lực kể từ ngày ký. {input.Executors.Trim()} và {named} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.", "Điều 3."),
        };
        var rows = new List<TableBlockRow>();
        var mixed = collectives.Count > 0 && people.Count > 0;
        var index = 0;
        foreach (var (label, group) in new[] { ("I. TẬP THỂ", collectives), (mixed ? "II. CÁ NHÂN" : "I. CÁ NHÂN", people) })
        {
            if (group.Count == 0)
            {
                continue;
            }

            if (mixed)
            {
                rows.Add(new TableBlockRow([string.Empty, label, string.Empty, string.Empty, DocumentText.Amount(group.Sum(a => a.Amount))], Bold: true));
            }

            foreach (var a in group)
            {
                index++;
                rows.Add(new TableBlockRow([
                    index.ToString(DocumentText.Culture),
                    DocumentException.Required(a.FullName, $"{(a.Collective ? "Tên tập thể" : "Họ và tên người")} được khen thưởng thứ {index}"),
                    a.PositionAndUnit, a.Award, DocumentText.Amount(a.Amount),
                ]));
            }
        }

        if (input.Totalled)
        {
            rows.Add(new TableBlockRow([string.Empty, "Tổng cộng", $"{who}", string.Empty, DocumentText.Amount(total)], Bold: true));
        }

        var listed = collectives.Count == 0 ? "CÁ NHÂN" : people.Count == 0 ? "TẬP THỂ" : "TẬP THỂ, CÁ NHÂN";
        var annex = new Annex(
            "Phụ lục",
            $"DANH SÁCH {listed} ĐƯỢC {verb.ToUpper(DocumentText.Culture)} {award.ToUpper(DocumentText.Culture)}",
            $"(Kèm theo Quyết định số {number.Notation} {DocumentText.Date(input.Date)} của {issuerTitle})",
            new TableBlock(
                [
                    new("STT", 10, CellAlignment.Center), new(collectives.Count == 0 ? "Họ và tên" : people.Count == 0 ? "Tên tập thể" : "Tên tập thể, họ và tên", 42),
                    new(collectives.Count == 0 ? "Chức vụ – đơn vị" : "Chức vụ – đơn vị, cơ quan chủ quản", 58),
                    new("Danh hiệu/hình thức", 32, CellAlignment.Center), new("Số tiền (đồng)", 23, CellAlignment.Right),
                ],
                rows));
        return new OfficialDocument(header, "QUYẾT ĐỊNH", $"Về việc {verb.ToLower(DocumentText.Culture)} {award}", body, input.Signature,
            new Recipients(input.Recipients, input.Issuer.ArchiveUnit), issuerTitle,
            [.. input.LegalBases, input.ProposedBy], [annex])
        {
            IsDraft = input.Draft,
        };
    }

    /// <summary>A plan (Kế hoạch, "KH"): numbered sections I., II. with their paragraphs, ending "./.".</summary>
    public static OfficialDocument Plan(PlanInput input)
    {
        var number = new DocumentNumber(input.Number, "KH", input.Issuer.Code);
        var header = new DocumentHeader(input.Issuer.ParentBody, input.Issuer.Name, number, input.Issuer.Place, input.Date);
        var body = new List<DocumentBlock>();
        foreach (var basis in input.LegalBases.Select((b, i) => b.TrimEnd(';', '.') + (i == input.LegalBases.Count - 1 ? "," : ";")))
        {
            body.Add(new ParagraphBlock(basis));
        }

        if (input.LegalBases.Count > 0)
        {
            body.Add(new ParagraphBlock($"{input.Issuer.Name} ban hành Kế hoạch {Lower(input.Summary)} như sau:"));
        }

        for (var s = 0; s < input.Sections.Count; s++)
        {
            body.Add(new ParagraphBlock(input.Sections[s].Heading.ToUpper(DocumentText.Culture), RomanNumerals[s] + ".", Bold: true));
            body.AddRange(input.Sections[s].Paragraphs.Select(p => new ParagraphBlock(p)));
        }

        if (body[^1] is ParagraphBlock last)
        {
            body[^1] = last with { Text = last.Text.TrimEnd('.') + "./." };
        }

        return new OfficialDocument(header, "KẾ HOẠCH", input.Summary, body, input.Signature,
            new Recipients(input.Recipients, input.Issuer.ArchiveUnit));
    }

    /// <summary>A unit's registration list for the year's emulation titles: STT, name, position and unit, title registered.</summary>
    public static OfficialDocument RegistrationList(RegistrationListInput input)
    {
        if (input.Registrations.Count == 0)
        {
            throw new DocumentException("Danh sách đăng ký: phải có ít nhất một người đăng ký.");
        }

        var header = new DocumentHeader(input.Issuer.ParentBody, input.Issuer.Name, null, input.Issuer.Place, input.Date);
        var rows = input.Registrations.Select((r, i) => new TableBlockRow([
            (i + 1).ToString(DocumentText.Culture), DocumentException.Required(r.FullName, $"Họ và tên người đăng ký thứ {i + 1}"),
            r.PositionAndUnit, DocumentException.Required(r.Title, $"Danh hiệu đăng ký của {r.FullName}"),
        ])).ToList();
        var titles = input.Registrations.GroupBy(r => r.Title).Select(g => $"{g.Key}: {g.Count()}");
        var body = new List<DocumentBlock>
        {
            new ParagraphBlock($"{input.Issuer.Name} đăng ký danh hiệu thi đua năm {input.Year} của {input.Registrations.Count} cá nhân như sau:"),
            new TableBlock([new("STT", 12, CellAlignment.Center), new("Họ và tên", 48), new("Chức vụ – đơn vị", 65), new("Danh hiệu đăng ký", 40, CellAlignment.Center)], rows),
            new ParagraphBlock($"Tổng hợp: {string.Join("; ", titles)}./."),
        };
        return new OfficialDocument(header, "DANH SÁCH", $"Đăng ký danh hiệu thi đua năm {input.Year}", body, input.Signature);
    }

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], DocumentText.Culture) + text[1..];
}
