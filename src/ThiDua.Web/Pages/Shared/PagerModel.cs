namespace ThiDua.Web.Pages.Shared;

/// <summary>A pager: the current page, the count, and the link prefix to which the page number is appended.</summary>
public sealed record PagerModel(int Current, int Count, string LinkPrefix);
