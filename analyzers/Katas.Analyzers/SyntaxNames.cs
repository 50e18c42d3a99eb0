using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Analyzers;

/// <summary>
/// Names read from syntax alone, where a rule asks before (or instead of) binding: a type written in
/// <c>new Thread(...)</c>, a field's declared type, an exception created in a log line.
/// </summary>
internal static class SyntaxNames
{
    /// <summary>
    /// The simple name of a written type: <c>Thread</c> for <c>Thread</c>, <c>System.Threading.Thread</c> and
    /// <c>global::System.Threading.Thread</c>; <c>ConcurrentDictionary</c> for <c>ConcurrentDictionary&lt;K, V&gt;</c>;
    /// null for an array, a tuple or a keyword type.
    /// </summary>
    public static string? TypeName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        QualifiedNameSyntax qualified => TypeName(qualified.Right),
        AliasQualifiedNameSyntax alias => TypeName(alias.Name),
        _ => null,
    };
}
