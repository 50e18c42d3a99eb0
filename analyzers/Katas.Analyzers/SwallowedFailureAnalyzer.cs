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
            if (SpofOptions.SkipsProject(start.Compilation, start.Options, Descriptor.Id)
                || SpofOptions.SkipsDesktopApplication(start.Compilation, start.Options, Descriptor.Id, reportsByDefault: true))
            {
                return;
            }

            var cancellation = start.Compilation.GetTypeByMetadataName("System.OperationCanceledException");
            var disposed = start.Compilation.GetTypeByMetadataName("System.ObjectDisposedException");
            var application = new ApplicationTypes(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeCatch(c, cancellation, disposed, application), OperationKind.CatchClause);
        });
    }

    private static void AnalyzeCatch(OperationAnalysisContext context, INamedTypeSymbol? cancellation, INamedTypeSymbol? disposed, ApplicationTypes application)
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
            if (!IsA(clause.ExceptionType, cancellation) && !IsA(clause.ExceptionType, disposed) && !IsBestEffortCleanUp(clause, context.ContainingSymbol)
                && !WritesOnlyToTheScreen(clause)
                && !FiltersCallerCancellation(clause) && !ExpectedAnswers.IsTimeoutAnswer(clause, context.ContainingSymbol)
                && !ExpectedAnswers.IsFormatAnswer(clause, context.ContainingSymbol)
                && (CodeContext.IsProbingCode(context.ContainingSymbol)
                    ? !(IsExplained(clause) && CannotHideTheTarget(clause, application))
                    : SwallowsFailures(clause) && !IsExplained(clause) && !ExpectedAnswers.FiltersNotFound(clause) && !ReadsOnlyAnEndpoint(clause)
                        && !LocalWork.IsAllThatTheTryDoes(clause, application) && !(CatchesEverything(clause) && LoggerCode.Contains(context.ContainingSymbol))))
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
            // (new Outcome(e)) decided what true means, and so did a member that asks after trouble
            // (IsFileLocked: true is "locked"); one that does none of these reports success on a failure.
            if (returned.ReturnedValue is { } value && MeansSuccess(value)
                && (probing || !IsBareTrue(value) || !(IsExplained(clause) || HandsOn(clause) || ExpectedAnswers.IsTroubleAnswer(context.ContainingSymbol))))
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
    private static bool CannotHideTheTarget(ICatchClauseOperation clause, ApplicationTypes application) =>
        !SwallowsFailures(clause) || LocalWork.IsAllThatTheTryDoes(clause, application);

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
        if (CatchesEverything(clause))
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

    /// <summary><c>catch</c>, <c>catch (Exception)</c>, <c>catch (SystemException)</c>: whatever went wrong.</summary>
    private static bool CatchesEverything(ICatchClauseOperation clause) =>
        clause.ExceptionType is null or { SpecialType: SpecialType.System_Object }
        || clause.ExceptionType is { Name: "Exception" or "SystemException", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>
    /// <c>try { store.Dispose(); } catch { }</c>: a clean-up that may fail, whose failure changes nothing the
    /// code reports (often on the way out of a failure that is rethrown). Every statement of the <c>try</c> is a
    /// clean-up (<see cref="CleanUpPart"/>), or a log call (<c>Log...</c>) before one.
    /// </summary>
    private static bool IsBestEffortCleanUp(ICatchClauseOperation clause, ISymbol? member)
    {
        // Read from the syntax: a clean-up of a type the compilation cannot bind is a clean-up all the same.
        if (clause.Syntax.Parent is not Microsoft.CodeAnalysis.CSharp.Syntax.TryStatementSyntax { Block.Statements: { Count: > 0 } body } tryStatement)
        {
            return false;
        }

        var wayOut = WayOut.Of(tryStatement, IsCleanUpMember(member));
        return Walk(body, e => CleanUpPart(e, wayOut)) == Part.Itself;
    }

    /// <summary>What a statement is to the best-effort work a <c>try</c> may do: the work itself, harmless beside it, or other work.</summary>
    private enum Part
    {
        OtherWork,
        Harmless,
        Itself,
    }

    /// <summary>Statements that do the work, with nothing but harmless statements beside: at least one does it.</summary>
    private static Part Walk(IEnumerable<Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax> statements, System.Func<Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax, Part> expressionPart)
    {
        var result = Part.Harmless;
        foreach (var statement in statements)
        {
            switch (Walk(statement, expressionPart))
            {
                case Part.OtherWork:
                    return Part.OtherWork;
                case Part.Itself:
                    result = Part.Itself;
                    break;
            }
        }

        return result;
    }

    /// <summary>
    /// A statement of the work, read through its shape: a <c>foreach</c> over a list, or an <c>if</c> on a condition that
    /// calls nothing, whose body does the work (<c>foreach (var c in clients) c.Close();</c>,
    /// <c>if (_ctx != null) { free(&amp;p); _ctx = null; }</c>); a local copy of a reference (<c>var p = _ctx;</c>), a
    /// deadline (<c>using var cts = new CancellationTokenSource(timeout);</c>) and <c>return;</c> are harmless beside it; <paramref name="expressionPart"/> tells what an expression statement is.
    /// </summary>
    private static Part Walk(Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax statement, System.Func<Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax, Part> expressionPart)
    {
        switch (statement)
        {
            case Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax block:
                return Walk(block.Statements, expressionPart);
            case Microsoft.CodeAnalysis.CSharp.Syntax.IfStatementSyntax { Else: null } conditional when CallsNothing(conditional.Condition):
                return Walk(conditional.Statement, expressionPart);
            case Microsoft.CodeAnalysis.CSharp.Syntax.ForEachStatementSyntax loop when ListsOnly(loop.Expression):
                return Walk(loop.Statement, expressionPart) == Part.Itself ? Part.Itself : Part.OtherWork;
            case Microsoft.CodeAnalysis.CSharp.Syntax.LocalDeclarationStatementSyntax declaration:
                // var pCodecContext = _audDecCtx; before the native free that takes its address. using var cts =
                // new CancellationTokenSource(timeout); before a close it bounds.
                return declaration.Declaration.Variables.All(v => v.Initializer is { Value: var value } && (IsPlainReference(value) || IsTimer(value)))
                    ? Part.Harmless
                    : Part.OtherWork;
            case Microsoft.CodeAnalysis.CSharp.Syntax.ReturnStatementSyntax { Expression: null }:
                return Part.Harmless;
            case Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax { Expression: var expression }:
                return expressionPart(expression);
            default:
                return Part.OtherWork;
        }
    }

    /// <summary>
    /// A call to a clean-up (<see cref="IsCleanUpName"/>: Dispose, Close, Disconnect, Delete, a native
    /// <c>avcodec_free_context</c>...); on the way out (<see cref="WayOut"/>: inside a member named like a clean-up,
    /// <see cref="IsCleanUpMember"/>, or a catch that rethrows), a call that runs one as a delegate
    /// (<c>_closeRetryPolicy.RunWithRetryAsync(CleanUpImplAsync)</c>: the retry adds no work of its own), a cancel
    /// (<c>_cts.Cancel()</c>) and a wait for the background work to end (<see cref="WayOut.WaitsForTheEnd"/>). Harmless beside them: a log call (<c>_logger.LogWarning(...)</c>), a reference set to
    /// <c>null</c> once released.
    /// </summary>
    private static Part CleanUpPart(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax expression, WayOut wayOut)
    {
        if (wayOut.WaitsForTheEnd(expression))
        {
            // await _loop.WaitAsync(timeout); or _cts.Cancel(); ... await _loop;
            return Part.Itself;
        }

        if (expression is Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression, Right: var assigned })
        {
            // _audDecCtx = null; or _handle = IntPtr.Zero; after the free: forgetting what was released.
            return assigned.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.NullLiteralExpression)
                || assigned.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.DefaultLiteralExpression)
                || assigned is Microsoft.CodeAnalysis.CSharp.Syntax.DefaultExpressionSyntax
                || assigned is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Zero" }
                ? Part.Harmless
                : Part.OtherWork;
        }

        if (Call(expression) is not { } call)
        {
            return Part.OtherWork;
        }

        var name = CalledName(call);
        if (name is not null && name.StartsWith("Log", System.StringComparison.Ordinal))
        {
            // _logger.LogWarning("Deleting {Path}", path); before the clean-up itself.
            return Part.Harmless;
        }

        return IsCleanUpName(name)
            || wayOut.IsOnTheWayOut && (WayOut.IsCancel(call) || call.ArgumentList.Arguments.Any(a => RunsCleanUp(a.Expression)))
            ? Part.Itself
            : Part.OtherWork;
    }

    /// <summary>The call an expression statement makes: through <c>await</c>, <c>?.</c>, <c>.ConfigureAwait(...)</c> and <c>.GetAwaiter().GetResult()</c>.</summary>
    private static Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax? Call(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax? expression)
    {
        while (true)
        {
            switch (expression)
            {
                case Microsoft.CodeAnalysis.CSharp.Syntax.AwaitExpressionSyntax awaited:
                    expression = awaited.Expression;
                    break;
                case Microsoft.CodeAnalysis.CSharp.Syntax.ConditionalAccessExpressionSyntax conditional:
                    expression = conditional.WhenNotNull;
                    break;
                case Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Expression: var configured } }:
                    expression = configured;
                    break;
                case Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax
                {
                    ArgumentList.Arguments.Count: 0,
                    Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax
                    {
                        Name.Identifier.ValueText: "GetResult",
                        Expression: Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax
                        {
                            ArgumentList.Arguments.Count: 0,
                            Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter", Expression: var waited },
                        },
                    },
                }:
                    // client.DisconnectAsync().GetAwaiter().GetResult(): the same clean-up, waited for in a Dispose.
                    expression = waited;
                    break;
                case Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax invocation:
                    return invocation;
                default:
                    return null;
            }
        }
    }

    private static string? CalledName(Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax call) => call.Expression switch
    {
        Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        Microsoft.CodeAnalysis.CSharp.Syntax.MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// A delegate that cleans up: a method named like one (<c>CleanUpImplAsync</c>, <c>Dispose</c>) or a lambda whose
    /// body is a clean-up (<c>() =&gt; channel.CloseAsync()</c>).
    /// </summary>
    private static bool RunsCleanUp(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax argument) => argument switch
    {
        Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax method => IsCleanUpMemberName(method.Identifier.ValueText),
        Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax method => IsCleanUpMemberName(method.Name.Identifier.ValueText),
        Microsoft.CodeAnalysis.CSharp.Syntax.LambdaExpressionSyntax { Block: { } block } => Walk(block.Statements, e => CleanUpPart(e, WayOut.None)) == Part.Itself,
        Microsoft.CodeAnalysis.CSharp.Syntax.LambdaExpressionSyntax { ExpressionBody: { } body } => CleanUpPart(body, WayOut.None) == Part.Itself,
        _ => false,
    };

    /// <summary>A local, a field or a member read: <c>_audDecCtx</c>, <c>this.clients</c>, <c>server.Clients</c>.</summary>
    private static bool IsPlainReference(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax expression) => expression switch
    {
        Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.ThisExpressionSyntax => true,
        Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleMemberAccessExpression } member => IsPlainReference(member.Expression),
        _ => false,
    };

    /// <summary><c>new CancellationTokenSource(timeout)</c>: a deadline for the clean-up beside it, which starts no work.</summary>
    private static bool IsTimer(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax value) =>
        value is Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax { Type: var type }
        && type.ToString() is "CancellationTokenSource" or "System.Threading.CancellationTokenSource";

    /// <summary>The list a clean-up loop walks: a plain reference, or a copy of one (<c>_clients.ToArray()</c>).</summary>
    private static bool ListsOnly(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax expression) =>
        IsPlainReference(expression)
        || expression is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax
        {
            ArgumentList.Arguments.Count: 0,
            Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray" or "ToList", Expression: var copied },
        } && IsPlainReference(copied);

    /// <summary>A condition that only compares what it reads (<c>_ctx != null</c>), so cannot fail for a dependency.</summary>
    private static bool CallsNothing(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax condition) =>
        !condition.DescendantNodesAndSelf().Any(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.AwaitExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax);

    /// <summary>
    /// Dispose, DisposeAsync, Close, Abort, Kill, Stop, Delete and DeleteFile, DeleteDirectory..., Disconnect and
    /// DisconnectAsync, Shutdown and ShutdownAsync: what ends or releases something. And SetResult, SetException and
    /// SetCanceled, which hand a waiter its answer and throw only when it already has one. And a name one of whose
    /// parts begins with Free, Release, Destroy, Close or Dispose (<see cref="s_releaseWords"/>).
    /// </summary>
    private static bool IsCleanUpName(string? name) =>
        name is "Dispose" or "DisposeAsync" or "Close" or "CloseAsync" or "Abort" or "Kill" or "Stop" or "StopAsync"
            or "SetResult" or "SetException" or "SetCanceled"
        || name is not null && (name.StartsWith("Delete", System.StringComparison.Ordinal)
            || name.StartsWith("Disconnect", System.StringComparison.Ordinal)
            || name.StartsWith("Shutdown", System.StringComparison.Ordinal)
            || BeginsAPart(name, s_releaseWords));

    /// <summary>
    /// The verbs of a native or interop release, first in a part of the name: <c>avcodec_free_context</c>,
    /// <c>av_frame_free</c>, <c>SDL_DestroyWindow</c>, <c>Marshal.FreeHGlobal</c>, <c>ReleaseComObject</c>,
    /// <c>avformat_close_input</c>, <c>CloseHandle</c>. First only: <c>GetFreeSpace</c> reads, it frees nothing.
    /// </summary>
    private static readonly NameSet s_releaseWords = new("Free", "Release", "Destroy", "Close", "Dispose");

    /// <summary>What a member that cleans up is called: Dispose, CleanUpAsync, TearDown, Close, Shutdown, OnDispose, LogoutAsync...</summary>
    private static readonly NameSet s_cleanUpMemberWords = new(
        "Dispose", "Close", "Clean", "Cleanup", "Tear", "Teardown", "Shutdown", "Shut", "Disconnect", "Stop", "Free", "Release", "Destroy",
        "Logout", "Logoff");

    /// <summary>
    /// Whether one part of <paramref name="name"/>, between underscores, begins with one of <paramref name="words"/>.
    /// </summary>
    private static bool BeginsAPart(string name, NameSet words)
    {
        foreach (var part in name.Split('_'))
        {
            var partWords = IdentifierWords.Of(part);
            if (partWords.Count > 0 && words.Contains(partWords[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A finalizer, or a member named like a clean-up: the code that runs on the way out.</summary>
    private static bool IsCleanUpMember(ISymbol? member) =>
        member is IMethodSymbol { MethodKind: MethodKind.Destructor } || member is not null && IsCleanUpMemberName(member.Name);

    private static bool IsCleanUpMemberName(string name)
    {
        var words = IdentifierWords.Of(name);
        var first = words.Count > 1 && words[0] == "On" ? 1 : 0;
        return words.Count > first && s_cleanUpMemberWords.Contains(words[first]);
    }

    /// <summary>
    /// <c>try { textBox_log.AppendText(line); } catch { }</c>, or the same through <c>Invoke(() =&gt; ...)</c> from a worker
    /// thread: a line of log written into a text box on screen, which fails when the form has closed under the writer.
    /// One line lost from the screen hides no dependency's failure. Every statement of the <c>try</c> writes such a
    /// line (<see cref="ScreenWritePart"/>), or is harmless beside one.
    /// </summary>
    private static bool WritesOnlyToTheScreen(ICatchClauseOperation clause) =>
        clause.Syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.TryStatementSyntax { Block.Statements: { Count: > 0 } body }
        && Walk(body, e => ScreenWritePart(e, clause.SemanticModel)) == Part.Itself;

    /// <summary>
    /// <c>AppendText</c>, the method of a text box (Windows Forms, WPF), called on a field or a property, not on a type
    /// (<c>File.AppendText</c> opens a file), with text that calls nothing but <c>ToString</c> or <c>Format</c>
    /// (<c>textBox.AppendText(client.ReadLine())</c> reads a dependency); or <c>Invoke</c> or <c>BeginInvoke</c> of a
    /// lambda whose body writes such a line, possibly behind conditions that call nothing.
    /// </summary>
    private static Part ScreenWritePart(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax expression, SemanticModel? model)
    {
        if (expression is not Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax call)
        {
            return Part.OtherWork;
        }

        switch (CalledName(call))
        {
            case "AppendText":
                return call.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Expression: var box }
                    && IsPlainReference(box) && !NamesAType(box, model)
                    && call.ArgumentList.Arguments.All(a => FormatsOnly(a.Expression))
                    ? Part.Itself
                    : Part.OtherWork;
            case "Invoke" or "BeginInvoke":
                return call.ArgumentList.Arguments.Count == 1 && Lambda(call.ArgumentList.Arguments[0].Expression) is { } lambda
                    && (lambda.Block is { } block ? Walk(block.Statements, e => ScreenWritePart(e, model)) : lambda.ExpressionBody is { } body ? ScreenWritePart(body, model) : Part.OtherWork) == Part.Itself
                    ? Part.Itself
                    : Part.OtherWork;
            default:
                return Part.OtherWork;
        }
    }

    /// <summary>The lambda given to <c>Invoke</c>: bare, cast (<c>(Action)(() =&gt; ...)</c>) or wrapped (<c>new Action(() =&gt; ...)</c>, <c>new MethodInvoker(...)</c>).</summary>
    private static Microsoft.CodeAnalysis.CSharp.Syntax.LambdaExpressionSyntax? Lambda(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax expression) => expression switch
    {
        Microsoft.CodeAnalysis.CSharp.Syntax.LambdaExpressionSyntax lambda => lambda,
        Microsoft.CodeAnalysis.CSharp.Syntax.ParenthesizedExpressionSyntax { Expression: var inner } => Lambda(inner),
        Microsoft.CodeAnalysis.CSharp.Syntax.CastExpressionSyntax { Expression: var inner } => Lambda(inner),
        Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } => Lambda(arguments[0].Expression),
        _ => null,
    };

    /// <summary>Text put together from what is at hand: no call but <c>ToString</c>, <c>Format</c>, <c>Join</c> or <c>Concat</c>, no <c>await</c>.</summary>
    private static bool FormatsOnly(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax text) =>
        !text.DescendantNodesAndSelf().Any(n =>
            n is Microsoft.CodeAnalysis.CSharp.Syntax.AwaitExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax
            || n is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax invocation && CalledName(invocation) is not ("ToString" or "Format" or "Join" or "Concat"));

    /// <summary>
    /// Whether <paramref name="receiver"/> names a type (<c>File</c> in <c>File.AppendText</c>) or is a
    /// <c>FileInfo</c>, whose <c>AppendText</c> opens a file. Without a binding, only <c>File</c> is told by its name.
    /// </summary>
    private static bool NamesAType(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax receiver, SemanticModel? model)
    {
        var symbol = model?.GetSymbolInfo(receiver).Symbol;
        if (symbol is not null)
        {
            var type = symbol switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                _ => null,
            };
            return symbol is ITypeSymbol or INamespaceSymbol || type?.Name == "FileInfo";
        }

        return receiver is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax { Identifier.ValueText: "File" };
    }

    /// <summary>
    /// Outside probing code, <c>try { LocalEndPoint = WorkSocket.LocalEndPoint; } catch { }</c>: a socket's own address
    /// kept for display, which a closed socket no longer knows. A dead socket fails on its next send or receive, where
    /// the code deals with it; nothing is hidden. Every statement of the <c>try</c> assigns a read of
    /// <c>LocalEndPoint</c> or <c>RemoteEndPoint</c> from a plain reference.
    /// </summary>
    private static bool ReadsOnlyAnEndpoint(ICatchClauseOperation clause) =>
        clause.Syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.TryStatementSyntax { Block.Statements: { Count: > 0 } body }
        && body.All(statement => statement is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax
        {
            Expression: Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax
            {
                RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression,
                Right: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: "LocalEndPoint" or "RemoteEndPoint" } read,
            },
        } && IsPlainReference(read));

    private static readonly NameSet s_dependencyFailures = new(
        "IOException", "SocketException", "WebException", "HttpRequestException", "TimeoutException", "RpcException",
        "DbException", "RedisException", "BrokerUnreachableException");

    /// <summary>
    /// Outside probing code, an empty catch or one that returns <c>true</c> whose comment says why (three words or more:
    /// <c>// It's the subscriber's responsibility to report its exceptions</c>) is a documented decision: in the block,
    /// beside <c>catch (...)</c>, on the lines just above <c>catch</c>, or above the <c>try</c> when it speaks of what the
    /// catch does. <c>// ignore</c> says nothing.
    /// </summary>
    private static bool IsExplained(ICatchClauseOperation clause) =>
        clause.Handler.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax block
        && (HasComment(new SyntaxTriviaList(block.DescendantTrivia()))
            // catch (Exception) // ignore this assembly then: the comment beside the catch itself
            || HasComment(block.OpenBraceToken.GetPreviousToken().TrailingTrivia)
            // The comment on the lines just above the catch: // Some manifest URLs return 404 for whatever reason
            || clause.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.CatchClauseSyntax catchClause
                && HasComment(CommentJustAbove(catchClause.CatchKeyword.LeadingTrivia))
            || ExplainedAboveTheTry(clause));

    // Words that say a comment above a try is about what its catch does: "ignore errors like invalid chars", "may throw
    // an exception if the process has already exited", "if possible", "best effort". Not "error" or "failed", which
    // also describe what the try itself does ("Return the error message to the user if the execution failed").
    private static readonly NameSet s_failureWord = new(
        "ignore", "ignored", "ignores", "ignoring", "throw", "throws", "thrown", "exception", "exceptions",
        "swallow", "swallowed", "swallows", "harmless", "possible", "effort", "best-effort");

    /// <summary>
    /// An empty catch whose <c>try</c> has, on the lines just above it, a comment that speaks of what its catch does
    /// (<c>// Get full path if possible, ignore errors like invalid chars or too long</c>): the author wrote the reason
    /// for the catch before the code it guards. A comment above a <c>try</c> that only says what the code does
    /// (<c>// Load the settings</c>) explains nothing about the catch.
    /// </summary>
    private static bool ExplainedAboveTheTry(ICatchClauseOperation clause)
    {
        if (clause.Syntax.Parent is not Microsoft.CodeAnalysis.CSharp.Syntax.TryStatementSyntax tryStatement)
        {
            return false;
        }

        foreach (var comment in CommentJustAbove(tryStatement.TryKeyword.LeadingTrivia))
        {
            if (HasComment(new SyntaxTriviaList(comment))
                && comment.ToString().Split(s_wordSeparators, System.StringSplitOptions.RemoveEmptyEntries)
                    .Any(word => s_failureWord.Contains(word.Trim(',', '.', ':', ';', '(', ')', '"', '\'', '-'))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The comments of a token's leading trivia on the lines just above it, up to the first blank line: a comment
    /// further up, after a blank line, is about other code.
    /// </summary>
    private static SyntaxTriviaList CommentJustAbove(SyntaxTriviaList leading)
    {
        var comments = new List<SyntaxTrivia>();
        var endsOfLine = 0;
        for (var i = leading.Count - 1; i >= 0; i--)
        {
            var item = leading[i];
            if (item.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.EndOfLineTrivia))
            {
                // Two line ends with nothing but white space between them: a blank line.
                if (++endsOfLine == 2)
                {
                    break;
                }
            }
            else if (IsComment(item))
            {
                comments.Add(item);
                endsOfLine = 0;
            }
            else if (item.GetStructure() is Microsoft.CodeAnalysis.CSharp.Syntax.PragmaWarningDirectiveTriviaSyntax pragma
                && pragma.DisableOrRestoreKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.DisableKeyword))
            {
                // #pragma warning disable CA1031 // We are ok catching all exceptions here: the reason the author
                // gave for the very catch below. The directive's line ends inside it.
                comments.AddRange(pragma.DescendantTrivia().Where(IsComment));
                endsOfLine = 0;
            }
            else if (!item.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.WhitespaceTrivia))
            {
                // Another directive (#if DEBUG) or anything else between: stop there.
                break;
            }
        }

        return new SyntaxTriviaList(comments);
    }

    private static readonly char[] s_wordSeparators = [' ', '\t', '/', '*'];

    private static bool IsComment(SyntaxTrivia item) =>
        item.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SingleLineCommentTrivia) || item.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.MultiLineCommentTrivia);

    private static bool HasComment(SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            if (IsComment(item)
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
