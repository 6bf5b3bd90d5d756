using ThiDua.Core.Shared;

namespace ThiDua.Web.Pages.Admin.Regimes;

/// <summary>One parameter's inputs in the edit form.</summary>
public sealed class ParamForm
{
    public string? Value { get; set; }

    public bool Checked { get; set; }

    public string? Citation { get; set; }
}

/// <summary>Form names of parameters ("awardMoneyCoefficients.CSTDTQ" has a dot, which model binding would read as a path) and field errors by parameter.</summary>
public static class RegimeForms
{
    public static string FormKey(string key) => key.Replace(".", "__", StringComparison.Ordinal);

    public static string Key(string formKey) => formKey.Replace("__", ".", StringComparison.Ordinal);

    public static Dictionary<string, List<string>> ByField(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToList(), StringComparer.Ordinal);
}
