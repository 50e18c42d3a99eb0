using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Katas.Analyzers;

/// <summary>
/// Rule options from .editorconfig, under keys named after the rule: <c>SPOF001.allow_loopback = true</c>.
/// </summary>
internal static class SpofOptions
{
    public static string? Get(AnalyzerOptions options, SyntaxTree tree, string ruleId, string name)
    {
        var key = ruleId + "." + name;
        return options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out var value)
            || options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(key, out value)
            ? value.Trim()
            : null;
    }

    public static bool? GetBoolean(AnalyzerOptions options, SyntaxTree tree, string ruleId, string name) =>
        Get(options, tree, ruleId, name) is { } text && bool.TryParse(text, out var value) ? value : null;

    public static string[] GetList(AnalyzerOptions options, SyntaxTree tree, string ruleId, string name) =>
        Get(options, tree, ruleId, name) is { } text
            ? text.Split(',').Select(item => item.Trim()).Where(item => item.Length > 0).ToArray()
            : [];

    /// <summary>
    /// True for a test project: MSBuild's IsTestProject (made visible by Katas.Analyzers.props), or a
    /// reference to xunit, NUnit or MSTest.
    /// </summary>
    public static bool IsTestProject(Compilation compilation, AnalyzerOptions options)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.IsTestProject", out var value)
            && bool.TryParse(value, out var isTest))
        {
            return isTest;
        }

        return compilation.ReferencedAssemblyNames.Any(assembly =>
            assembly.Name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase)
            || assembly.Name.Equals("nunit.framework", StringComparison.OrdinalIgnoreCase)
            || assembly.Name.Equals("Microsoft.VisualStudio.TestPlatform.TestFramework", StringComparison.Ordinal));
    }
}
