using System.Text.Json.Serialization;

namespace ThiDua.Core.Awards.Proposals;

/// <summary>The steps that carry a processing time: who must act, and how many working days they have.</summary>
public enum DeadlineStep
{
    /// <summary>The deciding unit receives a submitted dossier.</summary>
    [JsonStringEnumMemberName("RECEIVE")] Receive,

    /// <summary>The deciding unit starts the review of a received dossier.</summary>
    [JsonStringEnumMemberName("START_REVIEW")] StartReview,

    /// <summary>The review (appraisal, council, approval or return).</summary>
    [JsonStringEnumMemberName("REVIEW")] Review,

    /// <summary>The decision after approval.</summary>
    [JsonStringEnumMemberName("DECIDE")] Decide,
}

/// <summary>
/// A processing time as data (rules.md §6: "make deadlines data"): working days for one step, counted by the
/// working-day calendar from the day the step began. An administrator at the root changes them.
/// </summary>
public sealed class ProposalDeadline
{
    public static readonly IReadOnlyDictionary<DeadlineStep, int> Defaults = new Dictionary<DeadlineStep, int>
    {
        [DeadlineStep.Receive] = 3,
        [DeadlineStep.StartReview] = 5,
        [DeadlineStep.Review] = 25,
        [DeadlineStep.Decide] = 10,
    };

    private ProposalDeadline()
    {
    }

    public ProposalDeadline(DeadlineStep step, int workingDays)
    {
        Step = step;
        WorkingDays = workingDays;
    }

    public DeadlineStep Step { get; private set; }

    public int WorkingDays { get; private set; }

    public void Change(int workingDays) => WorkingDays = workingDays;

    public static string Name(DeadlineStep step) => step switch
    {
        DeadlineStep.Receive => "Tiếp nhận hồ sơ đã trình",
        DeadlineStep.StartReview => "Bắt đầu thẩm định hồ sơ đã tiếp nhận",
        DeadlineStep.Review => "Thẩm định, lấy ý kiến Hội đồng, phê duyệt",
        _ => "Ra quyết định khen thưởng sau phê duyệt",
    };
}
