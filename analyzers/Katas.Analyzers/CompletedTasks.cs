using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF006: tells when the task of a <c>.Result</c>, <c>.Wait()</c> or <c>.GetAwaiter().GetResult()</c> has
/// already finished, so the call returns at once and blocks nothing:
/// <list type="bullet">
/// <item><c>Task.FromResult(x).Result</c>, <c>Task.CompletedTask.Wait()</c>;</item>
/// <item>a task awaited earlier in the same method through <c>await Task.WhenAll(tasks)</c> (or waited for
/// with <c>Task.WaitAll(tasks)</c>, which is reported itself), also when it is
/// read from that collection (<c>tasks.Select(t =&gt; t.Result)</c>, <c>foreach (var t in tasks)</c>, <c>tasks[0]</c>,
/// <c>foreach (var pair in tasks)</c> with <c>pair.Value</c> after <c>await Task.WhenAll(tasks.Values)</c>, or a local
/// picked from it: <c>var failed = tasks.FirstOrDefault(t =&gt; ...)</c>);</item>
/// <item>the task <c>await Task.WhenAny(...)</c> returned;</item>
/// <item>any of these read through a conditional access (<c>errorTask?.Result</c> after
/// <c>await Task.WhenAll(outputTask, errorTask ?? Task.CompletedTask)</c>);</item>
/// <item>a task awaited earlier in the same method (<c>await task.WaitAsync(timeout)</c>, <c>await task.ConfigureAwait(false)</c>);</item>
/// <item>a task a lambda stored and returned to a call awaited earlier (<c>await db.UsingAsync(c =&gt; task = c.QueryAsync(sql))</c>);</item>
/// <item>the antecedent a <c>ContinueWith</c> continuation is given (<c>task.ContinueWith(t =&gt; t.Result)</c>);</item>
/// <item>a task whose <c>IsCompleted</c>, <c>IsCompletedSuccessfully</c>, <c>IsFaulted</c>, <c>IsCanceled</c> or
/// <c>Status</c> the method read before.</item>
/// </list>
/// Only called once a blocking wait has been found, so the walk over the method costs nothing elsewhere.
/// </summary>
internal static class CompletedTasks
{
    /// <summary>
    /// <c>task.ContinueWith(t =&gt; t.GetAwaiter().GetResult())</c>: a continuation runs once its antecedent, the
    /// lambda's first parameter, has finished.
    /// </summary>
    private static bool IsContinuationOf(IParameterSymbol antecedent, IOperation wait)
    {
        for (var current = wait.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda && SymbolEqualityComparer.Default.Equals(lambda.Symbol, antecedent.ContainingSymbol))
            {
                var argument = lambda.Parent is IDelegateCreationOperation creation ? creation.Parent : lambda.Parent;
                return argument is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "ContinueWith" } };
            }
        }

        return false;
    }

    public static bool IsKnownComplete(IOperation wait, BlockingWaitAnalyzer.WaitTypes types)
    {
        var task = wait switch
        {
            IPropertyReferenceOperation result => result.Instance,
            IInvocationOperation { TargetMethod.Name: "GetResult", Instance: IInvocationOperation awaiter } => awaiter.Instance,
            IInvocationOperation { TargetMethod.Name: "Wait" } call => call.Instance,
            _ => null,
        };

        if (task is null)
        {
            return false;
        }

        task = Unwrap(ReceiverOfConditionalAccess(task));
        switch (task)
        {
            // Task.FromResult(x).Result, ValueTask.FromResult(x).Result
            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "FromResult" or "FromException" or "FromCanceled" } factory }
                when types.IsTaskFactory(factory.ContainingType):
                return true;

            // Task.CompletedTask.Wait()
            case IPropertyReferenceOperation { Property: { IsStatic: true, Name: "CompletedTask" } completed }
                when types.IsTaskFactory(completed.ContainingType):
                return true;

            // (await Task.WhenAny(a, b)).Result
            case IAwaitOperation awaited when IsCombinator(awaited.Operation, "WhenAny", types):
                return true;
        }

        if (task is IParameterReferenceOperation { Parameter: { Ordinal: 0 } antecedent } && IsContinuationOf(antecedent, wait))
        {
            return true;
        }

        if ((ElementOfLoop(task) ?? Referenced(task)) is not { } symbol)
        {
            return false;
        }

        var sources = SourcesOf(symbol, wait);
        var root = RootOf(wait);

        foreach (var earlier in root.Descendants())
        {
            if (earlier.Syntax.SpanStart >= wait.Syntax.SpanStart)
            {
                continue;
            }

            switch (earlier)
            {
                case IAwaitOperation awaited when IsCombinator(awaited.Operation, "WhenAll", types) && References(Combinator(awaited.Operation), sources):
                    return true;

                // Task.WaitAll(tasks) blocks (and is reported); after it, the tasks' results wait for nothing.
                case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "WaitAll" } waitAll } call
                    when types.IsTaskFactory(waitAll.ContainingType) && References(call, sources):
                    return true;

                // await task.WaitAsync(timeout); ... task.Result: the await returned, so the task has finished.
                case IAwaitOperation awaited when SymbolEqualityComparer.Default.Equals(Referenced(Combinator(awaited.Operation)), symbol):
                    return true;

                case IAwaitOperation awaited when IsCombinator(awaited.Operation, "WhenAny", types) && StoredIn(awaited) is { } stored
                    && SymbolEqualityComparer.Default.Equals(stored, symbol):
                    return true;

                case IPropertyReferenceOperation { Property.Name: "IsCompleted" or "IsCompletedSuccessfully" or "IsFaulted" or "IsCanceled" or "Status", Instance: { } checkedTask }
                    when SymbolEqualityComparer.Default.Equals(Referenced(checkedTask), symbol):
                    return true;

                case IAwaitOperation awaited when awaited.Syntax.Span.End <= wait.Syntax.SpanStart && HandsStoredTaskTo(awaited.Operation, symbol, types):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>await connection.UsingAsync(c =&gt; task = c.QueryAsync(sql));</c> then <c>task.Result</c>: the lambda stores the
    /// task and gives it back to the call, which takes a delegate that returns a task and is awaited, so it returned
    /// only once the task it was given had finished.
    /// </summary>
    private static bool HandsStoredTaskTo(IOperation awaited, ISymbol symbol, BlockingWaitAnalyzer.WaitTypes types)
    {
        // A call whose lambda does not bind (a package's QueryAsync the compilation cannot see) is an invalid operation
        // with the lambda among its children.
        var given = Combinator(awaited) switch
        {
            IInvocationOperation call => call.Arguments.Select(argument => UnwrapOrNull(argument.Value) is IDelegateCreationOperation creation ? creation.Target : null),
            IInvalidOperation call => call.ChildOperations,
            _ => [],
        };

        foreach (var argument in given)
        {
            if (argument is IAnonymousFunctionOperation { Symbol.ReturnType: var returnType, Body.Operations: { Length: 1 } body }
                && types.IsTask(returnType as INamedTypeSymbol)
                && body[0] is IReturnOperation { ReturnedValue: { } returned }
                && UnwrapOrNull(returned) is ISimpleAssignmentOperation { Target: var stored }
                && SymbolEqualityComparer.Default.Equals(Referenced(stored), symbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The foreach variable a task is a member of: <c>pair</c> in <c>pair.Value.Result</c> inside
    /// <c>foreach (var pair in tasks)</c>, a dictionary of tasks. The task is then one of the collection's.
    /// </summary>
    private static ILocalSymbol? ElementOfLoop(IOperation task)
    {
        if (UnwrapOrNull(task) is not IPropertyReferenceOperation { Property.IsIndexer: false, Instance: { } instance }
            || UnwrapOrNull(instance) is not ILocalReferenceOperation { Local: var element })
        {
            return null;
        }

        for (var current = task.Parent; current is not null; current = current.Parent)
        {
            if (current is IForEachLoopOperation loop && loop.Locals.Contains(element, SymbolEqualityComparer.Default))
            {
                return element;
            }
        }

        return null;
    }

    // LINQ's calls that pick one element of a collection: the task picked is one of the collection's.
    private static readonly NameSet s_picksOne = new(
        "First", "FirstOrDefault", "Single", "SingleOrDefault", "Last", "LastOrDefault", "ElementAt", "ElementAtOrDefault");

    /// <summary>The task's own symbol and, for a lambda parameter or a foreach variable, the collection it comes from.</summary>
    private static List<ISymbol> SourcesOf(ISymbol symbol, IOperation wait)
    {
        var sources = new List<ISymbol> { symbol };
        if (symbol is ILocalSymbol local && PickedFrom(local, wait) is { } picked)
        {
            // var failed = tasks.FirstOrDefault(t => t.Result.Error != null); ... failed.Result
            AddReferences(picked, sources);
        }

        for (var current = wait.Parent; current is not null; current = current.Parent)
        {
            IOperation? collection = current switch
            {
                IAnonymousFunctionOperation lambda when symbol is IParameterSymbol && lambda.Symbol.Parameters.Contains((IParameterSymbol)symbol, SymbolEqualityComparer.Default) =>
                    ReceiverOfLambda(lambda),
                IForEachLoopOperation loop when symbol is ILocalSymbol && loop.Locals.Contains((ILocalSymbol)symbol, SymbolEqualityComparer.Default) =>
                    loop.Collection,
                _ => null,
            };

            if (collection is not null)
            {
                // tasks, or a and b in new[] { a, b }
                AddReferences(collection, sources);
                break;
            }
        }

        return sources;
    }

    private static void AddReferences(IOperation collection, List<ISymbol> sources)
    {
        foreach (var part in Root(collection).DescendantsAndSelf())
        {
            if (Referenced(part) is { } source)
            {
                sources.Add(source);
            }
        }
    }

    /// <summary>
    /// The collection a local is picked from where it is declared (<c>var failed = tasks.FirstOrDefault(...)</c>), when
    /// it is never assigned again.
    /// </summary>
    private static IOperation? PickedFrom(ILocalSymbol local, IOperation wait)
    {
        var root = RootOf(wait);

        IOperation? picked = null;
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.Initializer?.Value is { } value && Unwrap(value) is IInvocationOperation call
                        && s_picksOne.Contains(call.TargetMethod.Name) && ReceiverOf(call) is { } receiver)
                    {
                        picked = receiver;
                    }

                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    return null;
            }
        }

        return picked;
    }

    /// <summary><c>tasks</c> in <c>tasks.Select(t =&gt; t.Result)</c> and <c>tasks.Where(...).Select(t =&gt; t.Result)</c>.</summary>
    private static IOperation? ReceiverOfLambda(IAnonymousFunctionOperation lambda)
    {
        var parent = lambda.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parent: IInvocationOperation call } ? ReceiverOf(call) : null;
    }

    private static IOperation? ReceiverOf(IInvocationOperation call) =>
        call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);

    /// <summary>Walks down a chain of calls (<c>tasks.Where(...).ToArray()</c>) to the collection it starts from.</summary>
    private static IOperation Root(IOperation collection)
    {
        collection = Unwrap(collection);
        while (collection is IInvocationOperation call && ReceiverOf(call) is { } receiver)
        {
            collection = Unwrap(receiver);
        }

        return collection;
    }

    /// <summary><c>errorTask</c> in <c>errorTask?.Result</c>: the task a conditional access reads from.</summary>
    private static IOperation ReceiverOfConditionalAccess(IOperation task)
    {
        if (task is IConditionalAccessInstanceOperation)
        {
            for (var current = task.Parent; current is not null; current = current.Parent)
            {
                if (current is IConditionalAccessOperation access)
                {
                    return access.Operation;
                }
            }
        }

        return task;
    }

    private static bool IsCombinator(IOperation awaited, string name, BlockingWaitAnalyzer.WaitTypes types) =>
        Combinator(awaited) is IInvocationOperation { TargetMethod: { IsStatic: true } method } && method.Name == name && types.IsTaskFactory(method.ContainingType);

    /// <summary><c>Task.WhenAll(...)</c> under <c>.ConfigureAwait(false)</c> or <c>.WaitAsync(...)</c>.</summary>
    private static IOperation Combinator(IOperation awaited)
    {
        awaited = Unwrap(awaited);
        while (awaited is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" or "WaitAsync", Instance: { } inner })
        {
            awaited = Unwrap(inner);
        }

        return awaited;
    }

    private static bool References(IOperation combinator, List<ISymbol> sources)
    {
        foreach (var operation in combinator.Descendants())
        {
            if (Referenced(operation) is { } symbol && sources.Contains(symbol, SymbolEqualityComparer.Default))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The local, field or property the value of <paramref name="operation"/> is stored in.</summary>
    private static ISymbol? StoredIn(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation assignment => Referenced(assignment.Target),
            _ => null,
        };
    }

    private static ISymbol? Referenced(IOperation? operation) => UnwrapOrNull(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: var list } => Referenced(list),
        IPropertyReferenceOperation property => property.Property,
        IArrayElementReferenceOperation element => Referenced(element.ArrayReference),
        _ => null,
    };

    private static IOperation? UnwrapOrNull(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            operation = operation switch
            {
                IConversionOperation conversion => conversion.Operand,
                IParenthesizedOperation parenthesized => parenthesized.Operand,
                _ => operation,
            };
        }

        return operation;
    }

    private static IOperation Unwrap(IOperation operation) => UnwrapOrNull(operation)!;

    /// <summary>The method body (or other root) an operation belongs to.</summary>
    private static IOperation RootOf(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }
}
