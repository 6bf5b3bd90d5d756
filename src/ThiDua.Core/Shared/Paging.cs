namespace ThiDua.Core.Shared;

/// <summary>One page of a list: the items, the page asked for and the total, for pagers and the API.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>Page number and size as asked by a user, clamped to sane bounds.</summary>
public readonly record struct PageRequest(int Number = 1, int Size = 25)
{
    public const int MaxSize = 200;

    public int SafeNumber => Number < 1 ? 1 : Number;

    public int SafeSize => Size < 1 ? 25 : Math.Min(Size, MaxSize);

    public int Skip => (SafeNumber - 1) * SafeSize;
}
