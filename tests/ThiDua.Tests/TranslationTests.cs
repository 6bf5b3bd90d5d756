using System.Text.RegularExpressions;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Tests;

/// <summary>Every Vietnamese text a view passes through T[...] has an English translation.</summary>
public sealed partial class TranslationTests
{
    [GeneratedRegex(@"T\[""((?:[^""\\]|\\.)+)""\]|T\.Format\(""((?:[^""\\]|\\.)+)""")]
    private static partial Regex Key();

    [Fact]
    public void EveryViewText_HasAnEnglishTranslation()
    {
        var pages = Path.Combine(RepositoryRoot(), "src", "ThiDua.Web", "Pages");
        var texts = new Texts();
        var missing = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => Key().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)))
            .Where(k => !texts.English.ContainsKey(k.Key))
            .Select(k => $"{k.File}: {k.Key}")
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, "Missing English for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void TheScan_FindsTheSignInTitle()
    {
        var login = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "ThiDua.Web", "Pages", "Account", "Login.cshtml"));
        Assert.Contains(Key().Matches(login), m => m.Groups[1].Value == "Đăng nhập");
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ThiDua.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ThiDua.slnx not found above " + AppContext.BaseDirectory);
    }
}
