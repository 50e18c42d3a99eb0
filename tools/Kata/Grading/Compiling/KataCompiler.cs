using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Katas.Tool.Grading.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Katas.Tool.Grading.Compiling;

/// <summary>
/// Compiles a student's kata in process, the way its project would: the student's files, the course's
/// own given types (<c>Model/</c>), the SDK's implicit usings, nullable on, into <c>Katas.&lt;Kata&gt;.dll</c>.
/// Nothing of the submission's project files or build settings is used. The SPOF analyzers run on the
/// same compilation, and the grader's vetting reads it before anything runs.
/// </summary>
internal sealed class KataCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadFrameworkReferences);

    private readonly string _kata;
    private readonly ImmutableArray<SyntaxTree> _given;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly CSharpParseOptions _parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    /// <param name="givenSources">The course's given types and global usings, as (course path, text).</param>
    public KataCompiler(string kata, IEnumerable<StudentSource> givenSources, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        _kata = kata;
        _given = [.. givenSources.Select(s => Parse(s, CancellationToken.None))];
        _analyzers = analyzers;
    }

    public string AssemblyName => "Katas." + _kata;

    // UTF-8 text, so that the compiler can embed it in the PDB: line numbers in spec failures.
    private SyntaxTree Parse(StudentSource source, CancellationToken cancellationToken) =>
        CSharpSyntaxTree.ParseText(SourceText.From(source.Text, Encoding.UTF8), _parseOptions, source.RelativePath, cancellationToken);

    /// <summary>Compiles <paramref name="sources"/> to <paramref name="outputDirectory"/>/Katas.&lt;Kata&gt;.dll.</summary>
    /// <param name="culture">The language of the SPOF analyzers' messages.</param>
    public async Task<CompiledKata> CompileAsync(IReadOnlyList<StudentSource> sources, string outputDirectory, CultureInfo culture, CancellationToken cancellationToken)
    {
        var trees = sources.Select(s => Parse(s, cancellationToken)).ToArray();
        var compilation = Create(trees);

        var flags = ApiVetting.Scan(_kata, compilation, trees, cancellationToken);

        // A kata never needs code that runs when the assembly loads, before any spec: the grader does
        // not run it (it could forge the runner's output). It is still flagged for review above.
        var stripped = ModuleInitializers.Strip(compilation, trees, cancellationToken);
        if (!ReferenceEquals(stripped, trees))
        {
            trees = stripped;
            compilation = Create(trees);
        }

        var errors = compilation.GetDiagnostics(cancellationToken)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => Describe(d, culture))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (errors.Length > 0)
        {
            return new CompiledKata(null, errors, [], flags);
        }

        var spof = await SpofFindingsAsync(compilation, culture, cancellationToken).ConfigureAwait(false);

        Directory.CreateDirectory(outputDirectory);
        var assemblyPath = Path.Combine(outputDirectory, AssemblyName + ".dll");
        var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        using (var assembly = File.Create(assemblyPath))
        using (var pdb = File.Create(pdbPath))
        {
            var result = compilation.Emit(assembly, pdb, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb), cancellationToken: cancellationToken);
            if (!result.Success)
            {
                var emitErrors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Describe(d, culture)).ToArray();
                assembly.Close();
                pdb.Close();
                File.Delete(assemblyPath);
                File.Delete(pdbPath);
                return new CompiledKata(null, emitErrors, spof, flags);
            }
        }

        return new CompiledKata(assemblyPath, [], spof, flags);
    }

    private CSharpCompilation Create(IEnumerable<SyntaxTree> studentTrees) => CSharpCompilation.Create(
        AssemblyName,
        _given.Concat(studentTrees),
        s_references.Value,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            optimizationLevel: OptimizationLevel.Debug,
            deterministic: true,
            allowUnsafe: false));

    private async Task<IReadOnlyList<SpofFinding>> SpofFindingsAsync(CSharpCompilation compilation, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (_analyzers.IsEmpty)
        {
            return [];
        }

        var diagnostics = await compilation.WithAnalyzers(_analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        var given = _given.Select(t => t.FilePath).ToHashSet(StringComparer.Ordinal);
        return diagnostics
            .Where(d => d.Id.StartsWith("SPOF", StringComparison.Ordinal) && !given.Contains(d.Location.SourceTree?.FilePath ?? ""))
            .Select(d => new SpofFinding(
                d.Id,
                d.Location.SourceTree?.FilePath ?? "",
                d.Location.GetLineSpan().StartLinePosition.Line + 1,
                d.GetMessage(culture),
                d.Descriptor.HelpLinkUri))
            .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToArray();
    }

    private static string Describe(Diagnostic diagnostic, CultureInfo culture)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = diagnostic.Location.IsInSource
            ? $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): "
            : "";
        return $"{where}error {diagnostic.Id}: {diagnostic.GetMessage(culture)}";
    }

    /// <summary>The assemblies of the running .NET (the grader runs on the katas' own framework).</summary>
    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return [.. paths
            .Where(p => string.Equals(Path.GetDirectoryName(p), framework, StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    /// <summary>The SPOF analyzers from the course's built analyzer assembly; none when it is not built.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers(string? analyzerAssembly)
    {
        if (analyzerAssembly is null || !File.Exists(analyzerAssembly))
        {
            return [];
        }

        var assembly = Assembly.LoadFrom(analyzerAssembly);
        return [.. assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is { } attribute && attribute.Languages.Contains(LanguageNames.CSharp))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];
    }
}
