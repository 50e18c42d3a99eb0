using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Katas.Analyzers.Tests;

/// <summary>
/// Which of the eight rules report on a source, with the build properties and options a project's build would give
/// them (<c>build_property.IsTestProject</c>, <c>SPOFnnn.in_test_projects</c>).
/// </summary>
internal static class RulesFiring
{
    public static Task<string[]> InAsync(string source, params (string Key, string Value)[] options) =>
        InAsync(source, [], options);

    public static async Task<string[]> InAsync(string source, MetadataReference[] references, params (string Key, string Value)[] options)
    {
        var compilation = CSharpCompilation.Create(
            "Sample",
            [CSharpSyntaxTree.ParseText(source, cancellationToken: TestContext.Current.CancellationToken)],
            [.. Net100.References.All, .. references],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzerOptions = new AnalyzerOptions([], new Settings(options.ToImmutableDictionary(o => o.Key, o => o.Value)));
        var diagnostics = await compilation.WithAnalyzers([.. AllRules.Analyzers], analyzerOptions).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
        return [.. diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Which rules report on one file at <paramref name="path"/>, with the options a build gives them from configuration
    /// files: global configurations (<c>is_global = true</c>, such as the package's own) and .editorconfig files, each
    /// as its path and text, merged by the compiler's own rules, plus the build properties given.
    /// </summary>
    public static async Task<string[]> WithConfigFilesAsync(
        string source, string path, (string Path, string Text)[] configFiles, params (string Key, string Value)[] buildProperties)
    {
        var set = AnalyzerConfigSet.Create<ImmutableArray<AnalyzerConfig>>([.. configFiles.Select(file => AnalyzerConfig.Parse(file.Text, file.Path))], out _);
        var global = set.GlobalConfigOptions.AnalyzerOptions.SetItems(buildProperties.Select(p => KeyValuePair.Create(p.Key, p.Value)));
        var tree = CSharpSyntaxTree.ParseText(source, path: path, cancellationToken: TestContext.Current.CancellationToken);
        var compilation = CSharpCompilation.Create("Sample", [tree], Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzerOptions = new AnalyzerOptions([], new Settings(global, set.GetOptionsForSourcePath(path).AnalyzerOptions));
        var diagnostics = await compilation.WithAnalyzers([.. AllRules.Analyzers], analyzerOptions).GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
        return [.. diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal)];
    }

    private sealed class Settings(ImmutableDictionary<string, string> global, ImmutableDictionary<string, string> perFile) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions s_none = new Values(ImmutableDictionary<string, string>.Empty);

        private readonly AnalyzerConfigOptions _perFile = new Values(perFile);

        public Settings(ImmutableDictionary<string, string> global)
            : this(global, ImmutableDictionary<string, string>.Empty)
        {
        }

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _perFile;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_none;

        private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
