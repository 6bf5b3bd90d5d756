using System.Globalization;
using ThiDua.Core.Awards.Eligibility.Cases;
using ThiDua.Core.Awards.Eligibility.Output;
using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility;

/// <summary>A case file's text and a name to report it by (a path for the CLI, "body" for the API).</summary>
public sealed record CaseSource(string Name, string Json);

/// <summary>One case of a batch: where it came from, how it was read, and its verdict.</summary>
public sealed record CaseCheck(string Source, ParsedCase Parsed, EligibilityResult Result);

/// <summary>A result that does not agree with its case's <c>expect</c> block.</summary>
public sealed record ExpectationMismatch(
    string Source,
    string? Id,
    Outcome? ExpectedOutcome,
    Outcome ActualOutcome,
    IReadOnlyList<string> MissingCodes,
    string Message);

/// <summary>
/// What the CLI (<c>thidua eligibility check PATH... [--expect]</c>) and the API (<c>POST /api/v1/eligibility/check</c>)
/// wrap: case documents in, results (and disagreements with <c>expect</c>) out. Reading files is the host's job.
/// </summary>
public static class EligibilityBatch
{
    /// <summary>Judges every case of one document (one object or an array), in order.</summary>
    public static IReadOnlyList<CaseCheck> Check(string json, RegimeCatalog? catalog = null, string source = "body") =>
        Check([new CaseSource(source, json)], catalog);

    /// <summary>Judges every case of every document, in order; a bad case never stops the others.</summary>
    public static IReadOnlyList<CaseCheck> Check(IEnumerable<CaseSource> sources, RegimeCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        catalog ??= RegimeCatalog.Default;
        var checks = new List<CaseCheck>();
        foreach (var source in sources)
        {
            var parsed = CaseFileParser.Parse(source.Json);
            for (var i = 0; i < parsed.Count; i++)
            {
                var name = parsed.Count == 1 ? source.Name : string.Create(CultureInfo.InvariantCulture, $"{source.Name}[{i}]");
                checks.Add(new CaseCheck(name, parsed[i], EligibilityEngine.Evaluate(parsed[i], catalog)));
            }
        }

        return checks;
    }

    /// <summary>The results of a batch as the JSON array of the Output section.</summary>
    public static string ToJson(IEnumerable<CaseCheck> checks, bool indented = true) =>
        EligibilityJson.Serialize(checks.Select(c => c.Result), indented);

    /// <summary>Judges a document and returns the results JSON (what the API answers).</summary>
    public static string CheckToJson(string json, RegimeCatalog? catalog = null, bool indented = true) =>
        ToJson(Check(json, catalog), indented);

    /// <summary>
    /// The disagreements with <c>expect</c>: a result agrees when its outcome equals the expected one and every expected
    /// unmet code appears. Cases without <c>expect</c> are not compared; a malformed <c>expect</c> is a disagreement.
    /// </summary>
    public static IReadOnlyList<ExpectationMismatch> CompareWithExpectations(IEnumerable<CaseCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var mismatches = new List<ExpectationMismatch>();
        foreach (var check in checks)
        {
            if (check.Parsed.ExpectError is { } error)
            {
                mismatches.Add(new ExpectationMismatch(check.Source, check.Result.Id, null, check.Result.Outcome, [], error));
                continue;
            }

            if (check.Parsed.Expect is { } expect && Compare(expect, check.Result) is { } mismatch)
            {
                mismatches.Add(mismatch with { Source = check.Source });
            }
        }

        return mismatches;
    }

    /// <summary>The disagreement of one result with an expectation, or null when they agree.</summary>
    public static ExpectationMismatch? Compare(ExpectedResult expect, EligibilityResult result)
    {
        ArgumentNullException.ThrowIfNull(expect);
        ArgumentNullException.ThrowIfNull(result);
        var missing = new List<string>();
        foreach (var code in expect.Unmet)
        {
            if (!result.Unmet.Any(u => string.Equals(Codes.Of(u.Code), code, StringComparison.Ordinal)))
            {
                missing.Add(code);
            }
        }

        if (expect.Outcome == result.Outcome && missing.Count == 0)
        {
            return null;
        }

        var actualCodes = result.Unmet.Count == 0 ? "không có" : string.Join(", ", result.Unmet.Select(u => Codes.Of(u.Code)).Distinct());
        var message = "Kỳ vọng " + Codes.Of(expect.Outcome) + ", kết quả " + Codes.Of(result.Outcome)
            + (missing.Count > 0 ? "; thiếu mã " + string.Join(", ", missing) : string.Empty)
            + "; mã chưa đạt: " + actualCodes
            + (result.Errors.Count > 0 ? "; lỗi: " + string.Join("; ", result.Errors.Select(e => e.Field + ": " + e.Message)) : string.Empty);
        return new ExpectationMismatch(string.Empty, result.Id, expect.Outcome, result.Outcome, missing, message);
    }
}
