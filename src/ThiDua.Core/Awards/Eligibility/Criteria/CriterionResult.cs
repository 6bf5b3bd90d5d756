namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>How the unmet conditions under a result are reported when the result itself is unmet.</summary>
public enum ChildReporting
{
    /// <summary>The children only explain the result (e.g. a title derived to be counted): never reported.</summary>
    None,

    /// <summary>The unmet children are reported too (a prerequisite's own codes, every failed part of alternatives).</summary>
    WhenUnmet,
}

/// <summary>The verdict of one criterion: met or not, why in Vietnamese, and the article it applies.</summary>
public sealed class CriterionResult
{
    /// <summary>Name of the criterion class (stable, for the trace).</summary>
    public required string Criterion { get; init; }

    /// <summary>Code reported when unmet; null for groups and council conditions.</summary>
    public UnmetCode? Code { get; init; }

    public required bool Met { get; init; }

    public required string Message { get; init; }

    public required string Citation { get; init; }

    /// <summary>A condition the records cannot show: "cần Hội đồng xem xét", counted as met.</summary>
    public bool NeedsCouncil { get; init; }

    /// <summary>Whether the value behind this verdict was read in the legal text (false: configuration default).</summary>
    public bool Checked { get; init; } = true;

    public IReadOnlyList<CriterionResult> Children { get; init; } = [];

    public ChildReporting Reporting { get; init; } = ChildReporting.None;

    public static CriterionResult Of(string criterion, UnmetCode code, bool met, string message, string citation, bool isChecked = true) =>
        new() { Criterion = criterion, Code = code, Met = met, Message = message, Citation = citation, Checked = isChecked };
}
