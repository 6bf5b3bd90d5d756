using System.Globalization;
using System.Text.Json;

namespace ThiDua.Web.Infrastructure;

/// <summary>
/// UI text in two languages. Vietnamese is written in the views as the key itself (the officer's language is
/// the source); English comes from Resources/en.json. A missing translation shows the Vietnamese text, and a
/// test fails for every key used in a view that has no English entry.
/// </summary>
public sealed class Texts
{
    private readonly Dictionary<string, string> _english;

    public Texts()
    {
        using var stream = typeof(Texts).Assembly.GetManifestResourceStream("ThiDua.Web.en.json")
            ?? throw new InvalidOperationException("Resources/en.json is not embedded.");
        _english = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }

    public IReadOnlyDictionary<string, string> English => _english;

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string this[string vietnamese] =>
        IsEnglish && _english.TryGetValue(vietnamese, out var english) ? english : vietnamese;

    /// <summary>Formats after translating, with the invariant culture for the placeholders' layout.</summary>
    public string Format(string vietnamese, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, this[vietnamese], args);
}
