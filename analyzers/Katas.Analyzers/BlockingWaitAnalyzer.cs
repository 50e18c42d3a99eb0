using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF006: a blocking wait (<c>.Result</c>, <c>.Wait()</c>, <c>.GetAwaiter().GetResult()</c>,
/// <c>Thread.Sleep</c>) in async code or in probing and polling code. A blocked thread cannot serve
/// anything else: a probe loop that sleeps or blocks on a hanging target starves the thread pool and
/// stops checking every other target with it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingWaitAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// Diagnostic property: "true" when <c>await</c> can replace the wait where it stands, compiling and
    /// keeping its meaning (<see cref="AwaitSafety"/>): the code fix is offered only then.
    /// </summary>
    public const string CanAwaitProperty = "CanAwait";

    internal static readonly DiagnosticDescriptor Descriptor =
        Rule.Create(RuleIdentifiers.BlockingWait, RuleCategories.Reliability, DiagnosticSeverity.Warning);

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

            var types = new WaitTypes(start.Compilation);
            var mainCalls = new MainCalls(start.Compilation);
            var wrappers = new ThreadWrappers();
            var inSynchronousCode = SpofOptions.ReportsInSynchronousCode(start.Compilation, start.Options, Descriptor.Id);

            // Whether the project is a console program the options leave alone reads every file for a hosted service:
            // asked once, and only by a wait that would otherwise be reported. Most compilations never ask.
            var compilation = start.Compilation;
            var options = start.Options;
            var cancellationToken = start.CancellationToken;
            var skipsConsoleProgram = new Lazy<bool>(
                () => SpofOptions.SkipsConsoleProgram(compilation, options, Descriptor.Id, cancellationToken),
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterOperationAction(
                c => Analyze(c, types, mainCalls, wrappers, inSynchronousCode, skipsConsoleProgram),
                OperationKind.PropertyReference,
                OperationKind.Invocation);
        });
    }

    private static void Analyze(
        OperationAnalysisContext context, WaitTypes types, MainCalls mainCalls, ThreadWrappers wrappers, bool inSynchronousCode, Lazy<bool> skipsConsoleProgram)
    {
        var operation = context.Operation;
        var isBlocking = operation switch
        {
            IPropertyReferenceOperation { Property.Name: "Result", Instance: not null } property => types.IsTask(property.Property.ContainingType),
            IInvocationOperation { TargetMethod.Name: "Wait", Instance: not null } wait => types.IsTask(wait.TargetMethod.ContainingType),
            IInvocationOperation { TargetMethod: { Name: "WaitAll" or "WaitAny", IsStatic: true } waitAll } => types.IsTask(waitAll.ContainingType),
            IInvocationOperation { TargetMethod.Name: "GetResult", Instance: IInvocationOperation { TargetMethod.Name: "GetAwaiter" } awaiter } =>
                awaiter.Instance is not null && types.IsTask(awaiter.TargetMethod.ContainingType),
            IInvocationOperation { TargetMethod: { Name: "Sleep", IsStatic: true } sleep } => SymbolEqualityComparer.Default.Equals(sleep.ContainingType, types.Thread),
            _ => false,
        };

        if (!isBlocking)
        {
            return;
        }

        var isSleep = operation is IInvocationOperation { TargetMethod.Name: "Sleep" };
        if (isSleep && IsYield((IInvocationOperation)operation))
        {
            return;
        }

        if (CodeContext.IsAsyncContext(operation, context.ContainingSymbol))
        {
            if (MainThreadWaits.RunsBeforeFirstAwait(operation.Syntax, context.ContainingSymbol))
            {
                return;
            }
        }
        else
        {
            // SPOF006.in_synchronous_code = false (the package's configuration): only waits where an await is at hand.
            if (!inSynchronousCode)
            {
                return;
            }

            if (!CodeContext.IsProbingCode(context.ContainingSymbol) && !(isSleep && IsInsideLoop(operation)))
            {
                return;
            }

            // A thread that serves nothing else may sleep: a synchronous Main's, one the code starts itself, or one
            // dying of an unhandled exception. Asked last: it reads the callers (for a call from Main in another type,
            // the whole compilation, once), and only a wait that would otherwise be reported needs it.
            if (isSleep && OwnThreads.RunsOnOwnThread(operation, context.ContainingSymbol, mainCalls, wrappers, context.CancellationToken))
            {
                return;
            }

            // A Windows Forms game loop in the UI thread's idle time, which ends as soon as a window message arrives.
            if (isSleep && IdleLoops.IsIdleLoop(operation, context.ContainingSymbol, context.CancellationToken))
            {
                return;
            }
        }

        if (!isSleep && CompletedTasks.IsKnownComplete(operation, types))
        {
            return;
        }

        if (skipsConsoleProgram.Value)
        {
            return;
        }

        var canAwait = AwaitSafety.CanAwait(operation, context.ContainingSymbol);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            operation.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(CanAwaitProperty, canAwait ? "true" : "false"),
            Snippet.Of(Shown(operation.Syntax))));
    }

    /// <summary><c>task?.Result</c> rather than <c>.Result</c>: the whole conditional access the wait is part of.</summary>
    private static SyntaxNode Shown(SyntaxNode syntax)
    {
        while (syntax.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull.Span.Contains(syntax.Span))
        {
            syntax = access;
        }

        return syntax;
    }

    /// <summary>
    /// <c>while (...) { ...; Thread.Sleep(interval); }</c> is a polling loop whatever its method is called.
    /// A loop outside the lambda or local function the sleep is in does not count: that code runs elsewhere.
    /// </summary>
    private static bool IsInsideLoop(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ILoopOperation:
                    return true;
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>Thread.Sleep(0)</c> and <c>Thread.Sleep(TimeSpan.Zero)</c> give the rest of the time slice to another
    /// thread and return: a yield, not a wait.
    /// </summary>
    private static bool IsYield(IInvocationOperation sleep) =>
        sleep.Arguments.Length == 1
        && ImplicitConversions.Unwrap(sleep.Arguments[0].Value) switch
        {
            { ConstantValue: { HasValue: true, Value: 0 } } => true,
            IFieldReferenceOperation { Field: { Name: "Zero", IsStatic: true, ContainingType.Name: "TimeSpan" } } => true,
            _ => false,
        };

    internal sealed class WaitTypes(Compilation compilation)
    {
        private readonly INamedTypeSymbol? _task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        private readonly INamedTypeSymbol? _taskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        private readonly INamedTypeSymbol? _valueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        private readonly INamedTypeSymbol? _valueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");

        public INamedTypeSymbol? Thread { get; } = compilation.GetTypeByMetadataName("System.Threading.Thread");

        /// <summary>Task or ValueTask without a type argument: the types of <c>Task.WhenAll</c>, <c>Task.FromResult</c>...</summary>
        public bool IsTaskFactory(INamedTypeSymbol? type) =>
            type is not null
            && (SymbolEqualityComparer.Default.Equals(type, _task) || SymbolEqualityComparer.Default.Equals(type, _valueTask));

        public bool IsTask(INamedTypeSymbol? type)
        {
            var definition = type?.OriginalDefinition;
            return definition is not null
                && (SymbolEqualityComparer.Default.Equals(definition, _task)
                    || SymbolEqualityComparer.Default.Equals(definition, _taskOfT)
                    || SymbolEqualityComparer.Default.Equals(definition, _valueTask)
                    || SymbolEqualityComparer.Default.Equals(definition, _valueTaskOfT));
        }
    }
}
