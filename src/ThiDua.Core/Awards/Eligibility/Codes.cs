using System.Text.Json.Serialization;

namespace ThiDua.Core.Awards.Eligibility;

public enum Gender
{
    [JsonStringEnumMemberName("F")] Female,
    [JsonStringEnumMemberName("M")] Male,
}

public enum Sector
{
    [JsonStringEnumMemberName("general")] General,
    [JsonStringEnumMemberName("justice")] Justice,
}

public enum Outcome
{
    [JsonStringEnumMemberName("ELIGIBLE")] Eligible,
    [JsonStringEnumMemberName("NOT_ELIGIBLE")] NotEligible,
    [JsonStringEnumMemberName("SUSPENDED")] Suspended,
    [JsonStringEnumMemberName("INVALID")] Invalid,
}

/// <summary>The codes of unmet conditions (eligibility-cases.md, Output).</summary>
public enum UnmetCode
{
    [JsonStringEnumMemberName("RATING")] Rating,
    [JsonStringEnumMemberName("SERVICE_TOO_SHORT")] ServiceTooShort,
    [JsonStringEnumMemberName("LEAVE_TOO_LONG")] LeaveTooLong,
    [JsonStringEnumMemberName("DISCIPLINED")] Disciplined,
    [JsonStringEnumMemberName("PENDING_CASE")] PendingCase,
    [JsonStringEnumMemberName("NOT_REGISTERED")] NotRegistered,
    [JsonStringEnumMemberName("MISSING_PREREQUISITE")] MissingPrerequisite,
    [JsonStringEnumMemberName("CONSECUTIVE_YEARS")] ConsecutiveYears,
    [JsonStringEnumMemberName("INITIATIVE")] Initiative,
    [JsonStringEnumMemberName("PRIOR_AWARD")] PriorAward,
    [JsonStringEnumMemberName("TOO_SOON")] TooSoon,
    [JsonStringEnumMemberName("COLLECTIVE_RATING")] CollectiveRating,
    [JsonStringEnumMemberName("COLLECTIVE_COMPLETION")] CollectiveCompletion,
    [JsonStringEnumMemberName("COLLECTIVE_LDTT_SHARE")] CollectiveLdttShare,
    [JsonStringEnumMemberName("COLLECTIVE_CSTDCS")] CollectiveCstdcs,
    [JsonStringEnumMemberName("COLLECTIVE_DISCIPLINE")] CollectiveDiscipline,
    [JsonStringEnumMemberName("CLUSTER_LEADER")] ClusterLeader,
    [JsonStringEnumMemberName("QUOTA")] Quota,
}

/// <summary>Whether counting for a form starts after the previous award's period or its decision's year (rules.md §4).</summary>
public enum CountingStart
{
    [JsonStringEnumMemberName("PERIOD")] Period,
    [JsonStringEnumMemberName("DECISION_DATE")] DecisionDate,
}

/// <summary>How CSTDCS combines the yearly rating and an initiative.</summary>
public enum CstdcsRoute
{
    /// <summary>LDTT and a recognised initiative (Decree 65/2014 Art 4; Decree 91/2017).</summary>
    [JsonStringEnumMemberName("INITIATIVE_REQUIRED")] InitiativeRequired,

    /// <summary>LDTT and (HTXS or a recognised initiative) (Law 06/2022 Art 23).</summary>
    [JsonStringEnumMemberName("EXCELLENT_OR_INITIATIVE")] ExcellentOrInitiative,
}

public enum ShareComparison
{
    /// <summary>Strictly more than the percentage ("trên 50 %").</summary>
    [JsonStringEnumMemberName("MORE_THAN")] MoreThan,

    /// <summary>The percentage or more ("từ 70 % trở lên").</summary>
    [JsonStringEnumMemberName("AT_LEAST")] AtLeast,
}

/// <summary>Conversions between the enums and the stable codes of files, exports and the API, without reflection.</summary>
public static class Codes
{
    public static string Of(AwardCode value) => value switch
    {
        AwardCode.Ldtt => "LDTT",
        AwardCode.Cstdcs => "CSTDCS",
        AwardCode.Cstdbo => "CSTDBO",
        AwardCode.Cstdtq => "CSTDTQ",
        AwardCode.Ttldtt => "TTLDTT",
        AwardCode.Ttldxs => "TTLDXS",
        AwardCode.Ctdbo => "CTDBO",
        AwardCode.Ctdcp => "CTDCP",
        AwardCode.Gk => "GK",
        AwardCode.Bkbo => "BKBO",
        AwardCode.Bkttg => "BKTTG",
        AwardCode.Hcld3 => "HCLD3",
        AwardCode.Hcld2 => "HCLD2",
        AwardCode.Hcld1 => "HCLD1",
        AwardCode.Knc => "KNC",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static bool TryParseAward(string code, out AwardCode value)
    {
        (var ok, value) = code switch
        {
            "LDTT" => (true, AwardCode.Ldtt),
            "CSTDCS" => (true, AwardCode.Cstdcs),
            "CSTDBO" => (true, AwardCode.Cstdbo),
            "CSTDTQ" => (true, AwardCode.Cstdtq),
            "TTLDTT" => (true, AwardCode.Ttldtt),
            "TTLDXS" => (true, AwardCode.Ttldxs),
            "CTDBO" => (true, AwardCode.Ctdbo),
            "CTDCP" => (true, AwardCode.Ctdcp),
            "GK" => (true, AwardCode.Gk),
            "BKBO" => (true, AwardCode.Bkbo),
            "BKTTG" => (true, AwardCode.Bkttg),
            "HCLD3" => (true, AwardCode.Hcld3),
            "HCLD2" => (true, AwardCode.Hcld2),
            "HCLD1" => (true, AwardCode.Hcld1),
            "KNC" => (true, AwardCode.Knc),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(Rating value) => value switch
    {
        Rating.Htxs => "HTXS",
        Rating.Htt => "HTT",
        Rating.Ht => "HT",
        Rating.Kht => "KHT",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static bool TryParseRating(string code, out Rating value)
    {
        (var ok, value) = code switch
        {
            "HTXS" => (true, Rating.Htxs),
            "HTT" => (true, Rating.Htt),
            "HT" => (true, Rating.Ht),
            "KHT" => (true, Rating.Kht),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(InitiativeScope value) => value switch
    {
        InitiativeScope.CoSo => "CO_SO",
        InitiativeScope.Bo => "BO",
        InitiativeScope.ToanQuoc => "TOAN_QUOC",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static bool TryParseScope(string code, out InitiativeScope value)
    {
        (var ok, value) = code switch
        {
            "CO_SO" => (true, InitiativeScope.CoSo),
            "BO" => (true, InitiativeScope.Bo),
            "TOAN_QUOC" => (true, InitiativeScope.ToanQuoc),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(DisciplineLevel value) => value switch
    {
        DisciplineLevel.KhienTrach => "KHIEN_TRACH",
        DisciplineLevel.CanhCao => "CANH_CAO",
        DisciplineLevel.HaBacLuong => "HA_BAC_LUONG",
        DisciplineLevel.GiangChuc => "GIANG_CHUC",
        DisciplineLevel.CachChuc => "CACH_CHUC",
        DisciplineLevel.BuocThoiViec => "BUOC_THOI_VIEC",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static bool TryParseDiscipline(string code, out DisciplineLevel value)
    {
        (var ok, value) = code switch
        {
            "KHIEN_TRACH" => (true, DisciplineLevel.KhienTrach),
            "CANH_CAO" => (true, DisciplineLevel.CanhCao),
            "HA_BAC_LUONG" => (true, DisciplineLevel.HaBacLuong),
            "GIANG_CHUC" => (true, DisciplineLevel.GiangChuc),
            "CACH_CHUC" => (true, DisciplineLevel.CachChuc),
            "BUOC_THOI_VIEC" => (true, DisciplineLevel.BuocThoiViec),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(LeaveReason value) => value switch
    {
        LeaveReason.Maternity => "MATERNITY",
        LeaveReason.Illness => "ILLNESS",
        LeaveReason.WorkInjury => "WORK_INJURY",
        LeaveReason.Training => "TRAINING",
        LeaveReason.Other => "OTHER",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static bool TryParseLeaveReason(string code, out LeaveReason value)
    {
        (var ok, value) = code switch
        {
            "MATERNITY" => (true, LeaveReason.Maternity),
            "ILLNESS" => (true, LeaveReason.Illness),
            "WORK_INJURY" => (true, LeaveReason.WorkInjury),
            "TRAINING" => (true, LeaveReason.Training),
            "OTHER" => (true, LeaveReason.Other),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(AwardKind value) => value switch
    {
        AwardKind.CongTrang => "CONG_TRANG",
        AwardKind.DotXuat => "DOT_XUAT",
        AwardKind.ChuyenDe => "CHUYEN_DE",
        AwardKind.CongHien => "CONG_HIEN",
        AwardKind.NienHan => "NIEN_HAN",
        AwardKind.DoiNgoai => "DOI_NGOAI",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static bool TryParseAwardKind(string code, out AwardKind value)
    {
        (var ok, value) = code switch
        {
            "CONG_TRANG" => (true, AwardKind.CongTrang),
            "DOT_XUAT" => (true, AwardKind.DotXuat),
            "CHUYEN_DE" => (true, AwardKind.ChuyenDe),
            "CONG_HIEN" => (true, AwardKind.CongHien),
            "NIEN_HAN" => (true, AwardKind.NienHan),
            "DOI_NGOAI" => (true, AwardKind.DoiNgoai),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(PendingKind value) => value switch
    {
        PendingKind.Discipline => "DISCIPLINE",
        PendingKind.Investigation => "INVESTIGATION",
        PendingKind.Complaint => "COMPLAINT",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static bool TryParsePending(string code, out PendingKind value)
    {
        (var ok, value) = code switch
        {
            "DISCIPLINE" => (true, PendingKind.Discipline),
            "INVESTIGATION" => (true, PendingKind.Investigation),
            "COMPLAINT" => (true, PendingKind.Complaint),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(Gender value) => value == Gender.Female ? "F" : "M";

    public static bool TryParseGender(string code, out Gender value)
    {
        (var ok, value) = code switch
        {
            "F" => (true, Gender.Female),
            "M" => (true, Gender.Male),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(Sector value) => value == Sector.Justice ? "justice" : "general";

    public static bool TryParseSector(string code, out Sector value)
    {
        (var ok, value) = code switch
        {
            "general" => (true, Sector.General),
            "justice" => (true, Sector.Justice),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(Outcome value) => value switch
    {
        Outcome.Eligible => "ELIGIBLE",
        Outcome.NotEligible => "NOT_ELIGIBLE",
        Outcome.Suspended => "SUSPENDED",
        Outcome.Invalid => "INVALID",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static bool TryParseOutcome(string code, out Outcome value)
    {
        (var ok, value) = code switch
        {
            "ELIGIBLE" => (true, Outcome.Eligible),
            "NOT_ELIGIBLE" => (true, Outcome.NotEligible),
            "SUSPENDED" => (true, Outcome.Suspended),
            "INVALID" => (true, Outcome.Invalid),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(UnmetCode value) => value switch
    {
        UnmetCode.Rating => "RATING",
        UnmetCode.ServiceTooShort => "SERVICE_TOO_SHORT",
        UnmetCode.LeaveTooLong => "LEAVE_TOO_LONG",
        UnmetCode.Disciplined => "DISCIPLINED",
        UnmetCode.PendingCase => "PENDING_CASE",
        UnmetCode.NotRegistered => "NOT_REGISTERED",
        UnmetCode.MissingPrerequisite => "MISSING_PREREQUISITE",
        UnmetCode.ConsecutiveYears => "CONSECUTIVE_YEARS",
        UnmetCode.Initiative => "INITIATIVE",
        UnmetCode.PriorAward => "PRIOR_AWARD",
        UnmetCode.TooSoon => "TOO_SOON",
        UnmetCode.CollectiveRating => "COLLECTIVE_RATING",
        UnmetCode.CollectiveCompletion => "COLLECTIVE_COMPLETION",
        UnmetCode.CollectiveLdttShare => "COLLECTIVE_LDTT_SHARE",
        UnmetCode.CollectiveCstdcs => "COLLECTIVE_CSTDCS",
        UnmetCode.CollectiveDiscipline => "COLLECTIVE_DISCIPLINE",
        UnmetCode.ClusterLeader => "CLUSTER_LEADER",
        UnmetCode.Quota => "QUOTA",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static bool TryParseUnmet(string code, out UnmetCode value)
    {
        foreach (var candidate in Enum.GetValues<UnmetCode>())
        {
            if (string.Equals(Of(candidate), code, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
