using System.Text.Json;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Cases;
using ThiDua.Core.Awards.Eligibility.Output;

namespace ThiDua.Tests.Awards.Eligibility;

public sealed class OutputAndExpectationTests
{
    private static string PublicCase(string name) => File.ReadAllText(Path.Combine(CaseFiles.PublicFolder(), name + ".json"));

    [Fact]
    public void Judged_results_have_the_output_shape_without_errors()
    {
        var json = EligibilityBatch.CheckToJson(PublicCase("ldtt-2024-pending-and-low-rating"));
        using var doc = JsonDocument.Parse(json);
        var result = Assert.Single(doc.RootElement.EnumerateArray().ToList());
        Assert.Equal(["id", "regime", "outcome", "unmet", "trace"], result.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ldtt-2024-pending-and-low-rating", result.GetProperty("id").GetString());
        Assert.Equal("2024", result.GetProperty("regime").GetString());
        Assert.Equal("SUSPENDED", result.GetProperty("outcome").GetString());
        var codes = result.GetProperty("unmet").EnumerateArray().Select(u => u.GetProperty("code").GetString()).ToList();
        Assert.Contains("PENDING_CASE", codes);
        Assert.Contains("RATING", codes);
        Assert.All(result.GetProperty("unmet").EnumerateArray(), u =>
            Assert.Equal(["code", "message", "citation"], u.EnumerateObject().Select(p => p.Name)));
        var trace = result.GetProperty("trace").EnumerateArray().ToList();
        Assert.Contains(trace, t => t.GetProperty("criterion").GetString() == "MinimumService" && t.GetProperty("met").GetBoolean());
        Assert.Contains("Xếp loại năm 2024 là HT, cần HTT hoặc HTXS", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_results_carry_errors_and_empty_unmet()
    {
        using var doc = JsonDocument.Parse(EligibilityBatch.CheckToJson(PublicCase("invalid-asof-2013")));
        var result = doc.RootElement[0];
        Assert.Equal("INVALID", result.GetProperty("outcome").GetString());
        Assert.Equal(0, result.GetProperty("unmet").GetArrayLength());
        var error = result.GetProperty("errors")[0];
        Assert.Equal("asOf", error.GetProperty("field").GetString());
        Assert.Contains("20/08/2014", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Results_keep_input_order_across_sources()
    {
        var checks = EligibilityBatch.Check(
        [
            new CaseSource("a.json", PublicCase("ldtt-2024-good")),
            new CaseSource("b.json", PublicCase("invalid-asof-2013")),
            new CaseSource("c.json", PublicCase("ttldxs-2024-low-ldtt")),
        ]);
        using var doc = JsonDocument.Parse(EligibilityBatch.ToJson(checks, indented: false));
        Assert.Equal(["ldtt-2024-good", "invalid-asof-2013", "ttldxs-2024-low-ldtt"], doc.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["a.json", "b.json", "c.json"], checks.Select(c => c.Source));
    }

    [Fact]
    public void A_single_result_serializes_as_an_object()
    {
        var result = EligibilityEngine.Evaluate(Build.Person(AwardCode.Ldtt, new DateOnly(2025, 1, 15), 2024, [Build.Year(2024, Rating.Htt)]));
        using var doc = JsonDocument.Parse(EligibilityJson.Serialize(result, indented: false));
        Assert.Equal("ELIGIBLE", doc.RootElement.GetProperty("outcome").GetString());
        Assert.False(doc.RootElement.TryGetProperty("errors", out _));
    }

    [Fact]
    public void Expectations_agree_when_outcome_matches_and_codes_are_a_subset()
    {
        var result = EligibilityBatch.Check(PublicCase("ldtt-2024-pending-and-low-rating")).Single().Result;
        Assert.Null(EligibilityBatch.Compare(new ExpectedResult(Outcome.Suspended, ["PENDING_CASE"]), result));
        Assert.Null(EligibilityBatch.Compare(new ExpectedResult(Outcome.Suspended, []), result));
    }

    [Fact]
    public void Expectations_disagree_on_outcome_or_a_missing_code()
    {
        var result = EligibilityBatch.Check(PublicCase("ldtt-2024-pending-and-low-rating")).Single().Result;
        var wrongOutcome = EligibilityBatch.Compare(new ExpectedResult(Outcome.NotEligible, ["RATING"]), result);
        Assert.NotNull(wrongOutcome);
        Assert.Equal(Outcome.Suspended, wrongOutcome!.ActualOutcome);
        var missing = EligibilityBatch.Compare(new ExpectedResult(Outcome.Suspended, ["PENDING_CASE", "INITIATIVE"]), result);
        Assert.Equal(["INITIATIVE"], missing!.MissingCodes);
        Assert.Contains("thiếu mã INITIATIVE", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_expectation_in_a_case_file_is_reported()
    {
        var text = PublicCase("cstdcs-2024-excellent-no-initiative")
            .Replace("\"outcome\": \"ELIGIBLE\"", "\"outcome\": \"NOT_ELIGIBLE\"", StringComparison.Ordinal)
            .Replace("\"unmet\": []", "\"unmet\": [\"INITIATIVE\"]", StringComparison.Ordinal);
        var mismatches = EligibilityBatch.CompareWithExpectations(EligibilityBatch.Check(text, source: "x.json"));
        var mismatch = Assert.Single(mismatches);
        Assert.Equal("x.json", mismatch.Source);
        Assert.Equal(Outcome.NotEligible, mismatch.ExpectedOutcome);
        Assert.Equal(Outcome.Eligible, mismatch.ActualOutcome);
    }

    [Fact]
    public void A_malformed_expectation_is_a_disagreement_and_no_expectation_is_not()
    {
        var malformed = PublicCase("ldtt-2024-good").Replace("\"outcome\": \"ELIGIBLE\"", "\"outcome\": \"YES\"", StringComparison.Ordinal);
        Assert.Single(EligibilityBatch.CompareWithExpectations(EligibilityBatch.Check(malformed)));
        var start = PublicCase("ldtt-2024-good").IndexOf("\"expect\"", StringComparison.Ordinal);
        var withoutExpect = PublicCase("ldtt-2024-good")[..start].TrimEnd().TrimEnd(',') + "}";
        var checks = EligibilityBatch.Check(withoutExpect);
        Assert.Equal(Outcome.Eligible, checks.Single().Result.Outcome);
        Assert.Empty(EligibilityBatch.CompareWithExpectations(checks));
    }
}
