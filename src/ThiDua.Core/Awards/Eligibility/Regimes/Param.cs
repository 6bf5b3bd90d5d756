namespace ThiDua.Core.Awards.Eligibility.Regimes;

/// <summary>
/// One value of a regime with where it comes from. <see cref="Checked"/> is false for values rules.md marks
/// [unchecked]: the UI shows that they come from configuration, not from a text that was read.
/// </summary>
public sealed record Param<T>(T Value, bool Checked, string Citation);

/// <summary>A share of members compared in integers: "more than 50 %" is 100 × holders &gt; 50 × members.</summary>
public sealed record ShareThreshold(ShareComparison Comparison, int Percent)
{
    public bool IsMet(int holders, int members) => Comparison == ShareComparison.MoreThan
        ? 100L * holders > (long)Percent * members
        : 100L * holders >= (long)Percent * members;

    /// <summary>"trên 50 %" or "từ 70 % trở lên".</summary>
    public string Describe() => Comparison == ShareComparison.MoreThan
        ? string.Create(VietnameseText.Culture, $"trên {Percent} %")
        : string.Create(VietnameseText.Culture, $"từ {Percent} % trở lên");
}

/// <summary>
/// One automatic route of a form of commendation: a run of consecutive qualifying years ending with the
/// assessed year, and what the run must contain (rules.md §4).
/// </summary>
public sealed record FormRoute
{
    /// <summary>Short Vietnamese label of the route, shown in the trace.</summary>
    public required string Name { get; init; }

    /// <summary>Length of the run of consecutive qualifying years.</summary>
    public required int Years { get; init; }

    /// <summary>Rating every year of the run needs (null: no rating condition).</summary>
    public Rating? MinRating { get; init; }

    /// <summary>Every year of the run holds CSTDCS (BKBO: "CSTDCS in 2 consecutive years").</summary>
    public bool CstdcsEachYear { get; init; }

    /// <summary>How many CSTDCS the run must contain (0: none needed).</summary>
    public int CstdcsCount { get; init; }

    /// <summary>How many HTXS years the run must contain (0: none needed).</summary>
    public int ExcellentYears { get; init; }

    /// <summary>How many recognised initiatives the run must contain (0: none needed).</summary>
    public int Initiatives { get; init; }

    public InitiativeScope InitiativeScope { get; init; } = InitiativeScope.CoSo;

    /// <summary>"Other than those already used for CSTDCS" (Law 06/2022 Art 74).</summary>
    public bool ExcludeUsedInitiatives { get; init; }

    public required bool Checked { get; init; }

    public required string Citation { get; init; }
}

/// <summary>A condition only the council can judge: listed as "cần Hội đồng xem xét" and counted as met.</summary>
public sealed record CouncilCondition(string Text, string Citation);

/// <summary>The rule of a form of commendation: a prior form, automatic routes, council-only routes.</summary>
public sealed record FormRule
{
    /// <summary>The form the rule requires first (BKTTG: BKBO); it joins the chain that starts the count.</summary>
    public AwardCode? PriorForm { get; init; }

    public required IReadOnlyList<FormRoute> Routes { get; init; }

    /// <summary>Routes made only of council conditions; they never make a case eligible on their own.</summary>
    public IReadOnlyList<CouncilCondition> CouncilOnlyRoutes { get; init; } = [];

    /// <summary>Conditions of every route that only the council can judge.</summary>
    public IReadOnlyList<CouncilCondition> CouncilConditions { get; init; } = [];

    public required bool Checked { get; init; }

    public required string Citation { get; init; }
}

/// <summary>Council vote rules (rules.md §6): data for the council module, not used by the verdicts.</summary>
public sealed record CouncilVoteRules
{
    /// <summary>Titles that need the qualified majority (CSTDBO, CSTDTQ).</summary>
    public required IReadOnlyList<AwardCode> QualifiedMajorityTitles { get; init; }

    /// <summary>Percentage of all council members (not of those present) for those titles.</summary>
    public required int QualifiedMajorityPercent { get; init; }

    public required bool SecretBallot { get; init; }

    public required int QuorumNumerator { get; init; }

    public required int QuorumDenominator { get; init; }

    /// <summary>Votes needed out of all <paramref name="councilMembers"/>: the qualified majority, or a simple majority.</summary>
    public int RequiredVotes(AwardCode title, int councilMembers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(councilMembers);
        foreach (var t in QualifiedMajorityTitles)
        {
            if (t == title)
            {
                // Ceiling of percent × members, in integers.
                return (int)((((long)QualifiedMajorityPercent * councilMembers) + 99) / 100);
            }
        }

        return SimpleMajority(councilMembers);
    }

    /// <summary>Votes needed for a candidate whose code may not be an award of the catalog (null): then a simple majority.</summary>
    public int RequiredVotes(AwardCode? title, int councilMembers) =>
        title is { } t ? RequiredVotes(t, councilMembers) : SimpleMajority(councilMembers);

    private static int SimpleMajority(int councilMembers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(councilMembers);
        return (councilMembers / 2) + 1;
    }

    /// <summary>Members who must be present: at least numerator/denominator of all members.</summary>
    public int Quorum(int councilMembers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(councilMembers);
        return (int)((((long)QuorumNumerator * councilMembers) + QuorumDenominator - 1) / QuorumDenominator);
    }
}
