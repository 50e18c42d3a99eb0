using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF004: a rotation counter (a field used to pick the next element: <c>backends[_next % count]</c>)
/// advanced with <c>_next++</c>, <c>_next += n</c> or <c>_next = (_next + 1) % n</c> outside a lock and
/// without <c>Interlocked</c>. Under concurrent requests two threads read the same value: both go to the
/// same backend, another gets nothing, and the even spread a balancer promises is gone.
/// </summary>
/// <remarks>
/// Only a type that says it is shared is read (<see cref="SharedState"/>): one that balances load or pools
/// resources by its name, or that synchronizes something else already.
/// Counters that are not used to pick an element (a tracker's run length, statistics) are not reported:
/// only a field that is also used in an index, or with <c>%</c> by a size that is not a constant, is a
/// rotation counter, and a field that wraps at a constant is a sequence number or a fixed ring (<see cref="FixedRange"/>).
/// A <c>lock</c> statement, a <c>Lock.EnterScope()</c> scope, or a <c>try</c> whose
/// <c>finally</c> releases a lock (<c>Monitor.Exit</c>, <c>SemaphoreSlim.Release</c>...) counts as a guard
/// (<see cref="CodeContext.IsGuarded"/>).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonAtomicCounterAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the counter's type (Int32, Int64, UInt32, UInt64), for the code fix.</summary>
    public const string CounterTypeProperty = "CounterType";

    /// <summary>
    /// Diagnostic property: "true" when the method that steps the counter also reads it elsewhere
    /// (<c>var b = _backends[_next % n]; _next++;</c>). Making the step atomic would leave the read racing
    /// with it, so the code fix offers nothing there.
    /// </summary>
    public const string ReadElsewhereProperty = "ReadElsewhere";

    internal static readonly DiagnosticDescriptor Descriptor =
        Rule.Create(RuleIdentifiers.NonAtomicRotationCounter, RuleCategories.Reliability, DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(compilationStart =>
        {
            if (SpofOptions.SkipsProject(compilationStart.Compilation, compilationStart.Options, Descriptor.Id)
                || SpofOptions.SkipsDesktopApplication(compilationStart.Compilation, compilationStart.Options, Descriptor.Id, reportsByDefault: true))
            {
                return;
            }

            compilationStart.RegisterSymbolStartAction(start =>
            {
                var scope = new TypeScope();
                start.RegisterOperationAction(c => OnIncrement(c, scope), OperationKind.Increment, OperationKind.Decrement, OperationKind.CompoundAssignment, OperationKind.SimpleAssignment);
                start.RegisterOperationAction(c => OnRotationUse(c, scope), OperationKind.ArrayElementReference, OperationKind.PropertyReference, OperationKind.Binary);
                start.RegisterSymbolEndAction(scope.Report);
            }, SymbolKind.NamedType);
        });
    }

    private static void OnIncrement(OperationAnalysisContext context, TypeScope scope)
    {
        var (target, wraps) = context.Operation switch
        {
            IIncrementOrDecrementOperation step => (step.Target, false),
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } compound => (compound.Target, false),
            // _next = (_next + 1) % count: the read and the write are two steps, like _next++.
            ISimpleAssignmentOperation { Value: IBinaryOperation { OperatorKind: BinaryOperatorKind.Remainder, LeftOperand: var left } } assignment
                when ReadsSameField(assignment.Target, left) => (assignment.Target, true),
            // _next = _next + 1
            ISimpleAssignmentOperation { Value: IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum } assignment
                when ReadsSameField(assignment.Target, sum) => (assignment.Target, false),
            // _next = _next == last ? 0 : _next + 1: wraps like %, in two steps all the same.
            ISimpleAssignmentOperation { Value: IConditionalOperation conditional } assignment
                when IsStepOf(assignment.Target, conditional.WhenTrue) || IsStepOf(assignment.Target, conditional.WhenFalse) => (assignment.Target, true),
            _ => (null, false),
        };

        if (context.Operation is ISimpleAssignmentOperation { Target: IFieldReferenceOperation { Field: var reset }, Value.ConstantValue.HasValue: true } resetting
            && !IsConstructorOf(context.ContainingSymbol, reset))
        {
            // _next = 0 after the last backend: a wrap in two statements.
            scope.ResetFields.TryAdd(reset, true);
            if (FixedRange.IsResetAtConstant(resetting))
            {
                scope.FixedRangeFields.TryAdd(reset, true);
            }
        }

        if (wraps && target is IFieldReferenceOperation { Field: var wrapped } && FixedRange.WrapsAtConstant(context.Operation))
        {
            // _sequence = (_sequence + 1) % MaxSequence: a sequence number or a fixed ring, wherever it wraps.
            scope.FixedRangeFields.TryAdd(wrapped, true);
        }

        if (target is IFieldReferenceOperation { Field: var moved } && !wraps && !StepsByOne(context.Operation))
        {
            // _offset += read, also in a constructor or under a lock: a position in a buffer, wherever it moves.
            scope.UnevenFields.TryAdd(moved, true);
        }
        else if (target is null && context.Operation is ISimpleAssignmentOperation { Target: IFieldReferenceOperation { Field: var recomputed } reassigned, Value: var computed }
            && !computed.ConstantValue.HasValue && ReadsSameField(reassigned, computed))
        {
            // _writePtr = message.Encode(buffer, _writePtr): a new position worked out from the old one, by what was written.
            scope.UnevenFields.TryAdd(recomputed, true);
        }

        if (target is not IFieldReferenceOperation { Field: var field } reference || !IsSharedCounter(field)
            || !IsOwnField(reference)
            || IsConstructorOf(context.ContainingSymbol, field) || CodeContext.IsGuarded(context.Operation)
            || IsLoopStep(context.Operation) || UnsharedState.IsLocalCopy(reference)
            || UnsharedState.IsSingleUserType(field.ContainingType)
            || UnsharedState.CallersHoldLock(context.ContainingSymbol, context.Compilation, context.CancellationToken))
        {
            return;
        }

        scope.Increments.Add((context.Operation, field));
        if (wraps)
        {
            scope.RotationFields.TryAdd(field, true);
        }
    }

    private static void OnRotationUse(OperationAnalysisContext context, TypeScope scope)
    {
        switch (context.Operation)
        {
            case IArrayElementReferenceOperation element:
                foreach (var index in element.Indices)
                {
                    MarkFieldsIn(index, scope.IndexFields);
                }

                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                foreach (var argument in indexer.Arguments)
                {
                    MarkFieldsIn(argument.Value, scope.IndexFields);
                }

                break;
            // _next % backends.Length picks an element; _requests % 100 == 0 samples, and _n % i == 0 tests
            // divisibility: neither is a rotation.
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Remainder, RightOperand.ConstantValue.HasValue: false } binary
                when !IsComparedWithConstant(binary):
                MarkFieldsIn(binary.LeftOperand, scope.RotationFields);
                break;
        }
    }

    private static void MarkFieldsIn(IOperation operation, ConcurrentDictionary<IFieldSymbol, bool> fields)
    {
        if (operation is IFieldReferenceOperation field)
        {
            fields.TryAdd(field.Field, true);
        }

        foreach (var child in operation.ChildOperations)
        {
            MarkFieldsIn(child, fields);
        }
    }

    /// <summary><c>x % n == 0</c>: a test of the remainder, which picks nothing.</summary>
    private static bool IsComparedWithConstant(IBinaryOperation remainder)
    {
        var parent = remainder.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
            && (comparison.LeftOperand.ConstantValue.HasValue || comparison.RightOperand.ConstantValue.HasValue);
    }

    private static bool ReadsSameField(IOperation target, IOperation value)
    {
        if (target is not IFieldReferenceOperation { Field: var field })
        {
            return false;
        }

        if (value is IFieldReferenceOperation read && SymbolEqualityComparer.Default.Equals(read.Field, field))
        {
            return true;
        }

        foreach (var child in value.ChildOperations)
        {
            if (ReadsSameField(target, child))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>_next + 1</c> (or <c>- 1</c>) that reads the field <paramref name="target"/> writes.</summary>
    private static bool IsStepOf(IOperation target, IOperation? value) =>
        value is not null
        && ImplicitConversions.Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } step
        && ReadsSameField(target, step);

    /// <summary><c>for (; ...; _oldest++)</c> walks a buffer within one call: iteration, not rotation.</summary>
    private static bool IsLoopStep(IOperation operation) =>
        operation.Syntax is ExpressionSyntax step && step.Parent is ForStatementSyntax loop && loop.Incrementors.Contains(step);

    /// <summary>
    /// The type's own counter, stepped through <c>this</c> (or a static field): a rotation is the state of the
    /// object that rotates. A step of another object's field (<c>s.heap_len++</c> in a helper that builds one
    /// compressor's tree) says nothing about how that object is shared.
    /// </summary>
    private static bool IsOwnField(IFieldReferenceOperation reference) =>
        reference.Instance is null or IInstanceReferenceOperation;

    /// <summary>
    /// <c>_next++</c>, <c>_next--</c>, <c>_next += 1</c>, <c>_next = _next + 1</c>: the step of a turn. A buffer's
    /// offset moves by what was read or consumed (<c>_offset += read</c>, <c>_offset -= length</c>).
    /// </summary>
    private static bool StepsByOne(IOperation step) => step switch
    {
        IIncrementOrDecrementOperation => true,
        ICompoundAssignmentOperation compound => IsOne(compound.Value),
        ISimpleAssignmentOperation { Value: var value } => ImplicitConversions.Unwrap(value) is IBinaryOperation sum
            && (IsOne(sum.LeftOperand) || IsOne(sum.RightOperand)),
        _ => false,
    };

    private static bool IsOne(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: var value } && IntegerConstant.Value(value) == 1;

    private static bool IsSharedCounter(IFieldSymbol field) =>
        !field.IsConst
        && field.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64
        && !HasThreadStatic(field);

    private static bool HasThreadStatic(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ThreadStaticAttribute" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A constructor runs before the object is shared: its writes cannot race.</summary>
    private static bool IsConstructorOf(ISymbol? containing, IFieldSymbol field) =>
        containing is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor
        && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, field.ContainingType);

    /// <summary>
    /// True when the method, lambda or local function around <paramref name="increment"/> uses the field
    /// anywhere else: the step alone is then not the whole read-modify-write.
    /// </summary>
    private static bool IsUsedElsewhere(IOperation increment, IFieldSymbol field)
    {
        var body = increment;
        while (body.Parent is { } parent && body is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
        {
            body = parent;
        }

        foreach (var operation in body.Descendants())
        {
            if (operation is IFieldReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Field, field)
                && !increment.Syntax.Span.Contains(reference.Syntax.Span))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class TypeScope
    {
        public ConcurrentBag<(IOperation Increment, IFieldSymbol Field)> Increments { get; } = new();

        /// <summary>Fields moved somewhere by other than one (<c>_offset += read</c>): positions, not turns.</summary>
        public ConcurrentDictionary<IFieldSymbol, bool> UnevenFields { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>Fields that pick an element by <c>%</c> or step with a wrap: rotation counters by that alone.</summary>
        public ConcurrentDictionary<IFieldSymbol, bool> RotationFields { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>Fields used as an index (<c>backends[_next]</c>).</summary>
        public ConcurrentDictionary<IFieldSymbol, bool> IndexFields { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>Fields set to a constant outside a constructor (<c>_next = 0;</c>).</summary>
        public ConcurrentDictionary<IFieldSymbol, bool> ResetFields { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>
        /// Fields whose own step wraps at a constant (<c>(_seq + 1) % MaxSequence</c>, <c>if (_slot == 7) _slot = 0;</c>):
        /// sequence numbers and fixed rings, see <see cref="FixedRange"/>.
        /// </summary>
        public ConcurrentDictionary<IFieldSymbol, bool> FixedRangeFields { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>
        /// A rotation counter picks by <c>%</c>, steps with a wrap, or is an index that the type also sets back to a
        /// constant (<c>backends[_next++]; if (_next == n) _next = 0;</c>) and only ever moves by one. An index that
        /// only ever grows walks a list once (a cursor over the servers to try in turn), and one that also moves by
        /// what was read or written (<c>_offset += read</c>, <c>_ptr = Encode(buffer, _ptr)</c>) is a buffer's position: in
        /// neither does anything rotate. A field that wraps at a constant is a sequence number or a fixed ring, also
        /// where it is reduced by a window's size to find its slot (<c>_slots[_seq % _windowSize]</c>): a rotation wraps
        /// at the size of the set it hands out.
        /// </summary>
        private bool IsRotation(IFieldSymbol field) =>
            !FixedRangeFields.ContainsKey(field)
            && (RotationFields.ContainsKey(field)
                || IndexFields.ContainsKey(field) && ResetFields.ContainsKey(field) && !UnevenFields.ContainsKey(field));

        public void Report(SymbolAnalysisContext context)
        {
            var shared = new Dictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
            foreach (var (increment, field) in Increments)
            {
                if (!IsRotation(field))
                {
                    continue;
                }

                if (!shared.TryGetValue(field.ContainingType, out var isShared))
                {
                    isShared = SharedState.IsShared(field.ContainingType, context.CancellationToken);
                    shared.Add(field.ContainingType, isShared);
                }

                if (isShared)
                {
                    var properties = ImmutableDictionary<string, string?>.Empty
                        .Add(CounterTypeProperty, field.Type.MetadataName)
                        .Add(ReadElsewhereProperty, IsUsedElsewhere(increment, field) ? "true" : "false");
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, increment.Syntax.GetLocation(), properties, field.Name));
                }
            }
        }
    }
}
