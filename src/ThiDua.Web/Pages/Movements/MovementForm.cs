using ThiDua.Core.Movements;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Queries;

namespace ThiDua.Web.Pages.Movements;

/// <summary>What the movement form partial (_MovementForm) needs from the launch and the edit pages.</summary>
public interface IMovementFormPage
{
    MovementForm Input { get; }

    IReadOnlyList<UnitSummary> Units { get; }

    IReadOnlyList<ClusterSummary> Clusters { get; }

    /// <summary>Editing keeps the owner unit (<see cref="OwnerName"/>, shown, not chosen) and says "Lưu".</summary>
    bool Editing { get; }

    string? OwnerName { get; }

    string CancelHref { get; }
}

public sealed class MovementForm
{
    /// <summary>Rows offered to type criteria into.</summary>
    public const int CriterionRows = 10;

    public int OwnerUnitId { get; set; }

    public string? Name { get; set; }

    public MovementKind? Kind { get; set; } = MovementKind.Regular;

    public MovementScope? Scope { get; set; } = MovementScope.Unit;

    public int? ClusterId { get; set; }

    public DateOnly? PeriodFrom { get; set; }

    public DateOnly? PeriodTo { get; set; }

    public DateOnly? LaunchedOn { get; set; }

    public string? LaunchReference { get; set; }

    public string? Goals { get; set; }

    public int MaxPoints { get; set; } = 100;

    public List<CriterionForm> Criteria { get; set; } = [];

    /// <summary>Blank criterion rows up to <see cref="CriterionRows"/> (three more than the criteria when editing a longer list), to type into.</summary>
    public void Pad()
    {
        var rows = Math.Max(CriterionRows, Criteria.Count(c => !string.IsNullOrWhiteSpace(c.Name)) + 3);
        while (Criteria.Count < rows)
        {
            Criteria.Add(new CriterionForm());
        }
    }

    public IReadOnlyList<CriterionInput> ToCriteria() =>
        Criteria.Where(c => !string.IsNullOrWhiteSpace(c.Name) || c.Points is not (null or 0)).Select(c => new CriterionInput(c.Name, c.Points ?? 0)).ToList();
}

public sealed class CriterionForm
{
    public string? Name { get; set; }

    /// <summary>Nullable: a blank row posts an empty points box, which is not an error.</summary>
    public int? Points { get; set; }
}
