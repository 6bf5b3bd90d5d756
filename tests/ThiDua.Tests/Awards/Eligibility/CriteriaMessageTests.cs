using System.Text;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Cases;

namespace ThiDua.Tests.Awards.Eligibility;

/// <summary>Each criterion says, in Vietnamese with its diacritics, what it found and which article it applies.</summary>
public sealed class CriteriaMessageTests
{
    private static readonly DateOnly AsOf2024 = new(2025, 1, 15);
    private static readonly DateOnly AsOf2014 = new(2016, 1, 20);

    [Fact]
    public void RatingAtLeast_names_the_rating_and_what_is_needed()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Ldtt, AsOf2024, 2024, [Build.Year(2024, Rating.Ht)]));
        var entry = Build.Entry(result, "RatingAtLeast");
        Assert.False(entry.Met);
        Assert.Equal("Xếp loại năm 2024 là HT, cần HTT hoặc HTXS", entry.Message);
        Assert.Equal("Điều 24 Luật Thi đua, khen thưởng 2022", entry.Citation);
        Assert.Equal(UnmetCode.Rating, entry.Code);
    }

    [Fact]
    public void RatingAtLeast_explains_a_missing_rating()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Ldtt, AsOf2024, 2024, [Build.Year(2024, null)]));
        Assert.Equal("Năm 2024 chưa được đánh giá, xếp loại; cần HTT hoặc HTXS", Build.Entry(result, "RatingAtLeast").Message);
    }

    [Fact]
    public void MinimumService_gives_the_dates_and_the_day_the_months_complete()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Ldtt, AsOf2024, 2024, [Build.Year(2024, Rating.Htt)], recruitedOn: new DateOnly(2024, 7, 2)));
        var entry = Build.Entry(result, "MinimumService");
        Assert.False(entry.Met);
        Assert.Equal("Tuyển dụng ngày 02/07/2024: đến hết ngày 31/12/2024 chưa đủ 6 tháng công tác (đủ 6 tháng vào ngày 01/01/2025)", entry.Message);
        Assert.Equal("Thông tư 01/2024/TT-BNV (giữ nguyên tại Thông tư 15/2025/TT-BNV)", entry.Citation);
    }

    [Fact]
    public void MinimumService_is_met_on_the_exact_day()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Ldtt, AsOf2024, 2024, [Build.Year(2024, Rating.Htt)], recruitedOn: new DateOnly(2024, 7, 1)));
        var entry = Build.Entry(result, "MinimumService");
        Assert.True(entry.Met);
        Assert.Equal("Tuyển dụng ngày 01/07/2024: đủ 6 tháng công tác tính đến hết ngày 31/12/2024", entry.Message);
    }

    [Theory]
    [InlineData(39, LeaveReason.Other, true, "Nghỉ 39 ngày làm việc trong năm 2015 (lý do khác), dưới 40 ngày")]
    [InlineData(40, LeaveReason.Other, false, "Nghỉ 40 ngày làm việc trong năm 2015 (lý do khác): từ 40 ngày trở lên thì không được xét")]
    [InlineData(120, LeaveReason.Maternity, true, "Nghỉ 120 ngày làm việc vì nghỉ thai sản: không tính vào giới hạn 40 ngày")]
    [InlineData(45, LeaveReason.WorkInjury, true, "Nghỉ 45 ngày làm việc vì điều trị tai nạn lao động: không tính vào giới hạn 40 ngày")]
    public void LeaveUnderLimit_counts_only_other_leave(int days, LeaveReason reason, bool met, string message)
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Ldtt, AsOf2014, 2015, [Build.Year(2015, Rating.Htt, leave: days, reason: reason)]));
        var entry = Build.Entry(result, "LeaveUnderLimit");
        Assert.Equal(met, entry.Met);
        Assert.Equal(message, entry.Message);
        Assert.Equal("Điều 5 Nghị định 65/2014/NĐ-CP", entry.Citation);
    }

    [Fact]
    public void LeaveUnderLimit_is_not_part_of_ldtt_after_2014()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Ldtt, AsOf2024, 2024, [Build.Year(2024, Rating.Htt, leave: 80, reason: LeaveReason.Other)]));
        Assert.DoesNotContain(result.Trace, t => t.Criterion == "LeaveUnderLimit");
        Assert.Equal(Outcome.Eligible, result.Outcome);
    }

    [Fact]
    public void NoExcludingDiscipline_names_the_level_dates_and_year()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Ldtt, AsOf2024, 2024, [Build.Year(2024, Rating.Htt)],
            discipline: [new DisciplineRecord(DisciplineLevel.KhienTrach, new DateOnly(2023, 7, 1), new DateOnly(2024, 1, 1))]));
        var entry = Build.Entry(result, "NoExcludingDiscipline");
        Assert.False(entry.Met);
        Assert.Equal("Bị kỷ luật khiển trách (quyết định ngày 01/07/2023, đến ngày 01/01/2024), có hiệu lực trong năm 2024 (01/01/2024–31/12/2024)", entry.Message);
        Assert.False(entry.Checked);
    }

    [Fact]
    public void ExcellentOrInitiative_reports_both_failed_parts()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Cstdcs, AsOf2024, 2024, [Build.Year(2024, Rating.Htt)]));
        var entry = Build.Entry(result, "ExcellentOrInitiative");
        Assert.Equal("Năm 2024 không đạt HTXS và chưa có sáng kiến được công nhận: cần một trong hai", entry.Message);
        Assert.Equal("Điều 23 Luật Thi đua, khen thưởng 2022", entry.Citation);
        Assert.Contains(result.Unmet, u => u is { Code: UnmetCode.Rating, Message: "Xếp loại năm 2024 là HTT, cần HTXS" });
        Assert.Contains(result.Unmet, u => u is { Code: UnmetCode.Initiative, Message: "Chưa có sáng kiến được công nhận trong năm 2024" });
    }

    [Fact]
    public void HasInitiativeInYear_cites_decree_65_under_regime_2014()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Cstdcs, AsOf2014, 2015, [Build.Year(2015, Rating.Htxs)]));
        var entry = Build.Entry(result, "HasInitiativeInYear");
        Assert.Equal("Điều 23 Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2013); Điều 4 Nghị định 65/2014/NĐ-CP", entry.Citation);
    }

    [Fact]
    public void PrerequisiteTitle_lists_its_own_unmet_codes()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Cstdcs, AsOf2024, 2024, [Build.Year(2024, Rating.Ht, initiatives: [new("SK-1", InitiativeScope.CoSo)])]));
        var prerequisite = result.Unmet.First(u => u.Code == UnmetCode.MissingPrerequisite);
        Assert.Equal("Chưa đạt danh hiệu Lao động tiên tiến năm 2024, là điều kiện để xét Chiến sĩ thi đua cơ sở", prerequisite.Message);
        Assert.Contains(result.Unmet, u => u.Code == UnmetCode.Rating);
    }

    [Fact]
    public void NoPendingCase_names_what_is_pending()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Ldtt, AsOf2024, 2024, [Build.Year(2024, Rating.Htxs)], pending: [PendingKind.Investigation]));
        var entry = Build.Entry(result, "NoPendingCase");
        Assert.Equal("Tạm hoãn xét khen thưởng: đang bị điều tra, thanh tra, kiểm tra có dấu hiệu vi phạm", entry.Message);
        Assert.Equal("Điều 4 Nghị định 98/2023/NĐ-CP", entry.Citation);
        Assert.Equal(Outcome.Suspended, result.Outcome);
    }

    [Fact]
    public void RegisteredForTitle_lists_what_was_registered()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Cstdcs, AsOf2024, 2024, [Build.Year(2024, Rating.Htxs)], Sector.Justice, registered: [AwardCode.Ldtt]));
        var entry = Build.Entry(result, "RegisteredForTitle");
        Assert.Equal("Không đăng ký thi đua danh hiệu Chiến sĩ thi đua cơ sở năm 2024 (đã đăng ký: LĐTT); ngành Tư pháp chỉ xét danh hiệu đã đăng ký từ đầu năm", entry.Message);
        Assert.Equal("Thông tư 11/2023/TT-BTP", entry.Citation);
    }

    [Theory]
    [InlineData("2019-01-20", 2018, 10, "10/20 thành viên (50 %) đạt danh hiệu LĐTT, cần trên 50 %", "Điều 28 Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2013)")]
    [InlineData("2025-01-15", 2024, 13, "13/20 thành viên (65 %) đạt danh hiệu LĐTT, cần từ 70 % trở lên", "Điều 28 Luật Thi đua, khen thưởng 2022")]
    public void CollectiveLdttShare_states_the_share_and_the_threshold(string asOf, int year, int ldtt, string message, string citation)
    {
        var @case = Build.Collective(AwardCode.Ttldtt, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), year, Rating.Htt, 20, 20, ldtt, 0);
        var entry = Build.Entry(EligibilityEngine.Evaluate(@case), "CollectiveLdttShare");
        Assert.False(entry.Met);
        Assert.Equal(message, entry.Message);
        Assert.Equal(citation, entry.Citation);
    }

    [Fact]
    public void Shares_with_a_fraction_use_the_vietnamese_decimal_comma()
    {
        var entry = Build.Entry(EligibilityEngine.Evaluate(Build.Collective(AwardCode.Ttldxs, AsOf2024, 2024, Rating.Htxs, 3, 3, 2, 1)), "CollectiveLdttShare");
        Assert.Equal("2/3 thành viên (66,7 %) đạt danh hiệu LĐTT, cần từ 70 % trở lên", entry.Message);
    }

    [Fact]
    public void Collective_criteria_speak_vietnamese()
    {
        var result = EligibilityEngine.Evaluate(Build.Collective(AwardCode.Ttldxs, new DateOnly(2019, 1, 20), 2018, Rating.Htt, 20, 19, 16, 0, disciplined: 2));
        Assert.Equal("Tập thể xếp loại HTT năm 2018, cần HTXS", Build.Entry(result, "CollectiveRating").Message);
        Assert.Equal("19/20 thành viên hoàn thành nhiệm vụ trở lên (95 %), cần 100 %", Build.Entry(result, "CollectiveCompletion").Message);
        Assert.Equal("Không có thành viên đạt danh hiệu CSTĐCS, cần ít nhất 1", Build.Entry(result, "CollectiveHasCstdcs").Message);
        Assert.Equal("Có 2 thành viên bị kỷ luật từ cảnh cáo trở lên trong năm 2018", Build.Entry(result, "CollectiveNoHeavyDiscipline").Message);
        Assert.Equal("Điều 27 Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2013)", Build.Entry(result, "CollectiveNoHeavyDiscipline").Citation);
    }

    [Fact]
    public void LeadsCluster_cites_the_flag_articles()
    {
        var result = EligibilityEngine.Evaluate(Build.Collective(AwardCode.Ctdbo, AsOf2024, 2024, Rating.Htxs, 20, 20, 18, 2));
        var entry = Build.Entry(result, "LeadsCluster");
        Assert.Equal("Tập thể không dẫn đầu cụm, khối thi đua năm 2024", entry.Message);
        Assert.Equal("Điều 26 Luật Thi đua, khen thưởng 2022; Thông tư 11/2023/TT-BTP", entry.Citation);
    }

    [Fact]
    public void Council_conditions_are_listed_for_the_council_and_count_as_met()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Ldtt, AsOf2024, 2024, [Build.Year(2024, Rating.Htt)]));
        var council = Build.Entry(result, "CouncilJudgement");
        Assert.True(council.Met);
        Assert.True(council.NeedsCouncil);
        Assert.EndsWith("cần Hội đồng xem xét", council.Message, StringComparison.Ordinal);
        Assert.Equal(Outcome.Eligible, result.Outcome);
    }

    [Fact]
    public void Cstdbo_council_vote_states_ninety_percent_of_all_members()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Cstdbo, AsOf2024, 2024,
        [
            Build.Year(2022, Rating.Htxs, [AwardCode.Ldtt, AwardCode.Cstdcs]),
            Build.Year(2023, Rating.Htxs, [AwardCode.Ldtt, AwardCode.Cstdcs], [new("SK-BO", InitiativeScope.Bo)]),
            Build.Year(2024, Rating.Htxs),
        ]));
        Assert.Equal(Outcome.Eligible, result.Outcome);
        Assert.Contains(result.Trace, t => t.NeedsCouncil && t.Message.Contains("bỏ phiếu kín, đạt từ 90 % tổng số thành viên Hội đồng", StringComparison.Ordinal));
    }

    [Fact]
    public void A_council_only_route_never_makes_a_form_eligible()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Bkbo, AsOf2024, 2024, [Build.Year(2024, Rating.Htt)]));
        Assert.Equal(Outcome.NotEligible, result.Outcome);
        var route = Build.Entry(result, "CouncilOnlyRoute");
        Assert.False(route.Met);
        Assert.Contains("không tự xác định đủ điều kiện", route.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Unmet, u => u.Message.Contains("Hội đồng", StringComparison.Ordinal));
    }

    [Fact]
    public void Form_messages_explain_the_counting_window()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Bkttg, AsOf2024, 2024,
            [Build.Year(2022, Rating.Htt), Build.Year(2023, Rating.Htt), Build.Year(2024, Rating.Htt)],
            awards: [new AwardRecord(AwardCode.Bkbo, AwardKind.CongTrang, new DateOnly(2022, 4, 10), 2020, 2021)]));
        var entry = Build.Entry(result, "CountingWindow");
        Assert.Equal("Tính từ năm 2022 (sau thời kỳ được khen: BKBO quyết định ngày 10/04/2022, thời kỳ 2020–2021): đến năm 2024 mới có 3 năm, cần 5 năm", entry.Message);
        Assert.Equal("Điều 30 Nghị định 98/2023/NĐ-CP", entry.Citation);
        Assert.Equal(UnmetCode.TooSoon, entry.Code);
    }

    [Fact]
    public void Every_trace_entry_has_a_message_and_a_citation_in_proper_unicode()
    {
        foreach (var file in CaseFiles.OwnFiles().Concat(CaseFiles.PublicFiles()))
        {
            foreach (var check in EligibilityBatch.Check(File.ReadAllText(file)))
            {
                foreach (var entry in check.Result.Trace)
                {
                    Assert.False(string.IsNullOrWhiteSpace(entry.Message), file);
                    Assert.False(string.IsNullOrWhiteSpace(entry.Citation), $"{file}: {entry.Criterion} has no citation");
                    Assert.True(entry.Message.IsNormalized(NormalizationForm.FormC), entry.Message);
                    Assert.DoesNotContain("Ã", entry.Message, StringComparison.Ordinal);
                    Assert.DoesNotContain("\uFFFD", entry.Message, StringComparison.Ordinal);
                }
            }
        }
    }
}
