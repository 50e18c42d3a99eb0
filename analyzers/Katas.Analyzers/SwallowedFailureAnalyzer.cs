using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF005: a catch that swallows a failure: its block is empty, or it reports success
/// (<c>return true;</c>, <c>return HealthStatus.Healthy;</c>, <c>return new ProbeResult(isHealthy: true, ...)</c>).
/// A health check that turns an exception into "healthy" keeps a dead replica in rotation.
/// </summary>
/// <remarks>
/// An empty catch of a cancellation (<c>OperationCanceledException</c>) is how a loop stops and is not
/// reported; a catch of one that reports success is.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwallowedFailureAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor =
        Rule.Create(RuleIdentifiers.SwallowedFailure, RuleCategories.Reliability, DiagnosticSeverity.Warning);

    // Names that mean "it worked": HealthStatus.Healthy, Result.Success(), Ok(), ProbeState.Up...
    private static readonly NameSet s_successName = new(
        "Healthy", "Success", "Succeeded", "Successful", "Ok", "Up", "Alive", "Ready", "Passed", "Pass");

    private static readonly NameSet s_successParameter = new(
        "isHealthy", "healthy", "success", "succeeded", "isSuccess", "ok", "isOk", "isUp", "alive", "isAlive", "ready", "isReady");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var cancellation = start.Compilation.GetTypeByMetadataName("System.OperationCanceledException");
            start.RegisterOperationAction(c => AnalyzeCatch(c, cancellation), OperationKind.CatchClause);
        });
    }

    private static void AnalyzeCatch(OperationAnalysisContext context, INamedTypeSymbol? cancellation)
    {
        var clause = (ICatchClauseOperation)context.Operation;
        var caught = clause.ExceptionType is { SpecialType: SpecialType.System_Object } or null ? "Exception" : clause.ExceptionType.Name;
        var statements = clause.Handler.Operations.Where(o => o is not IEmptyOperation).ToArray();
        if (statements.Length == 0)
        {
            // Ending quietly on a cancellation is how a loop stops, not a failure. Reporting success on
            // one is still wrong: HttpClient's own timeout arrives as a TaskCanceledException.
            if (!IsCancellation(clause.ExceptionType, cancellation))
            {
                Report(context, clause, caught);
            }

            return;
        }

        foreach (var returned in statements.SelectMany(s => Returns(s)))
        {
            if (returned.ReturnedValue is { } value && MeansSuccess(value))
            {
                Report(context, clause, caught);
                return;
            }
        }
    }

    private static void Report(OperationAnalysisContext context, ICatchClauseOperation clause, string caught)
    {
        // Point at "catch (X)" rather than the whole block.
        var syntax = clause.Syntax;
        var location = Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(syntax.SpanStart, clause.Handler.Syntax.SpanStart));
        context.ReportDiagnostic(Diagnostic.Create(Descriptor, location, caught));
    }

    /// <summary>The return statements of a catch block, not those of lambdas or local functions inside it.</summary>
    private static ImmutableArray<IReturnOperation> Returns(IOperation operation)
    {
        var builder = ImmutableArray.CreateBuilder<IReturnOperation>();
        Collect(operation);
        return builder.ToImmutable();

        void Collect(IOperation current)
        {
            if (current is IReturnOperation returned)
            {
                builder.Add(returned);
            }

            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return;
            }

            foreach (var child in current.ChildOperations)
            {
                Collect(child);
            }
        }
    }

    private static bool MeansSuccess(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        // Task.FromResult(HealthCheckResult.Healthy()): the shape of a health check that is not async.
        if (value is IInvocationOperation { TargetMethod.Name: "FromResult", Arguments.Length: 1 } fromResult)
        {
            return MeansSuccess(fromResult.Arguments[0].Value);
        }

        return value switch
        {
            ILiteralOperation { ConstantValue: { HasValue: true, Value: true } } => true,
            IFieldReferenceOperation field => s_successName.Contains(field.Field.Name),
            IPropertyReferenceOperation property => s_successName.Contains(property.Property.Name),
            IInvocationOperation invocation => s_successName.Contains(invocation.TargetMethod.Name) || PassesSuccess(invocation.Arguments),
            IObjectCreationOperation creation => PassesSuccess(creation.Arguments),
            _ => false,
        };
    }

    private static bool PassesSuccess(ImmutableArray<IArgumentOperation> arguments) =>
        arguments.Any(a => a.Parameter is { } parameter
            && s_successParameter.Contains(parameter.Name)
            && a.Value.ConstantValue is { HasValue: true, Value: true });

    private static bool IsCancellation(ITypeSymbol? caught, INamedTypeSymbol? cancellation)
    {
        for (var type = caught; type is not null && cancellation is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, cancellation))
            {
                return true;
            }
        }

        return false;
    }
}
