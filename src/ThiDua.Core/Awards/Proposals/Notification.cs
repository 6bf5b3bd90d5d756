namespace ThiDua.Core.Awards.Proposals;

/// <summary>
/// An in-app notification to one user: a proposal reached a step where their unit must act (or was answered).
/// Read on the /Notifications page; the layout's bell shows the unread count.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Notification(int userId, int unitId, string text, string link, DateTime createdAt)
    {
        UserId = userId;
        UnitId = unitId;
        Text = text.Length <= 500 ? text : text[..499] + "…";
        Link = link;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int UserId { get; private set; }

    /// <summary>The unit the notification concerns (the recipient's grant), for the audit scope.</summary>
    public int UnitId { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public string Link { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    public void MarkRead(DateTime now) => ReadAt ??= now;
}
