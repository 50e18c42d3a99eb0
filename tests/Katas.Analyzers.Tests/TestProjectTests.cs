using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Katas.Analyzers.Tests;

/// <summary>
/// Test projects are test code: no rule reports in them unless <c>SPOFnnn.in_test_projects = true</c> asks it to.
/// Each rule's sample is one plain hit of the rule.
/// </summary>
public sealed class TestProjectTests
{
    public static TheoryData<string, string> Samples() => new()
    {
        { "SPOF001", """class C { System.Uri U() => new System.Uri("http://10.0.0.5:8080/"); }""" },
        { "SPOF002", """class Pool { public Pool(string[] backends) { } } class C { Pool P() => new Pool(new[] { "web1" }); }""" },
        { "SPOF003", """class C { System.Net.Http.HttpClient H() => new System.Net.Http.HttpClient(); }""" },
        { "SPOF004", """class Balancer(string[] b) { int _n; string N() => b[_n++ % b.Length]; }""" },
        { "SPOF005", """class C { void M() { try { System.IO.File.ReadAllText("settings.json"); } catch (System.Exception) { } } }""" },
        { "SPOF006", """class C { async System.Threading.Tasks.Task M() { System.Threading.Thread.Sleep(1); await System.Threading.Tasks.Task.Yield(); } }""" },
        { "SPOF007", """class Autoscaler { public Autoscaler(int minReplicas, int maxReplicas) { } } class C { Autoscaler A() => new Autoscaler(minReplicas: 3, maxReplicas: 3); }""" },
        { "SPOF008", """class C { string R() => System.IO.File.ReadAllText("/etc/shop/app.conf"); }""" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_rule_reports_in_a_project_that_is_not_a_test_project(string rule, string source)
    {
        Assert.Equal([rule], await RulesFiring.InAsync(source, ("build_property.IsTestProject", "false")));
        Assert.Equal([rule], await RulesFiring.InAsync(source));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_rule_is_quiet_in_a_test_project(string rule, string source)
    {
        Assert.Empty(await RulesFiring.InAsync(source, ("build_property.IsTestProject", "true")));
        Assert.Empty(await RulesFiring.InAsync(source, ("build_property.IsTestProject", "true"), (rule + ".in_test_projects", "false")));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_rule_reports_in_a_test_project_when_asked_to(string rule, string source)
    {
        Assert.Equal([rule], await RulesFiring.InAsync(source, ("build_property.IsTestProject", "true"), (rule + ".in_test_projects", "true")));
    }

    // A mocking library, Verify's test-framework package, a test framework that has no IsTestProject of its own (TUnit),
    // MSTest's first framework as an old project references it, and BenchmarkDotNet: a benchmark is test code run on a
    // developer's machine, against servers it starts there.
    [Theory]
    [InlineData("Moq", "namespace Moq { public class Mock { } }", "Moq.Mock")]
    [InlineData("Verify.XunitV3", "namespace VerifyXunit { public static class Verifier { } }", "VerifyXunit.Verifier")]
    [InlineData("TUnit.Core", "namespace TUnit.Core { public sealed class TestAttribute : System.Attribute { } }", "TUnit.Core.TestAttribute")]
    [InlineData("Microsoft.VisualStudio.QualityTools.UnitTestFramework", "namespace Microsoft.VisualStudio.TestTools.UnitTesting { public sealed class TestMethodAttribute : System.Attribute { } }", "Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute")]
    [InlineData("BenchmarkDotNet", "namespace BenchmarkDotNet.Attributes { public sealed class BenchmarkAttribute : System.Attribute { } }", "BenchmarkDotNet.Attributes.BenchmarkAttribute")]
    public async Task A_project_that_references_a_library_only_tests_use_is_a_test_project(string assembly, string library, string type)
    {
        var reference = CSharpCompilation.Create(assembly, [CSharpSyntaxTree.ParseText(library, cancellationToken: TestContext.Current.CancellationToken)], Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.Empty(await RulesFiring.InAsync($$"""class C { System.Uri U() => new System.Uri("http://10.0.0.5:8080/"); System.Type T() => typeof({{type}}); }""", [reference.ToMetadataReference()]));
    }

    [Fact]
    public async Task A_project_is_a_test_project_by_its_own_references_when_the_build_says_what_they_are()
    {
        // The package's build props set SpofTestLibrary from the project's own PackageReference and Reference items:
        // a service that gets Moq through a project reference is production code, a helper that references it is not.
        var moq = CSharpCompilation.Create("Moq", [CSharpSyntaxTree.ParseText("namespace Moq { public class Mock { } }", cancellationToken: TestContext.Current.CancellationToken)], Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).ToMetadataReference();
        const string Service = """class C { System.Uri U() => new System.Uri("http://10.0.0.5:8080/"); }""";

        Assert.Equal(["SPOF001"], await RulesFiring.InAsync(Service, [moq], ("build_property.IsTestProject", ""), ("build_property.SpofTestLibrary", "false")));
        Assert.Empty(await RulesFiring.InAsync(Service, ("build_property.IsTestProject", ""), ("build_property.SpofTestLibrary", "true")));
        Assert.Empty(await RulesFiring.InAsync(Service, [moq], ("build_property.IsTestProject", "true"), ("build_property.SpofTestLibrary", "false")));
    }
}
