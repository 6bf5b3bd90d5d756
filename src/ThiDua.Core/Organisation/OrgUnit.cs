using ThiDua.Core.Shared;

namespace ThiDua.Core.Organisation;

/// <summary>
/// A node of the unit tree. <see cref="Path"/> is a materialised path of ids ("/1/4/17/") so that a subtree
/// is one indexed prefix query on SQLite and PostgreSQL alike (ADR 0003).
/// </summary>
public sealed class OrgUnit
{
    private OrgUnit()
    {
    }

    public OrgUnit(string code, string name, UnitKind kind, OrgUnit? parent, DateOnly validFrom)
    {
        Code = code.Trim().ToUpperInvariant();
        Rename(name);
        Kind = kind;
        Parent = parent;
        ParentId = parent?.Id;
        ValidFrom = validFrom;
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string SearchName { get; private set; } = string.Empty;

    public UnitKind Kind { get; private set; }

    public int? ParentId { get; private set; }

    public OrgUnit? Parent { get; private set; }

    /// <summary>Materialised path, e.g. "/1/4/17/"; empty until the unit has an id.</summary>
    public string Path { get; private set; } = string.Empty;

    public int Depth { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    public void Rename(string name)
    {
        Name = name.Trim();
        SearchName = SearchText.Fold(Name);
    }

    /// <summary>Computes the path once the database has given the unit its id (ADR 0003).</summary>
    public void AssignPath()
    {
        if (Id == 0)
        {
            throw new InvalidOperationException("The unit must be saved before its path is assigned.");
        }

        if (ParentId is not null && (Parent is null || string.IsNullOrEmpty(Parent.Path)))
        {
            throw new InvalidOperationException("The parent's path must be known before the child's.");
        }

        Path = (Parent?.Path ?? "/") + Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/";
        Depth = Parent is null ? 0 : Parent.Depth + 1;
    }

    /// <summary>Moves the unit under another parent; the caller rebases the descendants' paths (<see cref="RebasePath"/>).</summary>
    public void MoveUnder(OrgUnit parent)
    {
        if (parent.Path.StartsWith(Path, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A unit cannot move under itself or its own subtree.");
        }

        Parent = parent;
        ParentId = parent.Id;
        Path = parent.Path + Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/";
        Depth = parent.Depth + 1;
    }

    /// <summary>After an ancestor moved: replaces the old prefix of this unit's path by the new one.</summary>
    public void RebasePath(string oldPrefix, string newPrefix, int depthChange)
    {
        if (!Path.StartsWith(oldPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The unit is not under the moved unit.");
        }

        Path = newPrefix + Path[oldPrefix.Length..];
        Depth += depthChange;
    }

    public void Reopen() => ValidTo = null;

    public void Close(DateOnly on)
    {
        if (on < ValidFrom)
        {
            throw new InvalidOperationException("A unit cannot close before it opens.");
        }

        ValidTo = on;
    }
}
