using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Katas.Analyzers.Tests;

/// <summary>
/// Runs an analyzer over source with Microsoft.CodeAnalysis.Testing markup (<c>{|#0:...|}</c>) and
/// the .NET 10 reference assemblies from Basic.Reference.Assemblies: nothing is downloaded.
/// </summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The analyzer's diagnostic at markup location <paramref name="location"/> with message arguments.</summary>
    public static DiagnosticResult Diagnostic(int location, params object[] arguments) =>
        new DiagnosticResult(new TAnalyzer().SupportedDiagnostics.Single()).WithLocation(location).WithArguments(arguments);

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        AnalyzerAsync(source, editorConfig: null, expected);

    /// <param name="editorConfig">Lines of a global analyzer config, for options such as <c>SPOF001.allow_loopback = true</c>.</param>
    public static Task AnalyzerAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test.TestState, editorConfig);
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <param name="references">Libraries the source uses, as a package's assemblies are: metadata, not source (<see cref="Library"/>).</param>
    public static Task AnalyzerAsync(string source, MetadataReference[] references, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test.TestState, editorConfig: null);
        test.TestState.AdditionalReferences.AddRange(references);
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <param name="assemblyName">The name of the program the source is compiled into (the testing library's is <c>TestProject</c>).</param>
    public static Task AnalyzerInProgramAsync(string assemblyName, string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test.TestState, editorConfig: null);
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, assemblyName));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The source compiled as a console program, where top-level statements are its entry point.</summary>
    public static Task AnalyzerInConsoleProgramAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test.TestState, editorConfig: null);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    internal static void Configure(SolutionState state, string? editorConfig)
    {
        state.AdditionalReferences.AddRange(Net100.References.All);
        if (editorConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + editorConfig));
        }
    }
}

/// <summary>
/// Runs an analyzer and its code fix: the source with markup, the expected fixed source. The testing
/// library applies the fix one diagnostic at a time and also with Fix All (document, project,
/// solution), and each must give <c>fixedSource</c>.
/// </summary>
internal static class Verify<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task CodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
        CodeFixAsync(source, fixedSource, expected, remaining: []);

    /// <param name="remaining">Diagnostics the fix leaves in <paramref name="fixedSource"/>: those it has no fix for.</param>
    public static Task CodeFixAsync(string source, string fixedSource, DiagnosticResult[] expected, DiagnosticResult[] remaining)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        Verify<TAnalyzer>.Configure(test.TestState, editorConfig: null);
        Verify<TAnalyzer>.Configure(test.FixedState, editorConfig: null);
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }
}

/// <summary>
/// A library compiled from source into an assembly image, as a package's assembly reaches a build: its types are metadata,
/// with no source location, unlike a project reference's.
/// </summary>
internal static class Library
{
    public static MetadataReference Compile(string assemblyName, string source)
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            assemblyName,
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, cancellationToken: TestContext.Current.CancellationToken)],
            Net100.References.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
