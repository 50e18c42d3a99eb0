using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Analyzers;

/// <summary>
/// An EF Core design-time factory (SPOF001): a class that implements <c>IDesignTimeDbContextFactory&lt;TContext&gt;</c>
/// (Microsoft.EntityFrameworkCore.Design), whose <c>CreateDbContext(args)</c> gives <c>dotnet ef</c> a context to build
/// migrations with: <c>builder.UseSqlServer("Server=.\\sqlexpress;Database=app.dev;...")</c>. Only the tooling calls it,
/// on the developer's machine; the running application builds its context from its own configuration and never
/// reaches this connection string.
/// </summary>
internal static class DesignTimeFactory
{
    private const string InterfaceName = "IDesignTimeDbContextFactory";

    /// <summary>
    /// True when <paramref name="operation"/>, in <paramref name="member"/>, is inside a type that implements the
    /// interface, itself or through a base class. Read from the symbol and, where the EF Core package does not bind
    /// (sources read without a restore), from the type's base list.
    /// </summary>
    public static bool Contains(ISymbol member, IOperation operation)
    {
        for (var type = member as INamedTypeSymbol ?? member.ContainingType; type is not null; type = type.ContainingType)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (implemented is { Name: InterfaceName, Arity: 1, ContainingNamespace: { Name: "Design", ContainingNamespace: { Name: "EntityFrameworkCore", ContainingNamespace.Name: "Microsoft" } } })
                {
                    return true;
                }
            }
        }

        for (var declaration = operation.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>(); declaration is not null;
             declaration = declaration.Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>())
        {
            if (declaration.BaseList is { } bases)
            {
                foreach (var baseType in bases.Types)
                {
                    var name = baseType.Type is QualifiedNameSyntax qualified ? qualified.Right : baseType.Type;
                    if (name is GenericNameSyntax { Identifier.ValueText: InterfaceName, TypeArgumentList.Arguments.Count: 1 })
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
