using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Cases;
using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Tests.Awards.Eligibility;

/// <summary>
/// Judging a subject for several targets at once (titles derived once, shared between targets) gives exactly the
/// verdicts, unmet conditions and traces of judging each target alone — over every case of the corpus, aimed at every
/// title and form of its kind.
/// </summary>
public sealed class SharedTargetsTests
{
    private static readonly AwardCode[] PersonTargets =
        [.. Enum.GetValues<AwardCode>().Where(AwardCodes.IsIndividualTitle), .. Enum.GetValues<AwardCode>().Where(AwardCodes.IsForm)];

    private static readonly AwardCode[] CollectiveTargets = [.. Enum.GetValues<AwardCode>().Where(AwardCodes.IsCollectiveTitle)];

    [Fact]
    public void EvaluateMany_MatchesEvaluatingEachTargetAlone()
    {
        var cases = CaseFiles.OwnFiles().Concat(CaseFiles.PublicFiles())
            .SelectMany(f => CaseFileParser.Parse(File.ReadAllText(f)))
            .Where(p => p.Case is not null && p.Errors.Count == 0)
            .Select(p => p.Case!)
            .ToList();
        Assert.True(cases.Count > 100, $"the corpus should hold over 100 valid cases, found {cases.Count}");

        var compared = 0;
        foreach (var @case in cases)
        {
            var targets = @case.Person is not null ? PersonTargets : CollectiveTargets;
            var aimed = targets.Select(t => @case with { Target = t, Id = @case.Id + "/" + Codes.Of(t) }).ToList();
            var together = EligibilityEngine.Evaluate(aimed, RegimeCatalog.Default);
            for (var i = 0; i < aimed.Count; i++)
            {
                var alone = EligibilityEngine.Evaluate(aimed[i], RegimeCatalog.Default);
                Assert.Equal(Describe(alone), Describe(together[i]));
                compared++;
            }
        }

        Assert.True(compared > 1000, $"compared {compared} verdicts");
    }

    [Fact]
    public void CouncilMessages_AreTheTracesCouncilEntries()
    {
        var @case = CaseFiles.OwnFiles().Concat(CaseFiles.PublicFiles())
            .SelectMany(f => CaseFileParser.Parse(File.ReadAllText(f)))
            .Select(p => p.Case)
            .OfType<EligibilityCase>()
            .Select(c => EligibilityEngine.Evaluate(c))
            .First(r => r.Trace.Any(t => t.NeedsCouncil));

        Assert.Equal(@case.Trace.Where(t => t.NeedsCouncil).Select(t => t.Message).Distinct(), @case.CouncilMessages());
    }

    private static string Describe(EligibilityResult r) =>
        string.Join("\n", new[] { r.Id ?? "", r.Regime ?? "", r.Outcome.ToString() }
            .Concat(r.Unmet.Select(u => $"{u.Code}|{u.Message}|{u.Citation}"))
            .Concat(r.Errors.Select(e => $"{e.Field}|{e.Message}"))
            .Concat(r.Trace.Select(t => $"{t.Depth}|{t.Criterion}|{t.Code}|{t.Met}|{t.NeedsCouncil}|{t.Checked}|{t.Message}|{t.Citation}")));
}
