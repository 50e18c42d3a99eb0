using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Katas.Analyzers.RealCodeCheck;

/// <summary>One hit of a rule: where, which rule, and whether the project is a test project.</summary>
internal sealed record Hit(string Path, int Line, int Column, string Rule, string Message, bool InTestCode);

/// <summary>Runs the eight SPOF rules, or the ones named, over the projects of a folder, keeping the hits and each rule's time.</summary>
/// <param name="options">Rule options every project gets, as from a global configuration: the package's own unless the
/// course's defaults are asked for.</param>
internal sealed class RuleRun(IReadOnlyList<MetadataReference> references, IReadOnlyCollection<string> rules, ImmutableDictionary<string, string> options)
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> s_analyzers = [.. typeof(HardcodedEndpointAnalyzer).Assembly
        .GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    /// <summary>The ids of every rule, in order: SPOF001 to SPOF008.</summary>
    public static IReadOnlyList<string> AllRules { get; } = [.. s_analyzers.Select(Id).Order(StringComparer.Ordinal)];

    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers = [.. s_analyzers.Where(a => rules.Contains(Id(a)))];

    public List<Hit> Hits { get; } = [];

    /// <summary>Execution time per rule id run, summed over the projects.</summary>
    public Dictionary<string, TimeSpan> Times { get; } = rules.ToDictionary(id => id, _ => TimeSpan.Zero);

    /// <summary>Exceptions thrown by a rule (AD0001 in a build): there must be none.</summary>
    public ConcurrentBag<string> Exceptions { get; } = [];

    /// <summary>
    /// Projects whose compilation threw (the compiler's own failure, not a rule's): their files from there on are not
    /// checked, and the run goes on with the other projects.
    /// </summary>
    public List<string> CompilerFailures { get; } = [];

    public int Files { get; private set; }

    public async Task RunAsync(IReadOnlyList<SourceProject> projects, CancellationToken cancellationToken)
    {
        var byFile = projects.Where(p => p.ProjectFile is not null).ToDictionary(p => p.ProjectFile!, StringComparer.Ordinal);
        foreach (var project in projects)
        {
            try
            {
                await RunAsync(project, byFile, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A compiler that throws on one project's code (Roslyn has thrown NullReferenceException on some
                // generic code) must not end the run with an unhandled exception: say which project, and go on.
                CompilerFailures.Add($"{project.Name}: the compiler threw {e.GetType().Name}: {e.Message} (its files from there on are not checked)");
            }
        }
    }

    private async Task RunAsync(SourceProject project, Dictionary<string, SourceProject> byFile, CancellationToken cancellationToken)
    {
        var referenced = project.References.Where(byFile.ContainsKey).SelectMany(r => byFile[r].Files).ToArray();
        var compilation = LooseCompilation.Create(project, referenced, references, cancellationToken);
        Files += project.Files.Count;

        var analysisOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], new BuildProperties(project.IsTest, project.BuildProperties, options)),
            (exception, analyzer, diagnostic) => Exceptions.Add($"{project.Name}: {analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(_analyzers, analysisOptions);

        // The project's own files only, one at a time: the files of the projects it references are there for
        // binding, and analyzing them again in every project that references them would be wasted (a code base
        // whose projects all reference one large core analyzed that core once per project).
        var own = project.Files.ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string, int, int, string)>();
        foreach (var tree in compilation.SyntaxTrees.Where(t => own.Contains(t.FilePath)))
        {
            var result = await withAnalyzers.GetAnalysisResultAsync(compilation.GetSemanticModel(tree), filterSpan: null, cancellationToken);
            foreach (var diagnostic in result.GetAllDiagnostics())
            {
                var span = diagnostic.Location.GetLineSpan();
                if (diagnostic.Id.StartsWith("SPOF", StringComparison.Ordinal) && own.Contains(span.Path)
                    && seen.Add((span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character, diagnostic.Id)))
                {
                    Hits.Add(new Hit(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.Id, diagnostic.GetMessage(), project.IsTest));
                }
                else if (diagnostic.Id == "AD0001")
                {
                    Exceptions.Add($"{project.Name}: {diagnostic.GetMessage()}");
                }
            }
        }

        foreach (var analyzer in _analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken);
            Times[Id(analyzer)] += telemetry.ExecutionTime;
        }
    }

    /// <summary>
    /// What a build would make visible to the rules: the rule options of the global configuration, then
    /// <c>build_property.IsTestProject</c> and the properties that say the project is built into a container image or
    /// is a desktop application.
    /// </summary>
    private sealed class BuildProperties(bool isTest, IEnumerable<KeyValuePair<string, string>> properties, ImmutableDictionary<string, string> options)
        : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions s_none = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(
            options.WithComparers(StringComparer.OrdinalIgnoreCase)
                .SetItem("build_property.IsTestProject", isTest ? "true" : "false")
                .SetItems(properties.Select(p => KeyValuePair.Create("build_property." + p.Key, p.Value))));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_none;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_none;
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }

    private static string Id(DiagnosticAnalyzer analyzer) => analyzer.SupportedDiagnostics[0].Id;
}
