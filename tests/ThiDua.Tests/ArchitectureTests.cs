using NetArchTest.Rules;

namespace ThiDua.Tests;

/// <summary>Module order (architecture.md): a module reads only modules to its left; Core knows nothing of the web.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Cycle =
    [
        "ThiDua.Core.Organisation", "ThiDua.Core.Movements", "ThiDua.Core.Registrations", "ThiDua.Core.Covenants", "ThiDua.Core.Targets",
        "ThiDua.Core.Evaluation", "ThiDua.Core.Awards", "ThiDua.Core.Examples",
    ];

    /// <summary>
    /// The Content-Security-Policy (style-src 'self') makes browsers ignore style attributes: a bar or an indent
    /// written that way silently disappears. Pages use classes of site.css (or SVG attributes) instead.
    /// </summary>
    [Fact]
    public void Pages_HaveNoStyleAttributes()
    {
        var pages = Path.Combine(TranslationTests.RepositoryRoot(), "src", "ThiDua.Web", "Pages");
        var offending = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(pages, f), Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains("style=\"", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}")
            .ToList();
        Assert.True(offending.Count == 0, "Style attributes are blocked by the Content-Security-Policy: " + string.Join(", ", offending));
    }

    [Fact]
    public void Core_DoesNotDependOnTheWebHost()
    {
        var result = Types.InAssembly(typeof(ThiDua.Core.CoreModule).Assembly)
            .ShouldNot().HaveDependencyOnAny("ThiDua.Web", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Http")
            .GetResult();
        Assert.True(result.IsSuccessful, "Core depends on the web: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Modules_DoNotReferenceModulesToTheirRight()
    {
        var assembly = typeof(ThiDua.Core.CoreModule).Assembly;
        for (var i = 0; i < Cycle.Length; i++)
        {
            var right = Cycle.Skip(i + 1).ToArray();
            if (right.Length == 0)
            {
                continue;
            }

            var result = Types.InAssembly(assembly).That().ResideInNamespace(Cycle[i]).ShouldNot().HaveDependencyOnAny(right).GetResult();
            Assert.True(result.IsSuccessful, $"{Cycle[i]} references a later module: " + string.Join(", ", result.FailingTypeNames ?? []));
        }
    }

    [Fact]
    public void TheOrganisationModule_HasTypes_SoThatTheRuleAboveIsNotVacuous() =>
        Assert.NotEmpty(Types.InAssembly(typeof(ThiDua.Core.CoreModule).Assembly).That().ResideInNamespace(Cycle[0]).GetTypes());
}
