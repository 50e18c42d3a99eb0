using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Katas.Tool.Building;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Katas.Tool.Watching;

/// <summary>
/// Compiles one kata in this process, warm: the compiler's arguments come from the project's own build
/// (<see cref="CompilerArguments"/>), references and analyzers are loaded once, and a file that did not
/// change keeps its syntax tree. The SPOF analyzers run through <see cref="CompilationWithAnalyzers"/>,
/// source generators through one incremental driver, as in the IDE.
/// </summary>
internal sealed class KataCompiler
{
    private readonly CSharpCommandLineArguments _arguments;
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly ImmutableArray<AdditionalText> _additionalFiles;
    private readonly AnalyzerConfigSet _configs;
    private readonly Dictionary<string, SyntaxTree> _trees = new(StringComparer.Ordinal);
    private GeneratorDriver _driver;

    private KataCompiler(CSharpCommandLineArguments arguments, ImmutableArray<MetadataReference> references,
        ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<ISourceGenerator> generators,
        ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigSet configs)
    {
        _arguments = arguments;
        _references = references;
        _analyzers = analyzers;
        _additionalFiles = additionalFiles;
        _configs = configs;
        _driver = CSharpGeneratorDriver.Create(generators, additionalFiles, arguments.ParseOptions, new ConfigOptionsProvider(configs));
    }

    /// <summary>The source files of the project, full paths: a file that is not among them needs a new <see cref="Create"/>.</summary>
    public IReadOnlyList<string> SourceFiles => _arguments.SourceFiles.Select(f => f.Path).ToArray();

    /// <summary>The reference assembly the build wrote (<c>/refout</c>): what the specs were compiled against.</summary>
    public string? ReferenceAssembly => _arguments.OutputRefFilePath;

    /// <summary>The file name of the assembly: Katas.HealthChecker.dll.</summary>
    public string AssemblyFileName => _arguments.OutputFileName ?? _arguments.CompilationName + ".dll";

    /// <param name="spofOnly">Which analyzers to run: a predicate on the analyzer assembly's path.</param>
    public static KataCompiler Create(IReadOnlyList<string> commandLine, string projectDirectory, Func<string, bool> runAnalyzersOf)
    {
        var arguments = CSharpCommandLineParser.Default.Parse(commandLine, projectDirectory, sdkDirectory: null);
        var problems = arguments.Errors.Where(e => e.Severity == RoslynSeverity.Error).ToArray();
        if (problems.Length > 0)
        {
            throw new InvalidOperationException("The compiler's arguments do not parse: " + string.Join("; ", problems.Select(p => p.GetMessage(CultureInfo.InvariantCulture))));
        }

        var references = arguments.MetadataReferences
            .Select(r => (MetadataReference)MetadataReference.CreateFromFile(r.Reference, r.Properties))
            .ToImmutableArray();

        var loader = new AnalyzerLoader();
        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        var generators = ImmutableArray.CreateBuilder<ISourceGenerator>();
        foreach (var path in arguments.AnalyzerReferences.Select(a => a.FilePath).Distinct(StringComparer.Ordinal))
        {
            var reference = new AnalyzerFileReference(path, loader);
            generators.AddRange(reference.GetGenerators(LanguageNames.CSharp));
            if (runAnalyzersOf(path))
            {
                analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            }
        }

        var configs = AnalyzerConfigSet.Create(arguments.AnalyzerConfigPaths.Select(p => AnalyzerConfig.Parse(File.ReadAllText(p), p)).ToArray());
        var additional = arguments.AdditionalFiles.Select(f => (AdditionalText)new FileText(f.Path)).ToImmutableArray();
        return new KataCompiler(arguments, references, analyzers.ToImmutable(), generators.ToImmutable(), additional, configs);
    }

    /// <summary>
    /// Compiles the current sources. When they compile, the assembly and its symbols are written to
    /// <paramref name="outputDirectory"/> (written aside and moved, so a reader never sees half a file).
    /// </summary>
    public async Task<CompileOutcome> CompileAsync(string outputDirectory, CultureInfo messageCulture, CancellationToken cancellationToken)
    {
        var trees = _arguments.SourceFiles.Select(f => Tree(f.Path)).ToArray();
        var options = _arguments.CompilationOptions
            .WithSyntaxTreeOptionsProvider(new TreeOptions(_configs))
            .WithSpecificDiagnosticOptions(_arguments.CompilationOptions.SpecificDiagnosticOptions.SetItems(
                _configs.GlobalConfigOptions.TreeOptions.Where(o => !_arguments.CompilationOptions.SpecificDiagnosticOptions.ContainsKey(o.Key))));
        var compilation = (Compilation)CSharpCompilation.Create(_arguments.CompilationName, trees, _references, options);

        var configOptions = new ConfigOptionsProvider(_configs);
        _driver = _driver.WithUpdatedAnalyzerConfigOptions(configOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out compilation, out var generatorDiagnostics, cancellationToken);

        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        using var metadata = new MemoryStream();
        var emitOptions = _arguments.EmitOptions;
        var embedded = emitOptions.DebugInformationFormat == DebugInformationFormat.Embedded;
        // The version resource csc adds to every assembly (and so to the reference assembly compared below).
        using var win32Resources = compilation.CreateDefaultWin32Resources(versionResource: true, _arguments.NoWin32Manifest, manifestContents: null, iconInIcoFormat: null);
        var emitted = compilation.Emit(
            pe,
            embedded ? null : pdb,
            win32Resources: win32Resources,
            manifestResources: _arguments.ManifestResources,
            options: emitOptions,
            metadataPEStream: metadata,
            cancellationToken: cancellationToken);

        var diagnostics = generatorDiagnostics.Concat(emitted.Diagnostics).ToList();
        if (_analyzers.Length > 0 && emitted.Success)
        {
            var withAnalyzers = compilation.WithAnalyzers(_analyzers, new AnalyzerOptions(_additionalFiles, configOptions));
            diagnostics.AddRange(await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false));
        }

        var reported = diagnostics
            .Where(d => d.Severity is RoslynSeverity.Error or RoslynSeverity.Warning && !d.IsSuppressed)
            .Select(d => ToBuildDiagnostic(d, messageCulture))
            .Distinct()
            .ToArray();
        if (!emitted.Success || reported.Any(d => d.IsError))
        {
            return new CompileOutcome(false, false, reported);
        }

        var sameApi = ReferenceAssembly is { } refPath && File.Exists(refPath) && metadata.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(refPath));
        Directory.CreateDirectory(outputDirectory);
        var assembly = Path.Combine(outputDirectory, AssemblyFileName);
        Replace(assembly, pe);
        if (!embedded)
        {
            Replace(Path.ChangeExtension(assembly, ".pdb"), pdb);
        }

        return new CompileOutcome(true, sameApi, reported);
    }

    /// <summary>The file's syntax tree, parsed again only when its text changed (whatever its time stamp says).</summary>
    private SyntaxTree Tree(string path)
    {
        using var stream = File.OpenRead(path);
        var text = SourceText.From(stream, _arguments.Encoding ?? Encoding.UTF8, _arguments.ChecksumAlgorithm);
        if (_trees.TryGetValue(path, out var known) && known.GetText().ContentEquals(text))
        {
            return known;
        }

        var tree = CSharpSyntaxTree.ParseText(text, _arguments.ParseOptions, path);
        _trees[path] = tree;
        return tree;
    }

    private static void Replace(string path, MemoryStream content)
    {
        var aside = path + ".kata-watch";
        File.WriteAllBytes(aside, content.ToArray());
        File.Move(aside, path, overwrite: true);
    }

    private static BuildDiagnostic ToBuildDiagnostic(Diagnostic diagnostic, CultureInfo culture)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var hasFile = diagnostic.Location.IsInSource && !string.IsNullOrEmpty(span.Path);
        return new BuildDiagnostic(
            diagnostic.Severity == RoslynSeverity.Error ? Building.DiagnosticSeverity.Error : Building.DiagnosticSeverity.Warning,
            diagnostic.Id,
            diagnostic.GetMessage(culture),
            hasFile ? span.Path : null,
            hasFile ? span.StartLinePosition.Line + 1 : null,
            hasFile ? span.StartLinePosition.Character + 1 : null,
            null);
    }
}

/// <summary>A compile in the tool: whether it produced an assembly, whether its public API is the one the specs were built against, and its diagnostics.</summary>
internal sealed record CompileOutcome(bool Succeeded, bool SameApi, IReadOnlyList<BuildDiagnostic> Diagnostics);
