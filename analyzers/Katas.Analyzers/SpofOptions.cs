using System;
using System.Collections.Immutable;
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
    /// True when the rule leaves this project alone: it is a test project (<see cref="IsTestProject"/>) and
    /// <c>SPOFnnn.in_test_projects = true</c> is not set. Test code is not what runs in production: its URLs are
    /// test data, its one-element pools and fixed capacities are fixtures, its blocking waits block a test.
    /// The option is read once per project, from a global config or else from the settings of its first file
    /// (an .editorconfig's <c>[*.cs]</c> section).
    /// </summary>
    public static bool SkipsProject(Compilation compilation, AnalyzerOptions options, string ruleId)
    {
        if (!IsTestProject(compilation, options))
        {
            return false;
        }

        var key = ruleId + ".in_test_projects";
        var provider = options.AnalyzerConfigOptionsProvider;
        var found = provider.GlobalOptions.TryGetValue(key, out var value)
            || compilation.SyntaxTrees.FirstOrDefault() is { } first && provider.GetOptions(first).TryGetValue(key, out value);
        return !(found && value is not null && bool.TryParse(value.Trim(), out var report) && report);
    }

    /// <summary>
    /// True for a test project: MSBuild's IsTestProject (made visible by Katas.Analyzers.props), or else a
    /// reference to a test framework (xunit, NUnit, MSTest) or to a library only tests use (mocks, assertions,
    /// ASP.NET Core's test host).
    /// </summary>
    public static bool IsTestProject(Compilation compilation, AnalyzerOptions options)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.IsTestProject", out var value)
            && bool.TryParse(value, out var isTest))
        {
            return isTest;
        }

        return compilation.ReferencedAssemblyNames.Any(assembly =>
            assembly.Name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase) || s_testOnlyAssemblies.Contains(assembly.Name));
    }

    private static readonly ImmutableHashSet<string> s_testOnlyAssemblies = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "Moq", "NSubstitute", "FakeItEasy",
        "Shouldly", "FluentAssertions", "AwesomeAssertions", "Microsoft.AspNetCore.TestHost", "Microsoft.AspNetCore.Mvc.Testing");
}
