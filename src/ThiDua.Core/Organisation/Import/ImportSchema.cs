namespace ThiDua.Core.Organisation.Import;

/// <summary>What a file holds; each kind has its template, columns and matching key (README: Import).</summary>
public enum ImportKind
{
    Units,
    People,
    Ratings,
    Leave,
    Discipline,
    PendingCases,
    Initiatives,
    Awards,
    UnitRatings,
}

/// <summary>A column of an import file: its Vietnamese header (the template's), whether it is required, and help.</summary>
public sealed record ImportColumn(string Key, string Header, bool Required, string Help);

/// <summary>The columns of each kind. Headers are matched ignoring case, diacritics and extra spaces.</summary>
public static class ImportSchemas
{
    public static IReadOnlyList<ImportColumn> Columns(ImportKind kind) => kind switch
    {
        ImportKind.Units =>
        [
            new("code", "Mã đơn vị", true, "Chữ không dấu, số, dấu chấm, gạch ngang (ví dụ LSN-KV1); khóa để nhập lại."),
            new("name", "Tên đơn vị", true, "Tên đầy đủ, có dấu."),
            new("kind", "Loại đơn vị", true, "MINISTRY, CENTRAL, PROVINCIAL, REGIONAL hoặc DEPARTMENT."),
            new("parent", "Mã đơn vị cấp trên", true, "Mã của một đơn vị đã có (hoặc ở dòng phía trên trong tệp)."),
            new("from", "Hiệu lực từ", false, "Ngày thành lập, dd/MM/yyyy."),
        ],
        ImportKind.People =>
        [
            new("code", "Mã công chức", true, "Khóa để nhập lại (ví dụ LSN-0100)."),
            new("name", "Họ và tên", true, "Có dấu."),
            new("gender", "Giới tính", true, "Nam hoặc Nữ (M/F)."),
            new("birth", "Ngày sinh", false, "dd/MM/yyyy."),
            new("unit", "Mã đơn vị", true, "Đơn vị đang công tác."),
            new("position", "Chức vụ", false, "Ví dụ: Chấp hành viên, Phó Trưởng phòng."),
            new("leadership", "Cấp lãnh đạo", false, "NONE (người lao động trực tiếp), DIVISION, DEPARTMENT, MINISTRY; để trống là NONE."),
            new("recruited", "Ngày tuyển dụng", false, "dd/MM/yyyy."),
            new("nationalId", "Số định danh cá nhân", false, "12 chữ số; không trùng."),
        ],
        ImportKind.Ratings =>
        [
            new("person", "Mã công chức", true, "Công chức đã có."),
            new("year", "Năm", true, "Năm thi đua (năm kết thúc, ví dụ 2025)."),
            new("rating", "Xếp loại", true, "HTXS, HTT, HT hoặc KHT."),
        ],
        ImportKind.Leave =>
        [
            new("person", "Mã công chức", true, "Công chức đã có."),
            new("year", "Năm", true, "Năm thi đua."),
            new("reason", "Lý do nghỉ", true, "MATERNITY, ILLNESS, WORK_INJURY, TRAINING hoặc OTHER."),
            new("days", "Số ngày làm việc", true, "Từ 1 đến 260."),
        ],
        ImportKind.Discipline =>
        [
            new("person", "Mã công chức", true, "Công chức đã có."),
            new("level", "Hình thức kỷ luật", true, "KHIEN_TRACH, CANH_CAO, HA_BAC_LUONG, GIANG_CHUC, CACH_CHUC, BUOC_THOI_VIEC."),
            new("decided", "Ngày quyết định", true, "dd/MM/yyyy."),
            new("ends", "Ngày hết thời hạn", false, "dd/MM/yyyy."),
            new("ref", "Số quyết định", false, "Ví dụ: 12/QĐ-THADS."),
        ],
        ImportKind.PendingCases =>
        [
            new("person", "Mã công chức", true, "Công chức đã có."),
            new("kind", "Loại vụ việc", true, "DISCIPLINE (đang xem xét kỷ luật), INVESTIGATION (đang bị điều tra), COMPLAINT (đang bị khiếu nại, tố cáo)."),
            new("opened", "Từ ngày", true, "dd/MM/yyyy."),
            new("closed", "Đến ngày", false, "Để trống nếu chưa kết thúc."),
            new("note", "Ghi chú", false, ""),
        ],
        ImportKind.Initiatives =>
        [
            new("title", "Tên sáng kiến", true, "Cùng tên và cùng số quyết định là một sáng kiến."),
            new("scope", "Phạm vi", true, "CO_SO, BO hoặc TOAN_QUOC."),
            new("by", "Cơ quan công nhận", true, ""),
            new("number", "Số quyết định", true, ""),
            new("date", "Ngày quyết định", true, "dd/MM/yyyy."),
            new("year", "Năm", true, "Năm thi đua được tính."),
            new("authors", "Mã tác giả", true, "Một hoặc nhiều mã công chức, cách nhau bởi dấu ; hoặc dấu phẩy."),
        ],
        ImportKind.Awards =>
        [
            new("person", "Mã công chức", false, "Điền mã công chức (khen cá nhân) hoặc mã đơn vị (khen tập thể)."),
            new("unit", "Mã đơn vị", false, "Chỉ điền khi khen tập thể."),
            new("code", "Danh hiệu, hình thức", true, "LDTT, CSTDCS, CSTDBO, CSTDTQ, TTLDTT, TTLDXS, CTDBO, CTDCP, GK, BKBO, BKTTG, HCLD3, HCLD2, HCLD1, KNC."),
            new("kind", "Loại hình", true, "CONG_TRANG, DOT_XUAT, CHUYEN_DE, CONG_HIEN, NIEN_HAN, DOI_NGOAI."),
            new("from", "Từ năm", false, "Năm (hoặc năm đầu của giai đoạn)."),
            new("to", "Đến năm", false, "Năm cuối của giai đoạn; để trống nếu một năm."),
            new("number", "Số quyết định", true, ""),
            new("date", "Ngày quyết định", true, "dd/MM/yyyy."),
            new("issuer", "Cấp quyết định", true, "Ví dụ: Bộ trưởng Bộ Tư pháp."),
        ],
        ImportKind.UnitRatings =>
        [
            new("unit", "Mã đơn vị", true, "Đơn vị đã có."),
            new("year", "Năm", true, "Năm thi đua."),
            new("rating", "Xếp loại", true, "HTXS, HTT, HT hoặc KHT."),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Title(ImportKind kind) => kind switch
    {
        ImportKind.Units => "Đơn vị",
        ImportKind.People => "Công chức, người lao động",
        ImportKind.Ratings => "Xếp loại cá nhân",
        ImportKind.Leave => "Thời gian nghỉ",
        ImportKind.Discipline => "Kỷ luật",
        ImportKind.PendingCases => "Vụ việc đang xem xét",
        ImportKind.Initiatives => "Sáng kiến",
        ImportKind.Awards => "Khen thưởng đã có",
        ImportKind.UnitRatings => "Xếp loại tập thể",
        _ => kind.ToString(),
    };

    /// <summary>The kind's name in URLs, files and the CLI ("people", "unit-ratings").</summary>
    public static string Slug(ImportKind kind) => kind switch
    {
        ImportKind.PendingCases => "pending-cases",
        ImportKind.UnitRatings => "unit-ratings",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static bool TryParseSlug(string? slug, out ImportKind kind)
    {
        foreach (var k in Enum.GetValues<ImportKind>())
        {
            if (string.Equals(Slug(k), slug?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

}
