using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Katas.Analyzers.Tests;

/// <summary>
/// The test libraries are named by package (the build props, the real-code check) and by assembly (the rules, when a
/// build did not say). A library added to one list and not the other makes a test project production code in one place
/// only; these tests tie both lists to one table of packages and the assemblies they give the compiler.
/// </summary>
public sealed class TestLibrariesTests
{
    private static readonly Regex s_wholePackageName = new($"^(?i:{TestLibraries.PackagePattern})$");

    /// <summary>Each test library's package or Reference name, and an assembly it gives the compiler.</summary>
    private static readonly (string Package, string Assembly)[] s_libraries =
    [
        ("xunit", "xunit.core"),
        ("xunit.v3", "xunit.v3.core"),
        ("xunit.assert", "xunit.assert"),
        ("NUnit", "nunit.framework"),
        ("nunit.framework", "nunit.framework"),
        ("MSTest", "Microsoft.VisualStudio.TestPlatform.TestFramework"),
        ("MSTest.TestFramework", "Microsoft.VisualStudio.TestPlatform.TestFramework"),
        ("Microsoft.VisualStudio.TestPlatform.TestFramework", "Microsoft.VisualStudio.TestPlatform.TestFramework"),
        ("Microsoft.VisualStudio.QualityTools.UnitTestFramework", "Microsoft.VisualStudio.QualityTools.UnitTestFramework"),
        ("TUnit", "TUnit.Core"),
        ("TUnit.Core", "TUnit.Core"),
        ("Moq", "Moq"),
        ("NSubstitute", "NSubstitute"),
        ("FakeItEasy", "FakeItEasy"),
        ("Shouldly", "Shouldly"),
        ("FluentAssertions", "FluentAssertions"),
        ("AwesomeAssertions", "AwesomeAssertions"),
        ("Microsoft.AspNetCore.TestHost", "Microsoft.AspNetCore.TestHost"),
        ("Microsoft.AspNetCore.Mvc.Testing", "Microsoft.AspNetCore.Mvc.Testing"),
        ("Verify.Xunit", "Verify.Xunit"),
        ("Verify.XunitV3", "Verify.XunitV3"),
        ("Verify.NUnit", "Verify.NUnit"),
        ("Verify.MSTest", "Verify.MSTest"),
        ("Verify.TUnit", "Verify.TUnit"),
        ("BenchmarkDotNet", "BenchmarkDotNet"),
    ];

    public static TheoryData<string, string> Libraries() => new(s_libraries);

    [Theory]
    [MemberData(nameof(Libraries))]
    public void A_test_library_is_known_by_its_package_and_by_its_assembly(string package, string assembly)
    {
        Assert.Matches(s_wholePackageName, package);
        Assert.True(TestLibraries.IsTestAssembly(assembly), $"{assembly} ({package}'s assembly) is not in TestLibraries.AssemblyNames");
    }

    [Fact]
    public void Every_name_in_either_list_is_a_library_of_the_table()
    {
        var packagesNamedByNoRow = TopLevelAlternatives(TestLibraries.PackagePattern)
            .Where(alternative => !s_libraries.Any(library => Regex.IsMatch(library.Package, $"^(?i:{alternative})$")));
        var assembliesOfNoRow = TestLibraries.AssemblyNames
            .Where(name => !s_libraries.Any(library => string.Equals(library.Assembly, name, StringComparison.OrdinalIgnoreCase)));

        Assert.Empty(packagesNamedByNoRow);
        Assert.Empty(assembliesOfNoRow);
    }

    [Fact]
    public void The_package_build_props_hold_the_same_package_pattern()
    {
        var props = XDocument.Load(Path.Combine(AllRules.RepositoryRoot, "analyzers", "Katas.Analyzers.Build.props"));

        var pattern = props.Descendants("_SpofTestLibraryPattern").Single().Value;

        // MSBuild matches the item's whole identity, which for an old-style Reference goes on with its version.
        Assert.Equal($"^(?i:{TestLibraries.PackagePattern})(?:,.*)?$", pattern);
    }

    [Theory]
    [InlineData("Moqzilla")]
    [InlineData("NUnit.Analyzers")]
    [InlineData("Microsoft.AspNetCore.Mvc")]
    [InlineData("StackExchange.Redis")]
    [InlineData("Verify")]
    public void Other_libraries_are_not_test_libraries(string name)
    {
        Assert.DoesNotMatch(s_wholePackageName, name);
        Assert.False(TestLibraries.IsTestAssembly(name));
    }

    /// <summary>The alternatives of a pattern's outermost alternation: split at each '|' outside a group.</summary>
    private static IEnumerable<string> TopLevelAlternatives(string pattern)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    yield return pattern[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return pattern[start..];
    }
}
