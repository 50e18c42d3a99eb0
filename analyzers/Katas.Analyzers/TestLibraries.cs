using System;
using System.Collections.Immutable;

namespace Katas.Analyzers;

/// <summary>
/// The test frameworks and the libraries only tests use (mocks, assertions, snapshot testing with Verify, ASP.NET Core's
/// test host, BenchmarkDotNet), whose reference makes a project test code. One list for the three places that read it:
/// the rules, by the assembly names the compiler sees (<see cref="SpofOptions.IsTestProject"/>); the package's build
/// props, by the project's PackageReference and Reference items (Katas.Analyzers.Build.props holds
/// <see cref="PackagePattern"/> as MSBuild text, and a test keeps the two equal); and the real-code check, by the
/// project file's text.
/// </summary>
internal static class TestLibraries
{
    /// <summary>
    /// Package ids and assembly Reference names, as the alternatives of a case-insensitive regular expression that
    /// must match the whole name.
    /// </summary>
    public const string PackagePattern =
        @"xunit[.\w-]*|NUnit|nunit\.framework|MSTest[.\w]*"
        + @"|Microsoft\.VisualStudio\.(?:TestPlatform\.TestFramework|QualityTools\.UnitTestFramework)|TUnit[.\w]*"
        + @"|Moq|NSubstitute|FakeItEasy|Shouldly|FluentAssertions|AwesomeAssertions"
        + @"|Microsoft\.AspNetCore\.TestHost|Microsoft\.AspNetCore\.Mvc\.Testing"
        + @"|Verify\.(?:Xunit|XunitV3|NUnit|MSTest|TUnit)|BenchmarkDotNet";

    /// <summary>
    /// The names of the assemblies those packages give the compiler (xunit's, xunit.v3's and their runners' all start
    /// with "xunit").
    /// </summary>
    public static readonly ImmutableHashSet<string> AssemblyNames = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework",
        "Microsoft.VisualStudio.QualityTools.UnitTestFramework", "TUnit.Core",
        "Moq", "NSubstitute", "FakeItEasy", "Shouldly", "FluentAssertions", "AwesomeAssertions",
        "Microsoft.AspNetCore.TestHost", "Microsoft.AspNetCore.Mvc.Testing",
        "Verify.Xunit", "Verify.XunitV3", "Verify.NUnit", "Verify.MSTest", "Verify.TUnit", "BenchmarkDotNet");

    public static bool IsTestAssembly(string name) =>
        name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase) || AssemblyNames.Contains(name);
}
