using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
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
    /// The option is read once per project (<see cref="ProjectBoolean"/>).
    /// </summary>
    public static bool SkipsProject(Compilation compilation, AnalyzerOptions options, string ruleId) =>
        IsTestProject(compilation, options) && ProjectBoolean(compilation, options, ruleId + ".in_test_projects") != true;

    /// <summary>
    /// True when the rule leaves this project alone because it is built into a container image
    /// (<see cref="IsContainerImage"/>) and <c>SPOFnnn.in_container_images = true</c> is not set.
    /// </summary>
    public static bool SkipsContainerImage(Compilation compilation, AnalyzerOptions options, string ruleId) =>
        IsContainerImage(options) && ProjectBoolean(compilation, options, ruleId + ".in_container_images") != true;

    /// <summary>
    /// True for a project built into a container image: a <c>Dockerfile</c> beside its project file
    /// (<c>SpofDockerfile</c>, set by Katas.Analyzers.props), the .NET SDK's container publishing
    /// (<c>EnableSdkContainerSupport</c>, <c>ContainerRepository</c>) or Visual Studio's container tools
    /// (<c>DockerDefaultTargetOS</c>). Every replica of such a program runs the same image, and reads what the image
    /// holds or what the orchestrator mounts from one source.
    /// </summary>
    public static bool IsContainerImage(AnalyzerOptions options)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        return IsTrue(global, "build_property.SpofDockerfile")
            || IsTrue(global, "build_property.EnableSdkContainerSupport")
            || global.TryGetValue("build_property.ContainerRepository", out var repository) && !string.IsNullOrWhiteSpace(repository)
            || global.TryGetValue("build_property.DockerDefaultTargetOS", out var os) && !string.IsNullOrWhiteSpace(os);
    }

    /// <summary>
    /// True when the rule leaves this project alone because it is a desktop application (<see cref="IsDesktopApplication"/>):
    /// <c>SPOFnnn.in_desktop_applications</c> says whether the rule reports there, and without it
    /// <paramref name="reportsByDefault"/> does. SPOF008 is quiet there by default: a desktop program's machine-wide
    /// settings belong to the one machine it runs on. The others report by default, and the package's own global
    /// configuration sets the option to false for SPOF001, SPOF005 and SPOF006 (analyzers/docs/real-code.md, the
    /// nineteenth change): a desktop program's server address, empty catch or blocking wait takes down no fleet.
    /// </summary>
    public static bool SkipsDesktopApplication(Compilation compilation, AnalyzerOptions options, string ruleId, bool reportsByDefault) =>
        IsDesktopApplication(compilation, options)
        && !(ProjectBoolean(compilation, options, ruleId + ".in_desktop_applications") ?? reportsByDefault);

    /// <summary>
    /// True when the rule leaves this project alone because it is a console program (<see cref="IsConsoleProgram"/>) and
    /// <c>SPOFnnn.in_console_programs = false</c> says so, which the package's own global configuration says for SPOF006
    /// (analyzers/docs/real-code.md, the twenty-fifth change). Without the option the rule reports there. The project is
    /// read only when the option is false.
    /// </summary>
    public static bool SkipsConsoleProgram(Compilation compilation, AnalyzerOptions options, string ruleId, CancellationToken cancellationToken) =>
        ProjectBoolean(compilation, options, ruleId + ".in_console_programs") == false
        && IsConsoleProgram(compilation, options, cancellationToken);

    /// <summary>
    /// True for a console program: <c>OutputType</c> <c>Exe</c>, built with neither the Web nor the Worker SDK
    /// (<c>UsingMicrosoftNETSdkWeb</c>, <c>UsingMicrosoftNETSdkWorker</c>), and with no file that names a hosted service
    /// or a web host (<see cref="ServiceHosts"/>). It runs once for the person who starts it, a tool, a sample or a
    /// migration, and serves no requests: a wait there delays that run, and starves no server. The assemblies it
    /// references do not count: a tool that references a web project's library gets ASP.NET Core with it.
    /// </summary>
    public static bool IsConsoleProgram(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        if (!global.TryGetValue("build_property.OutputType", out var outputType) || !outputType.Trim().Equals("Exe", StringComparison.OrdinalIgnoreCase)
            || IsTrue(global, "build_property.UsingMicrosoftNETSdkWeb")
            || IsTrue(global, "build_property.UsingMicrosoftNETSdkWorker"))
        {
            return false;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (ServiceHosts.AnyIn(tree, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the rule reports in synchronous code too: <c>SPOFnnn.in_synchronous_code</c>, true unless set to
    /// false. SPOF006 reads it: in async code a blocking wait holds a pool thread and an <c>await</c> is at hand; in
    /// synchronous code it cannot tell a pool thread from one that serves nothing else (a tool's main thread, a thread
    /// the code started in another type, a synchronous API's caller's). The package's own global configuration sets it
    /// to false (analyzers/docs/real-code.md, the twenty-fifth change).
    /// </summary>
    public static bool ReportsInSynchronousCode(Compilation compilation, AnalyzerOptions options, string ruleId) =>
        ProjectBoolean(compilation, options, ruleId + ".in_synchronous_code") ?? true;

    /// <summary>
    /// True for a desktop application or a plug-in of one: WPF, Windows Forms, .NET MAUI or WinUI (<c>UseWPF</c>,
    /// <c>UseWindowsForms</c>, <c>UseMaui</c>, <c>UseWinUI</c>, made visible by Katas.Analyzers.props), a Universal
    /// Windows Platform app (<c>TargetPlatformIdentifier</c> <c>UAP</c>), or a reference to their assemblies or
    /// Avalonia's. It runs on the machine of the person who uses it, not on a fleet of servers.
    /// </summary>
    public static bool IsDesktopApplication(Compilation compilation, AnalyzerOptions options)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        return IsTrue(global, "build_property.UseWPF")
            || IsTrue(global, "build_property.UseWindowsForms")
            || IsTrue(global, "build_property.UseMaui")
            || IsTrue(global, "build_property.UseWinUI")
            || global.TryGetValue("build_property.TargetPlatformIdentifier", out var platform) && platform.Trim().Equals("UAP", StringComparison.OrdinalIgnoreCase)
            || compilation.ReferencedAssemblyNames.Any(assembly => s_desktopAssemblies.Contains(assembly.Name));
    }

    private static readonly ImmutableHashSet<string> s_desktopAssemblies = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "PresentationFramework", "System.Windows.Forms", "Microsoft.Maui", "Microsoft.Maui.Controls", "Microsoft.WinUI", "Avalonia");

    /// <summary>
    /// A project-wide boolean option, read once per project: from the settings of its first file (an .editorconfig's
    /// <c>[*.cs]</c> section, which decides over any global configuration), or else from the global configurations
    /// (a project's .globalconfig, or the package's own at the lowest level). Null when neither sets it to
    /// <c>true</c> or <c>false</c>.
    /// </summary>
    private static bool? ProjectBoolean(Compilation compilation, AnalyzerOptions options, string key)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if (compilation.SyntaxTrees.FirstOrDefault() is { } first
            && provider.GetOptions(first).TryGetValue(key, out var own) && bool.TryParse(own.Trim(), out var ownValue))
        {
            return ownValue;
        }

        return provider.GlobalOptions.TryGetValue(key, out var global) && bool.TryParse(global.Trim(), out var globalValue)
            ? globalValue
            : null;
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && bool.TryParse(value.Trim(), out var set) && set;

    /// <summary>
    /// True for a test project: MSBuild's IsTestProject (made visible by Katas.Analyzers.props), or else the project's
    /// own reference to a test framework (xunit, NUnit, MSTest, TUnit) or to a library only tests use (mocks, assertions,
    /// snapshot testing with Verify, ASP.NET Core's test host): SpofTestLibrary, from the package's build props, or
    /// without them any such assembly the compilation references. A benchmark (BenchmarkDotNet) counts too: it runs on a
    /// developer's machine to measure the code, against servers it starts there, and is never deployed.
    /// </summary>
    public static bool IsTestProject(Compilation compilation, AnalyzerOptions options)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        if (global.TryGetValue("build_property.IsTestProject", out var value) && bool.TryParse(value, out var isTest))
        {
            return isTest;
        }

        // The package's build props say whether the project itself references a test library. The compiler also sees
        // the assemblies of its project references' packages: a service that references a library that references
        // NUnit is not a test project.
        if (global.TryGetValue("build_property.SpofTestLibrary", out var own) && bool.TryParse(own, out var referencesTestLibrary))
        {
            return referencesTestLibrary;
        }

        return compilation.ReferencedAssemblyNames.Any(assembly => TestLibraries.IsTestAssembly(assembly.Name));
    }
}
