using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// Where a pool of one is a default that the caller replaces (SPOF002): a settings type that starts from one server
/// (<c>localhost</c>) and lets its user set the real list, and a method that uses one server when its caller gave no
/// options. How many servers there are is decided by that caller or its configuration, not where the default is
/// written; SPOF001 treats a default that configuration replaces the same way.
/// </summary>
internal static class PoolDefaults
{
    /// <summary>
    /// True when <paramref name="member"/>, given its value in a constructor or an initializer, can be set again by
    /// the type's users: a property with a setter or <c>init</c> that is not private, or a field that such a property's
    /// setter writes (<c>MongoClientSettings() { _servers = new List&lt;MongoServerAddress&gt; { new("localhost") }; }</c>
    /// beside <c>public IEnumerable&lt;MongoServerAddress&gt; Servers { set { _servers = ...; } }</c>). A private field
    /// or a get-only property holds what the type fixes.
    /// </summary>
    public static bool CanBeReplaced(ISymbol member) => member switch
    {
        IPropertySymbol property => IsSettableFromOutside(property),
        IFieldSymbol field => field.ContainingType.GetMembers().OfType<IPropertySymbol>().Any(property => IsSettableFromOutside(property) && Writes(property, field)),
        _ => false,
    };

    /// <summary>
    /// True when the collection is the value used when a parameter was not given:
    /// <c>options ?? new ElasticsearchSinkOptions(new[] { new Uri(DefaultNodeUri) })</c>, <c>servers ??= [localhost]</c>.
    /// </summary>
    public static bool IsForMissingArgument(IOperation value)
    {
        for (IOperation? child = value, parent = value.Parent; parent is not null && parent is not (IBlockOperation or IMethodBodyBaseOperation); child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case ICoalesceOperation { Value: var given, WhenNull: var fallback } when fallback == child && IsParameter(given):
                case ICoalesceAssignmentOperation { Target: var target, Value: var assigned } when assigned == child && IsParameter(target):
                    return true;
            }
        }

        return false;
    }

    private static bool IsParameter(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation is IParameterReferenceOperation;
    }

    private static bool IsSettableFromOutside(IPropertySymbol property) =>
        property.SetMethod is { DeclaredAccessibility: not Accessibility.Private } && !property.IsStatic;

    /// <summary>True when the property's setter assigns the field, by name: the setter is in the same type.</summary>
    private static bool Writes(IPropertySymbol property, IFieldSymbol field) =>
        property.SetMethod!.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax().DescendantNodes()
            .OfType<AssignmentExpressionSyntax>()
            .Any(assignment => assignment.Left switch
            {
                IdentifierNameSyntax name => name.Identifier.ValueText == field.Name,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var name } => name.Identifier.ValueText == field.Name,
                _ => false,
            }));
}
