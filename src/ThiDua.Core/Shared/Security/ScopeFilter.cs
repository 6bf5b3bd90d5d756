using System.Linq.Expressions;
using ThiDua.Core.Organisation;

namespace ThiDua.Core.Shared.Security;

/// <summary>
/// Builds "path starts with one of the scope paths" as an expression EF translates to indexed prefix
/// comparisons on both providers (a local list's Any(StartsWith) is not translatable).
/// </summary>
public static class ScopeFilter
{
    public static IQueryable<OrgUnit> InScope(this IQueryable<OrgUnit> units, IReadOnlyList<string> paths) =>
        units.Where(Build<OrgUnit>(paths, u => u.Path));

    public static IQueryable<Person> InScope(this IQueryable<Person> people, IReadOnlyList<string> paths) =>
        people.Where(Build<Person>(paths, p => p.Unit.Path));

    public static Expression<Func<T, bool>> Build<T>(IReadOnlyList<string> paths, Expression<Func<T, string>> pathOf)
    {
        var parameter = pathOf.Parameters[0];
        if (paths.Count == 0)
        {
            return Expression.Lambda<Func<T, bool>>(Expression.Constant(false), parameter);
        }

        if (paths.Contains("/"))
        {
            return Expression.Lambda<Func<T, bool>>(Expression.Constant(true), parameter);
        }

        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression? body = null;
        foreach (var path in paths)
        {
            // A closure keeps each path a SQL parameter rather than a literal.
            var holder = new PathHolder(path);
            var value = Expression.Property(Expression.Constant(holder), nameof(PathHolder.Value));
            var test = Expression.Call(pathOf.Body, startsWith, value);
            body = body is null ? test : Expression.OrElse(body, test);
        }

        return Expression.Lambda<Func<T, bool>>(body!, parameter);
    }

    private sealed record PathHolder(string Value);
}
