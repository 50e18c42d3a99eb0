using System.Collections.Immutable;
using System.Reflection;
using Basic.Reference.Assemblies;
using Katas.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Katas.Analyzers.Tests;

/// <summary>
/// Applies the SPOF code fixes to a file the way an IDE would (one diagnostic, and Fix All in the document),
/// with every rule, the .NET 10 reference assemblies and nullable and unsafe code enabled.
/// </summary>
internal sealed class FixCorpus
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> s_analyzers = [.. AllRules.Analyzers];

    /// <summary>Every code fix provider in the code fix assembly, found by reflection so a new one cannot be forgotten.</summary>
    public static IReadOnlyList<CodeFixProvider> Fixes { get; } = typeof(SyntaxRewriteCodeFix).Assembly
        .GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToArray();

    private FixCorpus(Document document) => Document = document;

    public Document Document { get; }

    public static FixCorpus Load(string name, string source)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            name,
            name,
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: Net100.References.All));
        return new FixCorpus(workspace.AddDocument(project.Id, name, SourceText.From(source)));
    }

    public static async Task<ImmutableArray<Diagnostic>> ErrorsAsync(Document document, CancellationToken cancellationToken)
    {
        var compilation = await document.Project.GetCompilationAsync(cancellationToken) ?? throw new InvalidOperationException("No compilation.");
        return [.. compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error)];
    }

    public static async Task<ImmutableArray<Diagnostic>> SpofDiagnosticsAsync(Document document, CancellationToken cancellationToken)
    {
        var compilation = await document.Project.GetCompilationAsync(cancellationToken) ?? throw new InvalidOperationException("No compilation.");
        var diagnostics = await compilation.WithAnalyzers(s_analyzers).GetAnalyzerDiagnosticsAsync(cancellationToken);
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start)];
    }

    /// <summary>The code actions the fixes offer for one diagnostic.</summary>
    public static async Task<IReadOnlyList<(CodeFixProvider Fix, CodeAction Action)>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = new List<(CodeFixProvider, CodeAction)>();
        foreach (var fix in Fixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add((fix, action)), cancellationToken);
            await fix.RegisterCodeFixesAsync(context);
        }

        return actions;
    }

    /// <summary>The document as one code action leaves it, cleaned up (usings added, names shortened) as the IDE does.</summary>
    public static async Task<Document> ApplyAsync(Document document, CodeAction action, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return solution.GetDocument(document.Id)!;
    }

    /// <summary>Fix All in the document for one fix and one equivalence key.</summary>
    public static async Task<Document?> FixAllAsync(Document document, CodeFixProvider fix, string equivalenceKey, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var context = new FixAllContext(
            document,
            fix,
            FixAllScope.Document,
            equivalenceKey,
            fix.FixableDiagnosticIds,
            new KnownDiagnostics(diagnostics),
            cancellationToken);
        var action = await fix.GetFixAllProvider()!.GetFixAsync(context);
        return action is null ? null : await ApplyAsync(document, action, cancellationToken);
    }

    private sealed class KnownDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
