namespace ThiDua.Core.Documents;

/// <summary>
/// An official document in the form of Decree 30/2020/NĐ-CP, Appendix I (documents.md), independent of the file format:
/// <see cref="DocxRenderer"/> and <see cref="PdfRenderer"/> draw the same model. The constructor checks what the decree
/// requires and throws <see cref="DocumentException"/> with a Vietnamese message naming the field.
/// </summary>
public sealed class OfficialDocument
{
    public OfficialDocument(DocumentHeader header, string typeName, string summary, IReadOnlyList<DocumentBlock> body, SignatureBlock signature,
        Recipients? recipients = null, string? issuerTitle = null, IReadOnlyList<string>? legalBases = null, IReadOnlyList<Annex>? annexes = null)
    {
        Header = header;
        TypeName = DocumentException.Required(typeName, "Tên loại văn bản").ToUpper(DocumentText.Culture);
        Summary = DocumentException.Required(summary, "Trích yếu");
        if (body.Count == 0)
        {
            throw new DocumentException("Nội dung: văn bản phải có ít nhất một đoạn.");
        }

        Body = body;
        Signature = signature;
        Recipients = recipients;
        IssuerTitle = string.IsNullOrWhiteSpace(issuerTitle) ? null : issuerTitle.Trim().ToUpper(DocumentText.Culture);
        LegalBases = (legalBases ?? []).Select((b, i) => DocumentException.Required(b, $"Căn cứ thứ {i + 1}").TrimEnd(';', '.', ' ')).ToList();
        Annexes = annexes ?? [];
    }

    public DocumentHeader Header { get; }

    /// <summary>"QUYẾT ĐỊNH", "KẾ HOẠCH", "DANH SÁCH": capitals, bold, centred [A-I II.5.b].</summary>
    public string TypeName { get; }

    /// <summary>The trích yếu under the type name, e.g. "Về việc tặng Giấy khen …".</summary>
    public string Summary { get; }

    /// <summary>For decisions: the issuing authority above the legal bases ("TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH …").</summary>
    public string? IssuerTitle { get; }

    /// <summary>The legal bases without their end punctuation; <see cref="LegalBasisLines"/> adds ";" and the final ".".</summary>
    public IReadOnlyList<string> LegalBases { get; }

    public IReadOnlyList<DocumentBlock> Body { get; }

    public SignatureBlock Signature { get; }

    public Recipients? Recipients { get; }

    public IReadOnlyList<Annex> Annexes { get; }

    /// <summary>
    /// A second signature on the left, above "Nơi nhận" (minutes: THƯ KÝ left, CHỦ TỌA right, documents.md §7); null for
    /// the documents signed by one person.
    /// </summary>
    public SignatureBlock? LeftSignature { get; init; }

    /// <summary>"QUYẾT ĐỊNH 05/QĐ-THADS": the file's title in its metadata; the type name alone while the number is blank.</summary>
    public string Title => Header.Number is { IsBlank: false } number ? $"{TypeName} {number.Notation}" : TypeName;

    /// <summary>A draft shown before it is issued: "DỰ THẢO", bold, at the top right of the first page, above the header.</summary>
    public bool IsDraft { get; init; }

    /// <summary>Each basis on its own line, ";" after each and "." after the last [A-I II.6.a].</summary>
    public IEnumerable<string> LegalBasisLines => LegalBases.Select((b, i) => b + (i == LegalBases.Count - 1 ? "." : ";"));
}

/// <summary>Cells 1–4 of the header [A-I II.1–4]: the issuing bodies, the number, the place and date.</summary>
public sealed class DocumentHeader
{
    public DocumentHeader(string? parentBody, string issuingBody, DocumentNumber? number, string place, DateOnly? date)
    {
        ParentBody = string.IsNullOrWhiteSpace(parentBody) ? null : parentBody.Trim().ToUpper(DocumentText.Culture);
        IssuingBody = DocumentException.Required(issuingBody, "Tên cơ quan ban hành").ToUpper(DocumentText.Culture);
        Number = number;
        Place = date is null ? place?.Trim() ?? string.Empty : DocumentException.Required(place, "Địa danh");
        Date = date;
    }

    /// <summary>The governing body, capitals, regular; may be absent (e.g. a ministry issuing itself).</summary>
    public string? ParentBody { get; }

    /// <summary>The issuing body, capitals, bold, with a short rule under it.</summary>
    public string IssuingBody { get; }

    public DocumentNumber? Number { get; }

    public string Place { get; }

    /// <summary>Absent for minutes (biên bản), which carry no place/date line in the header.</summary>
    public DateOnly? Date { get; }

    public string? PlaceAndDateLine => Date is null ? null : DocumentText.PlaceAndDate(Place, Date.Value);
}

/// <summary>
/// "Số: 05/QĐ-THADS": number (zero-padded below 10), type abbreviation and issuer abbreviation [A-I II.3]; or, for a
/// draft that is numbered on paper after signature [Art 15], the blank form "Số:       /TTr-THADS" (<see cref="Unnumbered"/>).
/// </summary>
public sealed class DocumentNumber
{
    /// <summary>The blank left for the number on an unnumbered draft: room for five handwritten digits.</summary>
    public const string Blank = "       ";

    public DocumentNumber(int number, string typeCode, string issuerCode)
        : this(typeCode, issuerCode)
    {
        if (number is < 1 or > 99_999)
        {
            throw new DocumentException($"Số văn bản: {number} không hợp lệ (đánh số từ 01 hằng năm).");
        }

        Number = number;
    }

    private DocumentNumber(string typeCode, string issuerCode)
    {
        // Type codes keep their official mixed case, "TTr" (tờ trình), "CTr", "QyĐ" [Appendix III]; one typed in lower case is capitalised.
        TypeCode = Symbol(typeCode, "Số văn bản: thiếu ký hiệu loại văn bản (ví dụ QĐ, KH, TTr).", upper: !(typeCode ?? string.Empty).Any(char.IsUpper));
        IssuerCode = Symbol(issuerCode, "Số văn bản: thiếu ký hiệu cơ quan ban hành (ví dụ THADS).");
    }

    /// <summary>Null on a draft's blank number line.</summary>
    public int? Number { get; }

    public string TypeCode { get; }

    public string IssuerCode { get; }

    public bool IsBlank => Number is null;

    /// <summary>"05/QĐ-THADS", as cited in an annex's "(Kèm theo Quyết định số …)"; "…/QĐ-THADS" while the number is blank.</summary>
    public string Notation => $"{(Number is int n ? n.ToString("00", DocumentText.Culture) : "…")}/{TypeCode}-{IssuerCode}";

    /// <summary>The header's line: "Số: 05/QĐ-THADS", or "Số:       /TTr-THADS" with the blank where the number is written.</summary>
    public override string ToString() => Number is null ? $"Số:{Blank}/{TypeCode}-{IssuerCode}" : "Số: " + Notation;

    /// <summary>The official blank form of a draft signed and numbered on paper later: "Số:       /TTr-THADS".</summary>
    public static DocumentNumber Unnumbered(string typeCode, string issuerCode) => new(typeCode, issuerCode);

    private static string Symbol(string value, string missing, bool upper = true)
    {
        var text = value?.Trim() ?? string.Empty;
        text = upper ? text.ToUpper(DocumentText.Culture) : text;
        if (text.Length == 0)
        {
            throw new DocumentException(missing);
        }

        // Groups joined by hyphens, no spaces [A-I II.3.c].
        if (text.Any(c => !char.IsLetterOrDigit(c) && c != '-') || text.StartsWith('-') || text.EndsWith('-'))
        {
            throw new DocumentException($"Số văn bản: ký hiệu '{text}' chỉ gồm chữ in hoa và số, các nhóm nối bằng dấu gạch nối, không có dấu cách.");
        }

        return text;
    }
}

/// <summary>KT. (a deputy for the head), TM. (on behalf of a collective), Q. (acting), TL. (by order), TUQ. (by authorisation) [A-I II.7].</summary>
public enum AuthorityForm
{
    Direct,
    KT,
    TM,
    Q,
    TL,
    TUQ,
}

/// <summary>The signature block, right-hand column [A-I II.7]: authority and position in capitals bold, space, the signer's name bold.</summary>
public sealed class SignatureBlock
{
    public SignatureBlock(AuthorityForm form, string position, string signerName, string? principal = null)
    {
        Form = form;
        Position = DocumentException.Required(position, "Chức vụ người ký").ToUpper(DocumentText.Culture);
        SignerName = DocumentException.Required(signerName, "Họ và tên người ký");
        Principal = string.IsNullOrWhiteSpace(principal) ? null : principal.Trim().ToUpper(DocumentText.Culture);
        if ((form is AuthorityForm.KT or AuthorityForm.TM or AuthorityForm.TL or AuthorityForm.TUQ) && Principal is null)
        {
            throw new DocumentException($"Chữ ký: thể thức {form}. cần ghi chức vụ của người đứng đầu hoặc tên tập thể (ví dụ \"{form}. CỤC TRƯỞNG\").");
        }
    }

    public AuthorityForm Form { get; }

    public string Position { get; }

    public string SignerName { get; }

    /// <summary>For KT./TL./TUQ. the head's position, for TM. the collective ("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG").</summary>
    public string? Principal { get; }

    /// <summary>The capital lines above the space for the signature: "KT. CỤC TRƯỞNG" / "PHÓ CỤC TRƯỞNG", or "Q. CỤC TRƯỞNG".</summary>
    public IReadOnlyList<string> AuthorityLines => Form switch
    {
        AuthorityForm.Direct => [Position],
        AuthorityForm.Q => ["Q. " + Position],
        _ => [$"{Form}. {Principal}", Position],
    };
}

/// <summary>"Nơi nhận:" [A-I II.9]: one "- …;" line per recipient, ending "- Lưu: VT, &lt;unit&gt;.".</summary>
public sealed class Recipients
{
    public Recipients(IReadOnlyList<string> items, string archiveUnit)
    {
        Items = items.Select((r, i) => DocumentException.Required(r, $"Nơi nhận thứ {i + 1}").TrimEnd(';', '.', ' ')).ToList();
        ArchiveUnit = DocumentException.Required(archiveUnit, "Nơi lưu (đơn vị soạn thảo)");
    }

    public IReadOnlyList<string> Items { get; }

    public string ArchiveUnit { get; }

    public IEnumerable<string> Lines => Items.Select(i => $"- {i};").Append($"- Lưu: VT, {ArchiveUnit}.");
}

/// <summary>An annex on its own pages [A-I III.1]: "Phụ lục", its title in capitals, the italic reference line, a table.</summary>
public sealed record Annex(string Label, string Title, string? Reference, TableBlock Table);

/// <summary>A block of the body.</summary>
public abstract record DocumentBlock;

/// <summary>A centred bold line, e.g. "QUYẾT ĐỊNH:" before the articles.</summary>
public sealed record HeadingBlock(string Text) : DocumentBlock;

/// <summary>
/// A justified paragraph with a first-line indent of 1 cm [A-I II.6.e]; the optional label ("Điều 1.", "I.", "1.") is bold,
/// and the whole paragraph is bold for section headings.
/// </summary>
public sealed record ParagraphBlock(string Text, string? Label = null, bool Bold = false, bool Italic = false) : DocumentBlock;

/// <summary>A table with a header row repeated on each page and 0.5 pt borders.</summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableBlockRow> Rows) : DocumentBlock;

public enum CellAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>A column: its header text, width in millimetres and the alignment of its cells.</summary>
public sealed record TableColumn(string Header, double WidthMm, CellAlignment Alignment = CellAlignment.Left);

/// <summary>A row; bold for group rows ("I. CÁ NHÂN") and totals.</summary>
public sealed record TableBlockRow(IReadOnlyList<string> Cells, bool Bold = false);

/// <summary>A document that breaks a rule of Decree 30; the message is Vietnamese and names the field.</summary>
public sealed class DocumentException(string message) : Exception(message)
{
    internal static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DocumentException($"{field}: không được để trống.") : value.Trim().Normalize(System.Text.NormalizationForm.FormC);
}
