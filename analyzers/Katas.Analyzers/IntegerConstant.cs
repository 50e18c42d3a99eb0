using System.Globalization;

namespace Katas.Analyzers;

/// <summary>
/// The value of a constant of an integer type, or null for any other constant. Compound assignments and comparisons
/// take strings, characters and floating-point values too (<c>_query += "&amp;s="</c>), which no conversion to a number
/// may be asked to parse.
/// </summary>
internal static class IntegerConstant
{
    public static decimal? Value(object? constant) => constant switch
    {
        sbyte or byte or short or ushort or int or uint or long or ulong => System.Convert.ToDecimal(constant, CultureInfo.InvariantCulture),
        _ => null,
    };
}
