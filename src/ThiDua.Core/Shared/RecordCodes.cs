using System.Text.Json.Serialization;

namespace ThiDua.Core.Shared;

// The glossary's stable codes of a person's and a collective's records, shared by the Organisation module (which
// stores them) and the rules engine (which judges them). Stored, imported and exported by their codes (CodeOf).

/// <summary>Emulation titles and forms of commendation (glossary.md), by their stable codes.</summary>
public enum AwardCode
{
    [JsonStringEnumMemberName("LDTT")] Ldtt,
    [JsonStringEnumMemberName("CSTDCS")] Cstdcs,
    [JsonStringEnumMemberName("CSTDBO")] Cstdbo,
    [JsonStringEnumMemberName("CSTDTQ")] Cstdtq,
    [JsonStringEnumMemberName("TTLDTT")] Ttldtt,
    [JsonStringEnumMemberName("TTLDXS")] Ttldxs,
    [JsonStringEnumMemberName("CTDBO")] Ctdbo,
    [JsonStringEnumMemberName("CTDCP")] Ctdcp,
    [JsonStringEnumMemberName("GK")] Gk,
    [JsonStringEnumMemberName("BKBO")] Bkbo,
    [JsonStringEnumMemberName("BKTTG")] Bkttg,
    [JsonStringEnumMemberName("HCLD3")] Hcld3,
    [JsonStringEnumMemberName("HCLD2")] Hcld2,
    [JsonStringEnumMemberName("HCLD1")] Hcld1,
    [JsonStringEnumMemberName("KNC")] Knc,
}

/// <summary>Yearly rating (đánh giá, xếp loại); the numeric order is the order of merit.</summary>
public enum Rating
{
    [JsonStringEnumMemberName("KHT")] Kht = 0,
    [JsonStringEnumMemberName("HT")] Ht = 1,
    [JsonStringEnumMemberName("HTT")] Htt = 2,
    [JsonStringEnumMemberName("HTXS")] Htxs = 3,
}

/// <summary>Scope of a recognised initiative (sáng kiến); the numeric order is the order of breadth.</summary>
public enum InitiativeScope
{
    [JsonStringEnumMemberName("CO_SO")] CoSo = 0,
    [JsonStringEnumMemberName("BO")] Bo = 1,
    [JsonStringEnumMemberName("TOAN_QUOC")] ToanQuoc = 2,
}

/// <summary>Discipline levels for civil servants, lightest first.</summary>
public enum DisciplineLevel
{
    [JsonStringEnumMemberName("KHIEN_TRACH")] KhienTrach = 1,
    [JsonStringEnumMemberName("CANH_CAO")] CanhCao = 2,
    [JsonStringEnumMemberName("HA_BAC_LUONG")] HaBacLuong = 3,
    [JsonStringEnumMemberName("GIANG_CHUC")] GiangChuc = 4,
    [JsonStringEnumMemberName("CACH_CHUC")] CachChuc = 5,
    [JsonStringEnumMemberName("BUOC_THOI_VIEC")] BuocThoiViec = 6,
}

public enum LeaveReason
{
    [JsonStringEnumMemberName("MATERNITY")] Maternity,
    [JsonStringEnumMemberName("ILLNESS")] Illness,
    [JsonStringEnumMemberName("WORK_INJURY")] WorkInjury,
    [JsonStringEnumMemberName("TRAINING")] Training,
    [JsonStringEnumMemberName("OTHER")] Other,
}

/// <summary>Kind of commendation (loại hình khen thưởng).</summary>
public enum AwardKind
{
    [JsonStringEnumMemberName("CONG_TRANG")] CongTrang,
    [JsonStringEnumMemberName("DOT_XUAT")] DotXuat,
    [JsonStringEnumMemberName("CHUYEN_DE")] ChuyenDe,
    [JsonStringEnumMemberName("CONG_HIEN")] CongHien,
    [JsonStringEnumMemberName("NIEN_HAN")] NienHan,
    [JsonStringEnumMemberName("DOI_NGOAI")] DoiNgoai,
}

public enum PendingKind
{
    [JsonStringEnumMemberName("DISCIPLINE")] Discipline,
    [JsonStringEnumMemberName("INVESTIGATION")] Investigation,
    [JsonStringEnumMemberName("COMPLAINT")] Complaint,
}

/// <summary>Which kind of award a code is: the Organisation module's checks and the rules engine share this one list.</summary>
public static class AwardCodes
{
    /// <summary>Individual emulation titles (danh hiệu cá nhân).</summary>
    public static bool IsIndividualTitle(AwardCode value) =>
        value is AwardCode.Ldtt or AwardCode.Cstdcs or AwardCode.Cstdbo or AwardCode.Cstdtq;

    /// <summary>Collective emulation titles (danh hiệu tập thể).</summary>
    public static bool IsCollectiveTitle(AwardCode value) =>
        value is AwardCode.Ttldtt or AwardCode.Ttldxs or AwardCode.Ctdbo or AwardCode.Ctdcp;

    /// <summary>Forms of commendation (hình thức khen thưởng).</summary>
    public static bool IsForm(AwardCode value) =>
        value is AwardCode.Gk or AwardCode.Bkbo or AwardCode.Bkttg or AwardCode.Hcld3
            or AwardCode.Hcld2 or AwardCode.Hcld1 or AwardCode.Knc;
}
