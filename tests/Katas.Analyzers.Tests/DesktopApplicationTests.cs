using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Katas.Analyzers.Tests;

/// <summary>
/// A desktop application runs on the machine of the person who uses it: its machine-wide settings
/// (<c>C:\ProgramData\Tool\settings.json</c>) belong to that machine, and there is no fleet of servers whose copies
/// drift apart. SPOF008 is quiet there unless <c>SPOF008.in_desktop_applications = true</c> asks; every other rule
/// reports as anywhere else unless <c>SPOFnnn.in_desktop_applications = false</c> says not to, which the package's own
/// global configuration says for SPOF001, SPOF005 and SPOF006.
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

    [Fact]
    public async Task A_universal_windows_platform_app_is_a_desktop_application()
    {
        Assert.Empty(await RulesFiring.InAsync(ReadsHostConfig, ("build_property.TargetPlatformIdentifier", "UAP")));
        Assert.Equal(["SPOF008"], await RulesFiring.InAsync(ReadsHostConfig, ("build_property.TargetPlatformIdentifier", "Windows")));
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

    [Theory]
    [MemberData(nameof(TestProjectTests.Samples), MemberType = typeof(TestProjectTests))]
    public async Task Every_rule_follows_its_option_in_a_desktop_application_and_only_there(string rule, string source)
    {
        Assert.Empty(await RulesFiring.InAsync(source, ("build_property.UseWPF", "true"), (rule + ".in_desktop_applications", "false")));
        Assert.Equal([rule], await RulesFiring.InAsync(source, ("build_property.UseWPF", "true"), (rule + ".in_desktop_applications", "true")));
        Assert.Equal([rule], await RulesFiring.InAsync(source, ("build_property.UseWPF", "false"), (rule + ".in_desktop_applications", "false")));
    }

    [Theory]
    [MemberData(nameof(TestProjectTests.Samples), MemberType = typeof(TestProjectTests))]
    public async Task With_the_package_configuration_a_desktop_application_hears_only_the_rules_that_were_right_there(string rule, string source)
    {
        // The package's own file, as the build of a project that references the package reads it.
        (string, string)[] package = [AllRules.PackageConfiguration];
        string[] quietOnTheDesktop = ["SPOF001", "SPOF005", "SPOF006", "SPOF008"];

        var expected = quietOnTheDesktop.Contains(rule) ? Array.Empty<string>() : [rule];
        Assert.Equal(expected, await RulesFiring.WithConfigFilesAsync(source, "/app/C.cs", package, ("build_property.UseWPF", "true")));
        Assert.Equal([rule], await RulesFiring.WithConfigFilesAsync(source, "/app/C.cs", package, ("build_property.UseWPF", "false")));
    }

    [Theory]
    [InlineData("SPOF001", """class C { System.Uri U() => new System.Uri("http://10.0.0.5:8080/"); }""")]
    [InlineData("SPOF005", """class C { void M() { try { System.IO.File.ReadAllText("settings.json"); } catch (System.Exception) { } } }""")]
    [InlineData("SPOF006", """class C { async System.Threading.Tasks.Task M() { System.Threading.Thread.Sleep(1); await System.Threading.Tasks.Task.Yield(); } }""")]
    public async Task A_project_editorconfig_decides_over_the_package_configuration(string rule, string source)
    {
        (string, string)[] files =
        [
            AllRules.PackageConfiguration,
            ("/app/.editorconfig", $"root = true\n[*.cs]\n{rule}.in_desktop_applications = true\n"),
        ];

        Assert.Equal([rule], await RulesFiring.WithConfigFilesAsync(source, "/app/C.cs", files, ("build_property.UseWPF", "true")));
    }
}
