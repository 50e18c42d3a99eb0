using System.Collections.Generic;
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
/// An empty catch of a cancellation (<c>OperationCanceledException</c>) is how a loop stops, and an empty
/// catch of <c>ObjectDisposedException</c> how work ends at shutdown: neither is reported. A catch of
/// either that reports success is.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwallowedFailureAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor =
        Rule.Create(RuleIdentifiers.SwallowedFailure, RuleCategories.Reliability, DiagnosticSeverity.Warning);

    // Names that mean "it worked": HealthStatus.Healthy, Result.Success(), Ok(), Liveness.Alive...
    private static readonly NameSet s_successName = new(
        "Healthy", "Success", "Succeeded", "Successful", "Ok", "Alive", "Ready", "Passed");

    // Names that mean "it worked" only on a status type: ProbeState.Up, CheckResult.Pass; not ScaleDirection.Up.
    private static readonly NameSet s_statusSuccessName = new("Up", "Pass");

    // Parts of the name of a status type. A substring search, not a regular expression: a match timeout on a
    // loaded machine would turn a type's name into an analyzer exception.
    private static readonly string[] s_statusType = ["Health", "Status", "State", "Result", "Probe", "Check", "Liveness", "Readiness"];

    private static readonly NameSet s_successParameter = new(
        "isHealthy", "healthy", "success", "succeeded", "isSuccess", "ok", "isOk", "isUp", "alive", "isAlive", "ready", "isReady");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SpofOptions.SkipsProject(start.Compilation, start.Options, Descriptor.Id))
            {
                return;
            }

            var cancellation = start.Compilation.GetTypeByMetadataName("System.OperationCanceledException");
            var disposed = start.Compilation.GetTypeByMetadataName("System.ObjectDisposedException");
            start.RegisterOperationAction(c => AnalyzeCatch(c, cancellation, disposed), OperationKind.CatchClause);
        });
    }

    private static void AnalyzeCatch(OperationAnalysisContext context, INamedTypeSymbol? cancellation, INamedTypeSymbol? disposed)
    {
        var clause = (ICatchClauseOperation)context.Operation;
        var caught = clause.ExceptionType is { SpecialType: SpecialType.System_Object } or null ? "Exception" : clause.ExceptionType.Name;
        var statements = clause.Handler.Operations.Where(o => o is not IEmptyOperation).ToArray();
        if (statements.Length == 0)
        {
            // Ending quietly on a cancellation is how a loop stops, not a failure. Reporting success on
            // one is still wrong: HttpClient's own timeout arrives as a TaskCanceledException. An object
            // disposed under a call (a socket closed at shutdown, a logger after the host stopped) is
            // the end of its work as well, not a failure to hide.
            if (!IsA(clause.ExceptionType, cancellation) && !IsA(clause.ExceptionType, disposed) && !IsBestEffortCleanUp(clause)
                && !FiltersCallerCancellation(clause) && !ExpectedAnswers.IsTimeoutAnswer(clause, context.ContainingSymbol)
                && (CodeContext.IsProbingCode(context.ContainingSymbol)
                    ? !(IsExplained(clause) && CannotHideTheTarget(clause))
                    : SwallowsFailures(clause) && !IsExplained(clause) && !ExpectedAnswers.FiltersNotFound(clause)))
            {
                Report(context, clause, caught);
            }

            return;
        }

        var (returns, assignments, throws) = Collect(statements);
        var probing = CodeContext.IsProbingCode(context.ContainingSymbol);
        foreach (var returned in returns)
        {
            // A bare true means success in probing code. Elsewhere a bool says many things ("supported",
            // "finished", "started"): there a catch that says why (a comment) or hands the exception on
            // (new Outcome(e)) decided what true means; one that does neither reports success on a failure.
            if (returned.ReturnedValue is { } value && MeansSuccess(value)
                && (probing || !IsBareTrue(value) || !(HasExplanation(clause) || HandsOn(clause))))
            {
                Report(context, clause, caught);
                return;
            }
        }

        // status = HealthStatus.Healthy; or healthy = true; then on past the catch: success all the same.
        // A catch that throws after it does not swallow anything.
        if (!throws && assignments.Any(SetsSuccess))
        {
            Report(context, clause, caught);
        }
    }

    /// <summary>
    /// In probing code, an empty catch that cannot hide the probed target's failure: it catches one exception that is
    /// no dependency's failure (<c>XmlException</c> of text already read, <c>RegexParseException</c> of a rule), or its
    /// <c>try</c> reaches no dependency (a child process's priority set, the process killed). Asked only of a catch
    /// that says why: code named like probing code (an FFprobe helper, a marker-file check) that explains its catch.
    /// </summary>
    private static bool CannotHideTheTarget(ICatchClauseOperation clause) =>
        !SwallowsFailures(clause) || ExpectedAnswers.ReachesNoDependency(clause);

    /// <summary>A comment of three words or more in the catch block or beside <c>catch (...)</c>.</summary>
    private static bool HasExplanation(ICatchClauseOperation clause) =>
        clause.Handler.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax block
        && (HasComment(block.OpenBraceToken.GetPreviousToken().TrailingTrivia) || HasComment(new SyntaxTriviaList(block.DescendantTrivia())));

    /// <summary>The caught exception given to a call or a <c>new</c> that is not a log call: <c>UpdateOutcome(new(e))</c>.</summary>
    private static bool HandsOn(ICatchClauseOperation clause)
    {
        if (clause.Locals.Length == 0)
        {
            return false;
        }

        foreach (var operation in clause.Handler.Descendants())
        {
            if (operation is IArgumentOperation { Value: var value } argument
                && Unwrapped(value) is ILocalReferenceOperation { Local: var local }
                && SymbolEqualityComparer.Default.Equals(local, clause.Locals[0])
                && !(argument.Parent is IInvocationOperation { TargetMethod.Name: var called } && called.StartsWith("Log", System.StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation Unwrapped(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    private static bool IsBareTrue(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (value is IInvocationOperation { TargetMethod.Name: "FromResult", Arguments.Length: 1 } fromResult)
        {
            return IsBareTrue(fromResult.Arguments[0].Value);
        }

        return value is ILiteralOperation { ConstantValue: { HasValue: true, Value: true } };
    }

    /// <summary>
    /// <c>catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled &amp;&amp; token.IsCancellationRequested) { }</c>:
    /// whatever the exception's type, the filter says the caller asked to stop, the cancellation an empty catch
    /// may end quietly on. Read from the syntax: the filter must require <c>IsCancellationRequested</c>, not its negation.
    /// </summary>
    private static bool FiltersCallerCancellation(ICatchClauseOperation clause) =>
        ExpectedAnswers.RequiredConditions(clause).Any(condition =>
            condition is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsCancellationRequested" });

    /// <summary><c>status = HealthStatus.Healthy</c>, or <c>true</c> given to a variable named like success (<c>healthy = true</c>).</summary>
    private static bool SetsSuccess(ISimpleAssignmentOperation assignment)
    {
        var value = assignment.Value;
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (value is ILiteralOperation { ConstantValue: { HasValue: true, Value: true } })
        {
            var target = assignment.Target switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IFieldReferenceOperation field => field.Field.Name.TrimStart('_'),
                IPropertyReferenceOperation property => property.Property.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                _ => null,
            };
            return target is not null && s_successParameter.Contains(target);
        }

        return MeansSuccess(value);
    }

    private static void Report(OperationAnalysisContext context, ICatchClauseOperation clause, string caught)
    {
        // Point at "catch (X)" rather than the whole block.
        var syntax = clause.Syntax;
        var location = Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(syntax.SpanStart, clause.Handler.Syntax.SpanStart));
        context.ReportDiagnostic(Diagnostic.Create(Descriptor, location, caught));
    }

    /// <summary>
    /// The returns and assignments of a catch block, and whether it throws: not those of lambdas, local
    /// functions or catches nested inside it.
    /// </summary>
    private static (List<IReturnOperation> Returns, List<ISimpleAssignmentOperation> Assignments, bool Throws) Collect(IOperation[] statements)
    {
        var returns = new List<IReturnOperation>();
        var assignments = new List<ISimpleAssignmentOperation>();
        var throws = false;
        foreach (var statement in statements)
        {
            Visit(statement);
        }

        return (returns, assignments, throws);

        void Visit(IOperation current)
        {
            switch (current)
            {
                case IReturnOperation returned:
                    returns.Add(returned);
                    break;
                case ISimpleAssignmentOperation assignment:
                    assignments.Add(assignment);
                    break;
                case IThrowOperation:
                    throws = true;
                    break;
                case IAnonymousFunctionOperation or ILocalFunctionOperation or ICatchClauseOperation:
                    return;
            }

            foreach (var child in current.ChildOperations)
            {
                Visit(child);
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
            IFieldReferenceOperation field => IsSuccessName(field.Field),
            IPropertyReferenceOperation property => IsSuccessName(property.Property),
            IInvocationOperation invocation => IsSuccessName(invocation.TargetMethod) || PassesSuccess(invocation.Arguments),
            IObjectCreationOperation creation => PassesSuccess(creation.Arguments),
            _ => false,
        };
    }

    private static bool IsSuccessName(ISymbol member) =>
        s_successName.Contains(member.Name)
        || s_statusSuccessName.Contains(member.Name) && member.ContainingType is { } type && s_statusType.Any(part => type.Name.IndexOf(part, System.StringComparison.Ordinal) >= 0);

    private static bool PassesSuccess(ImmutableArray<IArgumentOperation> arguments) =>
        arguments.Any(a => a.Parameter is { } parameter
            && s_successParameter.Contains(parameter.Name)
            && a.Value.ConstantValue is { HasValue: true, Value: true });

    /// <summary>
    /// Outside probing code, an empty catch swallows a failure when it catches everything (<c>Exception</c>,
    /// <c>SystemException</c>, no type) or the failures of a server, a connection or a file (I/O, sockets,
    /// HTTP, timeouts). One other kind of exception, caught and left (<c>catch (InvalidOperationException) { }</c>
    /// around an animation, <c>catch (ArgumentException) { }</c> around a header that cannot be copied), is a
    /// local decision about a call that did not apply, not a dependency's failure hidden.
    /// </summary>
    private static bool SwallowsFailures(ICatchClauseOperation clause)
    {
        if (clause.ExceptionType is null or { SpecialType: SpecialType.System_Object }
            || clause.ExceptionType is { Name: "Exception" or "SystemException", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
        {
            return true;
        }

        // A file or folder that is not there (a cache not written yet, a file already deleted) is an answer
        // the code expected, not a failure of the disk.
        if (clause.ExceptionType.Name is "FileNotFoundException" or "DirectoryNotFoundException")
        {
            return false;
        }

        for (var type = clause.ExceptionType; type is not null; type = type.BaseType)
        {
            if (s_dependencyFailures.Contains(type.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>try { store.Dispose(); } catch { }</c>: a clean-up that may fail, whose failure changes nothing the
    /// code reports (often on the way out of a failure that is rethrown). Every statement of the <c>try</c> is a
    /// call to a clean-up (<see cref="IsCleanUpName"/>: Dispose, Close, Disconnect, Delete...), or a log call
    /// (<c>Log...</c>) before one.
    /// </summary>
    private static bool IsBestEffortCleanUp(ICatchClauseOperation clause)
    {
        // Read from the syntax: a clean-up of a type the compilation cannot bind is a clean-up all the same.
        if (clause.Syntax.Parent is not Microsoft.CodeAnalysis.CSharp.Syntax.TryStatementSyntax { Block.Statements: { Count: > 0 } body })
        {
            return false;
        }

        var cleansUp = false;
        foreach (var statement in body)
        {
            var call = statement is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax { Expression: var expression } ? expression : null;
            while (call is Microsoft.CodeAnalysis.CSharp.Syntax.AwaitExpressionSyntax { Expression: var awaited })
            {
                call = awaited;
            }

            var name = call is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: var target }
                ? target switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                    Microsoft.CodeAnalysis.CSharp.Syntax.MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                    _ => null,
                }
                : null;
            if (name is not null && name.StartsWith("Log", System.StringComparison.Ordinal))
            {
                // _logger.LogWarning("Deleting {Path}", path); before the clean-up itself.
                continue;
            }

            if (!IsCleanUpName(name))
            {
                return false;
            }

            cleansUp = true;
        }

        return cleansUp;
    }

    /// <summary>
    /// Dispose, DisposeAsync, Close, Abort, Kill, Stop, Delete and DeleteFile, DeleteDirectory..., Disconnect and
    /// DisconnectAsync, Shutdown and ShutdownAsync: what ends or releases something. And SetResult, SetException and
    /// SetCanceled, which hand a waiter its answer and throw only when it already has one.
    /// </summary>
    private static bool IsCleanUpName(string? name) =>
        name is "Dispose" or "DisposeAsync" or "Close" or "CloseAsync" or "Abort" or "Kill" or "Stop" or "StopAsync"
            or "SetResult" or "SetException" or "SetCanceled"
        || name is not null && (name.StartsWith("Delete", System.StringComparison.Ordinal)
            || name.StartsWith("Disconnect", System.StringComparison.Ordinal)
            || name.StartsWith("Shutdown", System.StringComparison.Ordinal));

    private static readonly NameSet s_dependencyFailures = new(
        "IOException", "SocketException", "WebException", "HttpRequestException", "TimeoutException", "RpcException",
        "DbException", "RedisException", "BrokerUnreachableException");

    /// <summary>
    /// Outside probing code, an empty catch whose comment says why (three words or more:
    /// <c>// It's the subscriber's responsibility to report its exceptions</c>) is a documented decision.
    /// <c>// ignore</c> says nothing.
    /// </summary>
    private static bool IsExplained(ICatchClauseOperation clause) =>
        clause.Handler.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax block
        && (HasComment(block.OpenBraceToken.TrailingTrivia) || HasComment(block.CloseBraceToken.LeadingTrivia)
            // catch (Exception) // ignore this assembly then: the comment beside the catch itself
            || HasComment(block.OpenBraceToken.GetPreviousToken().TrailingTrivia));

    private static readonly char[] s_wordSeparators = [' ', '\t', '/', '*'];

    private static bool HasComment(SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            if ((item.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SingleLineCommentTrivia) || item.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.MultiLineCommentTrivia))
                && item.ToString().Split(s_wordSeparators, System.StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="caught"/> is <paramref name="expected"/> or derives from it.</summary>
    private static bool IsA(ITypeSymbol? caught, INamedTypeSymbol? expected)
    {
        for (var type = caught; type is not null && expected is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, expected))
            {
                return true;
            }
        }

        return false;
    }
}
