using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF004: a counter whose own wrap is bounded by a constant. A balancer's rotation wraps at the size of the set
/// it hands out, which is known only at run time (<c>_next % backends.Length</c>,
/// <c>_next == backends.Count - 1 ? 0 : _next + 1</c>). A counter that wraps at a number fixed in the code
/// (<c>(_sequence + 1) % MaxSequence</c>, <c>++_slot % 7</c>, <c>if (_slot == Slots) _slot = 0;</c>) is a protocol's
/// sequence number or a fixed ring of reports: one connection's or one loop's state, not a turn among backends.
/// Read on fresh code, every such hit was one of these.
/// </summary>
/// <remarks>
/// A wrap at the counter's largest value or beyond (<c>% int.MaxValue</c>, <c>if (_next == int.MaxValue) _next = 0;</c>)
/// only keeps a turn from overflowing, and a counter set back to the constant it was compared with
/// (<c>if (_next &lt; 0) _next = 0;</c>) is clamped, not wrapped: neither bounds a range.
/// </remarks>
internal static class FixedRange
{
    /// <summary>
    /// <c>_f = (... _f ...) % C</c>, or <c>_f = _f == C ? 0 : _f + 1</c> (any comparison of the field with a constant
    /// in the condition), where <c>C</c> is a constant that bounds a range.
    /// </summary>
    public static bool WrapsAtConstant(IOperation step) => step switch
    {
        ISimpleAssignmentOperation { Value: IBinaryOperation { OperatorKind: BinaryOperatorKind.Remainder, RightOperand.ConstantValue: var bound } } =>
            IsRangeBound(bound),
        ISimpleAssignmentOperation { Target: IFieldReferenceOperation { Field: var field }, Value: IConditionalOperation conditional } =>
            ConstantComparedWith(conditional.Condition, field) is { } bound && IsRangeBound(bound),
        _ => false,
    };

    /// <summary>
    /// <c>if (_f == C) _f = 0;</c> (or <c>&gt;=</c>, <c>&lt;</c>..., in either branch): the field set to a constant
    /// under a test of the field against another constant that bounds a range.
    /// </summary>
    public static bool IsResetAtConstant(ISimpleAssignmentOperation reset)
    {
        if (reset.Target is not IFieldReferenceOperation { Field: var field })
        {
            return false;
        }

        IOperation child = reset;
        for (var current = reset.Parent; current is not null; child = current, current = current.Parent)
        {
            switch (current)
            {
                case IConditionalOperation branch when child != branch.Condition:
                    return ConstantComparedWith(branch.Condition, field) is { } bound && IsRangeBound(bound)
                        && !Equals(IntegerConstant.Value(bound.Value), IntegerConstant.Value(reset.Value.ConstantValue.Value));
                case IMethodBodyBaseOperation or IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The constant that a comparison sets the field against: <c>_f == 7</c>, <c>MaxSequence &lt;= _f + 1</c>.</summary>
    private static Optional<object?>? ConstantComparedWith(IOperation condition, IFieldSymbol field)
    {
        if (ImplicitConversions.Unwrap(condition) is not IBinaryOperation
            {
                OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan
                    or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual,
            } comparison)
        {
            return null;
        }

        if (comparison.RightOperand.ConstantValue.HasValue && Reads(comparison.LeftOperand, field))
        {
            return comparison.RightOperand.ConstantValue;
        }

        if (comparison.LeftOperand.ConstantValue.HasValue && Reads(comparison.RightOperand, field))
        {
            return comparison.LeftOperand.ConstantValue;
        }

        return null;
    }

    private static bool Reads(IOperation operation, IFieldSymbol field)
    {
        if (operation is IFieldReferenceOperation read && SymbolEqualityComparer.Default.Equals(read.Field, field))
        {
            return true;
        }

        foreach (var child in operation.ChildOperations)
        {
            if (Reads(child, field))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number below the largest <c>int</c>: a wrap there bounds a range rather than guarding against overflow.</summary>
    private static bool IsRangeBound(Optional<object?> bound) =>
        bound.HasValue && IntegerConstant.Value(bound.Value) is { } number && number < int.MaxValue;
}
