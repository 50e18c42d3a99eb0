using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Katas.Analyzers.Tests;

/// <summary>What every rule must have: concurrency, no generated code, a page, two languages, release tracking.</summary>
public sealed partial class RuleConventionsTests
{
    [Fact]
    public void There_are_eight_rules_SPOF001_to_SPOF008()
    {
        var ids = AllRules.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Order(StringComparer.Ordinal);

        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"SPOF{n:000}"), ids);
    }

    [Theory]
    [MemberData(nameof(AllRules.AnalyzerNames), MemberType = typeof(AllRules))]
    public void Every_analyzer_runs_concurrently_and_skips_generated_code(string analyzer)
    {
        var context = new RecordingAnalysisContext();

        AllRules.ByName(analyzer).Initialize(context);

        Assert.True(context.ConcurrentExecution, $"{analyzer} does not call EnableConcurrentExecution.");
        Assert.Equal(GeneratedCodeAnalysisFlags.None, context.GeneratedCode);
    }

    [Theory]
    [MemberData(nameof(AllRules.AnalyzerNames), MemberType = typeof(AllRules))]
    public void Every_rule_has_a_page_in_both_languages_behind_its_help_link(string analyzer)
    {
        var descriptor = AllRules.ByName(analyzer).SupportedDiagnostics.Single();
        var page = Path.Combine(AllRules.RepositoryRoot, "analyzers", "docs", descriptor.Id + ".md");

        Assert.Equal(Rule.HelpLinkBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(page), $"{page} is missing.");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}", text, StringComparison.Ordinal);
        Assert.Matches(Hangul(), text);
        Assert.Contains($"dotnet_diagnostic.{descriptor.Id}.severity", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllRules.AnalyzerNames), MemberType = typeof(AllRules))]
    public void Every_text_of_a_rule_exists_in_English_and_Korean(string analyzer)
    {
        var descriptor = AllRules.ByName(analyzer).SupportedDiagnostics.Single();
        var english = CultureInfo.GetCultureInfo("en");
        var korean = CultureInfo.GetCultureInfo("ko");

        foreach (var text in new[] { descriptor.Title, descriptor.MessageFormat, descriptor.Description })
        {
            Assert.DoesNotMatch(Hangul(), text.ToString(english));
            Assert.Matches(Hangul(), text.ToString(korean));
            Assert.Equal(Placeholders(text.ToString(english)), Placeholders(text.ToString(korean)));
        }
    }

    [Fact]
    public void Every_rule_is_in_the_release_tracking_files_with_its_category_and_severity()
    {
        var unshipped = File.ReadAllText(Path.Combine(AllRules.RepositoryRoot, "analyzers", "Katas.Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in AllRules.Analyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", unshipped, StringComparison.Ordinal);
        }
    }

    private static string[] Placeholders(string format) =>
        Placeholder().Matches(format).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\uAC00-\uD7A3]")]
    private static partial Regex Hangul();
}
