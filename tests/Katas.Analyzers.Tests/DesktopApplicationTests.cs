using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Katas.Analyzers.Tests;

/// <summary>
/// A desktop application runs on the machine of the person who uses it: its machine-wide settings
/// (<c>C:\ProgramData\Tool\settings.json</c>) belong to that machine, and there is no fleet of servers whose copies
/// drift apart. SPOF008 is quiet there unless <c>SPOF008.in_desktop_applications = true</c> asks; every other rule
/// reports as anywhere else.
/// </summary>
public sealed class DesktopApplicationTests
{
    private const string ReadsHostConfig = """class C { string R() => System.IO.File.ReadAllText(@"C:\ProgramData\Shop\settings.json"); }""";

    public static TheoryData<string> DesktopBuilds() => ["build_property.UseWPF", "build_property.UseWindowsForms", "build_property.UseMaui", "build_property.UseWinUI"];

    [Theory]
    [MemberData(nameof(DesktopBuilds))]
    public async Task A_host_path_is_not_reported_in_a_desktop_application(string property)
    {
        Assert.Empty(await RulesFiring.InAsync(ReadsHostConfig, (property, "true")));
        Assert.Equal(["SPOF008"], await RulesFiring.InAsync(ReadsHostConfig, (property, "true"), ("SPOF008.in_desktop_applications", "true")));
        Assert.Equal(["SPOF008"], await RulesFiring.InAsync(ReadsHostConfig, (property, "false")));
    }

    [Theory]
    [InlineData("PresentationFramework")]
    [InlineData("System.Windows.Forms")]
    [InlineData("Avalonia")]
    public async Task A_project_that_references_a_desktop_user_interface_is_a_desktop_application(string assembly)
    {
        var ui = CSharpCompilation.Create(assembly, [CSharpSyntaxTree.ParseText("namespace Ui { public class Window { } }", cancellationToken: TestContext.Current.CancellationToken)], Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.Empty(await RulesFiring.InAsync(ReadsHostConfig.Replace("class C {", "class C { Ui.Window W() => new();", StringComparison.Ordinal), [ui.ToMetadataReference()]));
    }

    [Theory]
    [MemberData(nameof(TestProjectTests.Samples), MemberType = typeof(TestProjectTests))]
    public async Task The_other_rules_report_in_a_desktop_application_as_anywhere_else(string rule, string source)
    {
        var expected = rule == "SPOF008" ? Array.Empty<string>() : [rule];
        Assert.Equal(expected, await RulesFiring.InAsync(source, ("build_property.UseWPF", "true")));
    }
}
