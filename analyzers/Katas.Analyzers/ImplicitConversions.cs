using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// The value a rule reads under the conversions the compiler adds: an array given as <c>IReadOnlyList&lt;T&gt;</c>,
/// a constant <c>1</c> given to an <c>int?</c>, a <c>null</c> given to a type. Written code is what the rules judge,
/// so each looks through these first.
/// </summary>
internal static class ImplicitConversions
{
    public static IOperation Unwrap(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }
}
