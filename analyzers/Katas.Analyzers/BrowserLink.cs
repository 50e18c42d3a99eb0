using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Katas.Analyzers;

/// <summary>
/// A link the program opens in the user's browser (SPOF001): a Help menu's <c>OpenWebsite("http://docs.example/")</c>
/// whose body is <c>Process.Start(url)</c>, <c>Process.Start(new ProcessStartInfo(url) { UseShellExecute = true })</c> or
/// <c>new ProcessStartInfo { FileName = url }</c>. The shell hands the address to the browser, which shows a page;
/// the program does not connect to it, and when the site is down the browser shows an error and the program goes on.
/// </summary>
internal static class BrowserLink
{
    /// <summary>
    /// True when <paramref name="method"/> is declared in this compilation and every read of
    /// <paramref name="parameter"/> in its body is handed to the shell. Read from the syntax: the body may be in
    /// another file.
    /// </summary>
    public static bool OnlyOpensInBrowser(IMethodSymbol method, IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not BaseMethodDeclarationSyntax declaration
            || ((SyntaxNode?)declaration.Body ?? declaration.ExpressionBody) is not { } body)
        {
            return false;
        }

        var reads = body.DescendantNodes().OfType<IdentifierNameSyntax>().Where(name => name.Identifier.ValueText == parameter.Name).ToList();
        return reads.Count > 0 && reads.All(IsHandedToShell);
    }

    /// <summary>A <c>ProcessStartInfo</c>'s <c>FileName</c> or <c>Arguments</c>: what the shell opens.</summary>
    public static bool IsShellInput(ISymbol? member) =>
        member is IPropertySymbol { Name: "FileName" or "Arguments", ContainingType: { Name: "ProcessStartInfo", ContainingNamespace: { Name: "Diagnostics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

    private static bool IsHandedToShell(IdentifierNameSyntax read) => read.Parent switch
    {
        // Process.Start(url), Process.Start("explorer.exe", url), new ProcessStartInfo(url)
        ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var call } } => IsShellCall(call),

        // new ProcessStartInfo { FileName = url }, info.FileName = url
        AssignmentExpressionSyntax { Left: var target } assignment when assignment.Right == read =>
            (target is MemberAccessExpressionSyntax member ? member.Name : target) is IdentifierNameSyntax { Identifier.ValueText: "FileName" or "Arguments" },
        _ => false,
    };

    private static bool IsShellCall(SyntaxNode? call) => call switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Start", Expression: var process } } =>
            (process is MemberAccessExpressionSyntax qualified ? qualified.Name : process) is IdentifierNameSyntax { Identifier.ValueText: "Process" },
        ObjectCreationExpressionSyntax { Type: var type } =>
            (type is QualifiedNameSyntax qualified ? qualified.Right : type) is IdentifierNameSyntax { Identifier.ValueText: "ProcessStartInfo" },
        _ => false,
    };
}
