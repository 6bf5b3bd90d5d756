using ThiDua.Core.Awards.Eligibility;

namespace ThiDua.Tests.Awards.Eligibility;

/// <summary>Every case file, public or our own, agrees with its <c>expect</c> block.</summary>
public sealed class CaseFileTests
{
    public static TheoryData<string> PublicCases() => CaseFiles.Names(CaseFiles.PublicFiles());

    public static TheoryData<string> OwnCases() => CaseFiles.Names(CaseFiles.OwnFiles());

    [Fact]
    public void Public_examples_are_found_and_not_empty()
    {
        var files = CaseFiles.PublicFiles();
        Assert.True(files.Length >= 16, $"Expected the 16 public examples, found {files.Length} in {CaseFiles.PublicFolder()}.");
    }

    [Fact]
    public void Own_cases_are_many()
    {
        Assert.True(CaseFiles.OwnFiles().Length >= 60, $"Expected at least 60 own cases in {CaseFiles.OwnFolder()}.");
    }

    [Theory]
    [MemberData(nameof(PublicCases))]
    public void Public_example_agrees_with_its_expectation(string file) =>
        AssertAgrees(Path.Combine(CaseFiles.PublicFolder(), file));

    [Theory]
    [MemberData(nameof(OwnCases))]
    public void Own_case_agrees_with_its_expectation(string file) =>
        AssertAgrees(Path.Combine(CaseFiles.OwnFolder(), file));

    private static void AssertAgrees(string path)
    {
        var checks = EligibilityBatch.Check([new CaseSource(path, File.ReadAllText(path))]);
        Assert.NotEmpty(checks);
        foreach (var check in checks)
        {
            Assert.True(check.Parsed.Expect is not null, $"{path}: every case file needs an expect block.");
            var expect = check.Parsed.Expect!;
            Assert.True(expect.Outcome != Outcome.NotEligible || expect.Unmet.Count > 0, $"{path}: a NOT_ELIGIBLE expectation must list a code.");

            // The invariants of the Output section, whatever the case.
            var result = check.Result;
            Assert.Equal(result.Outcome == Outcome.Eligible, result.Outcome != Outcome.Invalid && result.Unmet.Count == 0);
            Assert.Equal(result.Outcome == Outcome.Invalid, result.Errors.Count > 0);
            Assert.Equal(result.Outcome == Outcome.Suspended, result.HasUnmet(UnmetCode.PendingCase));
        }

        var mismatches = EligibilityBatch.CompareWithExpectations(checks);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches.Select(m => $"{m.Source} ({m.Id}): {m.Message}")));
    }
}
