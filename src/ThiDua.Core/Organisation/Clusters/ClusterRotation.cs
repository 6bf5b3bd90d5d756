namespace ThiDua.Core.Organisation.Clusters;

/// <summary>A member of the year being rotated, with what is known of its unit in the next year.</summary>
public sealed record RotationCandidate(int UnitId, ClusterRole Role, int RotationOrder, bool ActiveNextYear, bool CanLeadNextYear);

public sealed record PlannedMember(int UnitId, ClusterRole Role, int RotationOrder);

/// <summary>The next year's composition proposed by <see cref="ClusterRotation.Plan"/>.</summary>
public sealed record RotationPlan(
    int? CurrentHeadUnitId,
    int? SuggestedHeadUnitId,
    int? HeadUnitId,
    IReadOnlyList<int> SkippedUnitIds,
    IReadOnlyList<int> DroppedUnitIds,
    IReadOnlyList<PlannedMember> Members);

/// <summary>
/// The yearly rotation of a cluster's head (rules.md §6: head and deputies rotate every year). The next head is
/// the member after the current head in the agreed rotation order, wrapping around after the last; a member that
/// does not exist for the whole next year (closed, merged, or not yet opened) is skipped. Members that do not exist
/// at all in the next year are not copied, and the others keep their relative order, renumbered 1..n. Deputies,
/// as many as this year, are the members next in line after the new head, so that a deputy is next year's head.
/// </summary>
public static class ClusterRotation
{
    public static RotationPlan Plan(IReadOnlyList<RotationCandidate> members, int? headOverride = null)
    {
        var ordered = members.OrderBy(m => m.RotationOrder).ThenBy(m => m.UnitId).ToList();
        var n = ordered.Count;
        var headIndex = ordered.FindIndex(m => m.Role == ClusterRole.HEAD);
        var skipped = new List<int>();
        int? suggested = null;
        for (var step = 1; step <= n; step++)
        {
            // Without a head the turn starts at the first place of the order.
            var candidate = ordered[headIndex < 0 ? step - 1 : (headIndex + step) % n];
            if (candidate.CanLeadNextYear)
            {
                suggested = candidate.UnitId;
                break;
            }

            if (candidate.Role != ClusterRole.HEAD)
            {
                skipped.Add(candidate.UnitId);
            }
        }

        var kept = ordered.Where(m => m.ActiveNextYear).ToList();
        var dropped = ordered.Where(m => !m.ActiveNextYear).Select(m => m.UnitId).ToList();
        var head = headOverride ?? suggested;
        var deputies = new HashSet<int>();
        var headAt = kept.FindIndex(m => m.UnitId == head);
        if (headAt >= 0)
        {
            var wanted = Math.Min(ordered.Count(m => m.Role == ClusterRole.DEPUTY), kept.Count - 1);
            for (var step = 1; step < kept.Count && deputies.Count < wanted; step++)
            {
                var next = kept[(headAt + step) % kept.Count];
                if (next.CanLeadNextYear)
                {
                    deputies.Add(next.UnitId);
                }
            }
        }

        var planned = kept.Select((m, i) => new PlannedMember(
            m.UnitId,
            m.UnitId == head ? ClusterRole.HEAD : deputies.Contains(m.UnitId) ? ClusterRole.DEPUTY : ClusterRole.MEMBER,
            i + 1)).ToList();
        return new RotationPlan(headIndex < 0 ? null : ordered[headIndex].UnitId, suggested, headAt >= 0 ? head : null, skipped, dropped, planned);
    }
}
