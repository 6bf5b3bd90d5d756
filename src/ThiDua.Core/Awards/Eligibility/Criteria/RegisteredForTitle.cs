using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// Justice sector: a title is considered only if registered for it at the start of the year, a registration covering
/// the titles it requires (Thông tư 14/2015/TT-BTP, 05/2018/TT-BTP, 11/2023/TT-BTP; rules.md §5).
/// </summary>
public sealed class RegisteredForTitle(AwardCode title, Param<bool> rule) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        string message;
        var met = true;
        if (context.Case.Sector != Sector.Justice || !rule.Value)
        {
            message = "Không bắt buộc đăng ký thi đua (chỉ áp dụng cho ngành Tư pháp)";
        }
        else if (RegistrationCoverage.FindCovering(context.Registered, title) is { } registered)
        {
            message = registered == title
                ? string.Create(VietnameseText.Culture, $"Đã đăng ký thi đua danh hiệu {VietnameseText.Abbreviation(title)} năm {context.Year}")
                : string.Create(VietnameseText.Culture, $"Đã đăng ký thi đua danh hiệu {VietnameseText.Abbreviation(registered)} năm {context.Year}, bao gồm {VietnameseText.Abbreviation(title)}");
        }
        else
        {
            met = false;
            var list = new string[context.Registered.Count];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = VietnameseText.Abbreviation(context.Registered[i]);
            }

            message = string.Create(VietnameseText.Culture,
                $"Không đăng ký thi đua danh hiệu {VietnameseText.Name(title)} năm {context.Year} (đã đăng ký: {(list.Length == 0 ? "không có" : string.Join(", ", list))}); ngành Tư pháp chỉ xét danh hiệu đã đăng ký từ đầu năm");
        }

        return CriterionResult.Of(nameof(RegisteredForTitle), UnmetCode.NotRegistered, met, message, rule.Citation, rule.Checked);
    }
}

/// <summary>Which registrations cover a title: a title covers the titles it requires (rules.md §5).</summary>
public static class RegistrationCoverage
{
    public static bool Covers(AwardCode registered, AwardCode title) => title switch
    {
        AwardCode.Ldtt => registered is AwardCode.Ldtt or AwardCode.Cstdcs or AwardCode.Cstdbo or AwardCode.Cstdtq,
        AwardCode.Cstdcs => registered is AwardCode.Cstdcs or AwardCode.Cstdbo or AwardCode.Cstdtq,
        AwardCode.Cstdbo => registered is AwardCode.Cstdbo or AwardCode.Cstdtq,
        AwardCode.Ttldtt => registered is AwardCode.Ttldtt or AwardCode.Ttldxs or AwardCode.Ctdbo or AwardCode.Ctdcp,
        AwardCode.Ttldxs => registered is AwardCode.Ttldxs or AwardCode.Ctdbo or AwardCode.Ctdcp,
        AwardCode.Ctdbo => registered is AwardCode.Ctdbo or AwardCode.Ctdcp,
        _ => registered == title,
    };

    /// <summary>The registered title that covers <paramref name="title"/>, preferring the title itself; null if none.</summary>
    public static AwardCode? FindCovering(IReadOnlyList<AwardCode> registered, AwardCode title)
    {
        AwardCode? found = null;
        for (var i = 0; i < registered.Count; i++)
        {
            var r = registered[i];
            if (r == title)
            {
                return r;
            }

            if (found is null && Covers(r, title))
            {
                found = r;
            }
        }

        return found;
    }
}
