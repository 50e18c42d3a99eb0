using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Katas.Analyzers.Tests;

/// <summary>An <see cref="AnalysisContext"/> that only records how an analyzer configures itself.</summary>
internal sealed class RecordingAnalysisContext : AnalysisContext
{
    public bool ConcurrentExecution { get; private set; }

    public GeneratedCodeAnalysisFlags? GeneratedCode { get; private set; }

    public override void EnableConcurrentExecution() => ConcurrentExecution = true;

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
    {
    }

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
    {
    }

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
    {
    }

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
    {
    }

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
    {
    }

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
    {
    }

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
    {
    }

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
    {
    }

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
    {
    }

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
    {
    }

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
    {
    }

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
    {
    }
}
