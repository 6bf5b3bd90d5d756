using ThiDua.Core.Awards.Eligibility;

namespace ThiDua.Tests.Awards.Eligibility;

/// <summary>Bad input gives INVALID with the exact field path, in Vietnamese; other cases of a batch are still judged.</summary>
public sealed class CaseFileParserTests
{
    private const string Valid = """
        {
          "id": "valid", "asOf": "2025-01-15", "sector": "justice", "year": 2024, "target": "LDTT",
          "person": {
            "recruitedOn": "2010-09-01", "isLeader": false, "gender": "M", "registered": ["LDTT"],
            "years": [ { "year": 2024, "rating": "HTT", "titles": [], "initiatives": [], "leaveWorkingDays": 0, "leaveReason": null } ],
            "awards": [], "discipline": [], "pending": []
          }
        }
        """;

    private static EligibilityResult Judge(string json) => EligibilityBatch.Check(json).Single().Result;

    private static void AssertInvalid(string json, string field)
    {
        var result = Judge(json);
        Assert.Equal(Outcome.Invalid, result.Outcome);
        Assert.Empty(result.Unmet);
        Assert.Contains(result.Errors, e => e.Field == field);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Valid, StringComparison.Ordinal);
        return Valid.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void The_valid_base_case_is_eligible() => Assert.Equal(Outcome.Eligible, Judge(Valid).Outcome);

    [Theory]
    [InlineData("\"asOf\": \"2025-01-15\"", "\"asOf\": \"2024-02-31\"", "asOf")]
    [InlineData("\"asOf\": \"2025-01-15\"", "\"asOf\": \"15/01/2025\"", "asOf")]
    [InlineData("\"asOf\": \"2025-01-15\"", "\"asOf\": \"2013-12-01\"", "asOf")]
    [InlineData("\"asOf\": \"2025-01-15\", ", "", "asOf")]
    [InlineData("\"id\": \"valid\", ", "", "id")]
    [InlineData("\"year\": 2024,", "\"year\": \"2024\",", "year")]
    [InlineData("\"year\": 2024,", "\"year\": 2024.5,", "year")]
    [InlineData("\"target\": \"LDTT\"", "\"target\": \"GK\"", "target")]
    [InlineData("\"target\": \"LDTT\"", "\"target\": \"KNC\"", "target")]
    [InlineData("\"target\": \"LDTT\"", "\"target\": \"TTLDTT\"", "target")]
    [InlineData("\"target\": \"LDTT\"", "\"target\": \"ldtt\"", "target")]
    [InlineData("\"sector\": \"justice\"", "\"sector\": \"health\"", "sector")]
    [InlineData("\"sector\": \"justice\"", "\"regime\": \"2099\", \"sector\": \"justice\"", "regime")]
    [InlineData("\"rating\": \"HTT\"", "\"rating\": \"EXCELLENT\"", "person.years[0].rating")]
    [InlineData("\"rating\": \"HTT\", ", "", "person.years[0].rating")]
    [InlineData("\"titles\": []", "\"titles\": [\"LDTT\"]", "person.years[0].titles")]
    [InlineData("\"titles\": []", "\"titles\": [\"BKBO\"]", "person.years[0].titles[0]")]
    [InlineData("\"leaveWorkingDays\": 0", "\"leaveWorkingDays\": 10", "person.years[0].leaveReason")]
    [InlineData("\"leaveWorkingDays\": 0", "\"leaveWorkingDays\": -3", "person.years[0].leaveWorkingDays")]
    [InlineData("\"leaveReason\": null", "\"leaveReason\": \"HOLIDAY\"", "person.years[0].leaveReason")]
    [InlineData("\"initiatives\": []", "\"initiatives\": [ { \"id\": \"SK-1\", \"scope\": \"TINH\" } ]", "person.years[0].initiatives[0].scope")]
    [InlineData("\"initiatives\": []", "\"initiatives\": [ { \"scope\": \"BO\" } ]", "person.years[0].initiatives[0].id")]
    [InlineData("\"year\": 2024, \"rating\"", "\"year\": 2023, \"rating\"", "person.years")]
    [InlineData("\"recruitedOn\": \"2010-09-01\", ", "", "person.recruitedOn")]
    [InlineData("\"isLeader\": false", "\"isLeader\": \"no\"", "person.isLeader")]
    [InlineData("\"gender\": \"M\"", "\"gender\": \"X\"", "person.gender")]
    [InlineData("\"registered\": [\"LDTT\"]", "\"registered\": [\"TTLDTT\"]", "person.registered[0]")]
    [InlineData("\"awards\": []", "\"awards\": [ { \"form\": \"BKBO\", \"kind\": \"THUONG\", \"decisionDate\": \"2020-01-01\", \"periodFrom\": null, \"periodTo\": null } ]", "person.awards[0].kind")]
    [InlineData("\"awards\": []", "\"awards\": [ { \"form\": \"BKBO\", \"kind\": \"CONG_TRANG\", \"decisionDate\": \"2020-01-01\", \"periodFrom\": 2019, \"periodTo\": 2018 } ]", "person.awards[0].periodTo")]
    [InlineData("\"awards\": []", "\"awards\": [ { \"form\": \"LDTT\", \"kind\": \"CONG_TRANG\", \"decisionDate\": \"2020-01-01\" } ]", "person.awards[0].form")]
    [InlineData("\"discipline\": []", "\"discipline\": [ { \"level\": \"NHAC_NHO\", \"decidedOn\": \"2024-01-01\", \"endsOn\": null } ]", "person.discipline[0].level")]
    [InlineData("\"discipline\": []", "\"discipline\": [ { \"level\": \"CANH_CAO\", \"decidedOn\": \"2024-05-01\", \"endsOn\": \"2024-04-01\" } ]", "person.discipline[0].endsOn")]
    [InlineData("\"pending\": []", "\"pending\": [\"RUMOUR\"]", "person.pending[0]")]
    [InlineData("\"pending\": []", "\"pending\": \"DISCIPLINE\"", "person.pending")]
    public void A_bad_field_is_named_exactly(string from, string to, string field) => AssertInvalid(Replace(from, to), field);

    [Fact]
    public void Two_entries_for_one_year_name_person_years()
    {
        var entry = "{ \"year\": 2024, \"rating\": \"HTT\", \"titles\": [], \"initiatives\": [], \"leaveWorkingDays\": 0, \"leaveReason\": null }";
        AssertInvalid(Replace(entry, entry + ", " + entry), "person.years");
    }

    [Fact]
    public void Both_subjects_or_neither_are_refused()
    {
        var collective = "\"collective\": { \"rating\": \"HTT\", \"members\": 1, \"membersCompleted\": 1, \"membersLdtt\": 1, \"membersCstdcs\": 0, \"membersDisciplinedCanhCaoOrHeavier\": 0, \"leadsCluster\": false, \"registered\": [], \"years\": [], \"awards\": [], \"pending\": [] }";
        AssertInvalid(Replace("\"person\": {", collective + ", \"person\": {"), "collective");
        var start = Valid.IndexOf("\"person\"", StringComparison.Ordinal);
        AssertInvalid(Valid[..start].TrimEnd().TrimEnd(',') + "}", "person");
    }

    [Theory]
    [InlineData("\"membersLdtt\": 15", "\"membersLdtt\": 25", "collective.membersLdtt")]
    [InlineData("\"members\": 20", "\"members\": 0", "collective.members")]
    [InlineData("\"target\": \"TTLDXS\"", "\"target\": \"LDTT\"", "target")]
    [InlineData("\"target\": \"TTLDXS\"", "\"target\": \"BKBO\"", "target")]
    [InlineData("\"titles\": []", "\"titles\": [\"TTLDXS\"]", "collective.years[0].titles")]
    [InlineData("\"leadsCluster\": false, ", "", "collective.leadsCluster")]
    public void Collective_fields_are_checked(string from, string to, string field)
    {
        const string collective = """
            { "id": "c", "asOf": "2025-01-15", "year": 2024, "target": "TTLDXS",
              "collective": { "rating": "HTXS", "members": 20, "membersCompleted": 20, "membersLdtt": 15, "membersCstdcs": 1,
                "membersDisciplinedCanhCaoOrHeavier": 0, "leadsCluster": false, "registered": [],
                "years": [ { "year": 2024, "rating": "HTXS", "titles": [] } ], "awards": [], "pending": [] } }
            """;
        Assert.Equal(Outcome.Eligible, Judge(collective).Outcome);
        Assert.Contains(from, collective, StringComparison.Ordinal);
        AssertInvalid(collective.Replace(from, to, StringComparison.Ordinal), field);
    }

    [Fact]
    public void Bad_json_is_one_invalid_result()
    {
        var results = EligibilityBatch.Check("{ \"id\": \"x\", ");
        var result = Assert.Single(results).Result;
        Assert.Equal(Outcome.Invalid, result.Outcome);
        Assert.Equal("$", result.Errors.Single().Field);
        Assert.StartsWith("Nội dung không phải JSON hợp lệ", result.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_an_object_is_invalid() =>
        Assert.Equal("$", Assert.Single(EligibilityBatch.Check("42")).Result.Errors.Single().Field);

    [Fact]
    public void Other_cases_of_a_batch_are_still_judged()
    {
        var bad = Valid.Replace("\"id\": \"valid\"", "\"id\": \"bad\"", StringComparison.Ordinal).Replace("2024-", "2024-", StringComparison.Ordinal)
            .Replace("\"rating\": \"HTT\"", "\"rating\": \"XYZ\"", StringComparison.Ordinal);
        var checks = EligibilityBatch.Check("[" + Valid + ", \"not a case\", " + bad + ", " + Valid + "]");
        Assert.Equal([Outcome.Eligible, Outcome.Invalid, Outcome.Invalid, Outcome.Eligible], checks.Select(c => c.Result.Outcome));
        Assert.Equal("[1]", checks[1].Result.Errors.Single().Field);
        Assert.Equal("bad", checks[2].Result.Id);
        Assert.Equal("body[2]", checks[2].Source);
    }

    [Fact]
    public void Missing_fields_are_all_reported_at_once()
    {
        var json = Valid.Replace("\"recruitedOn\": \"2010-09-01\", ", string.Empty, StringComparison.Ordinal)
            .Replace("\"gender\": \"M\", ", string.Empty, StringComparison.Ordinal);
        var result = Judge(json);
        Assert.Contains(result.Errors, e => e.Field == "person.recruitedOn" && e.Message == "Thiếu trường bắt buộc “recruitedOn”.");
        Assert.Contains(result.Errors, e => e.Field == "person.gender");
    }

    [Fact]
    public void Impossible_date_message_is_vietnamese()
    {
        var result = Judge(Replace("\"asOf\": \"2025-01-15\"", "\"asOf\": \"2024-02-31\""));
        Assert.Equal("Ngày “2024-02-31” không hợp lệ: cần dạng yyyy-MM-dd và là một ngày có thật.", result.Errors.Single().Message);
    }

    [Fact]
    public void Optional_fields_default_sensibly()
    {
        var json = Valid.Replace("\"sector\": \"justice\", ", string.Empty, StringComparison.Ordinal)
            .Replace("\"registered\": [\"LDTT\"]", "\"registered\": []", StringComparison.Ordinal);
        var parsed = ThiDua.Core.Awards.Eligibility.Cases.CaseFileParser.Parse(json).Single();
        Assert.NotNull(parsed.Case);
        Assert.Equal(Sector.General, parsed.Case!.Sector);
        Assert.Equal(new DateOnly(2024, 12, 31), parsed.Case.EffectiveYearEnd);
        Assert.Equal(Outcome.Eligible, Judge(json).Outcome);
    }

    [Fact]
    public void Programmatic_cases_are_validated_too()
    {
        var @case = Build.Person(AwardCode.Ldtt, new DateOnly(2025, 1, 15), 2024, [Build.Year(2024, Rating.Htt, [AwardCode.Ldtt])]);
        var result = EligibilityEngine.Evaluate(@case);
        Assert.Equal(Outcome.Invalid, result.Outcome);
        Assert.Equal("person.years[0].titles", result.Errors.Single().Field);
        Assert.Equal("2024", result.Regime);
    }
}
