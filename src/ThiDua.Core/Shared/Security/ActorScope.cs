namespace ThiDua.Core.Shared.Security;

/// <summary>
/// The scoped <see cref="ICurrentUser"/>: starts anonymous, and is set once per request (from the signed-in
/// principal or API token) or per CLI command. It delegates, so services built before it is set (the
/// DbContext, Identity's stores) see the actor that is finally known.
/// </summary>
public sealed class ActorScope : ICurrentUser
{
    public ICurrentUser User { get; private set; } = AnonymousUser.Instance;

    public int? UserId => User.UserId;

    public string ActorName => User.ActorName;

    public bool IsSystem => User.IsSystem;

    public IReadOnlyList<Grant> Grants => User.Grants;

    public void Set(ICurrentUser user) => User = user;
}

/// <summary>Nobody signed in: no grants, sees nothing scoped.</summary>
public sealed class AnonymousUser : ICurrentUser
{
    public static readonly AnonymousUser Instance = new();

    public int? UserId => null;

    public string ActorName => "khách (chưa đăng nhập)";

    public bool IsSystem => false;

    public IReadOnlyList<Grant> Grants => [];
}

/// <summary>A signed-in account with its grants resolved to unit paths.</summary>
public sealed record SignedInUser(int Id, string Name, IReadOnlyList<Grant> Grants) : ICurrentUser
{
    int? ICurrentUser.UserId => Id;

    string ICurrentUser.ActorName => Name;

    bool ICurrentUser.IsSystem => false;
}
