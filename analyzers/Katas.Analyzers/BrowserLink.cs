using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// A link the program opens in the user's browser (SPOF001): a Help menu's <c>OpenWebsite("http://docs.example/")</c>
/// whose body is <c>Process.Start(url)</c>, <c>Process.Start(new ProcessStartInfo(url) { UseShellExecute = true })</c> or
/// <c>new ProcessStartInfo { FileName = url }</c>, or the code base's own process wrapper started with
/// <c>useShellExecute: true</c>. The shell hands the address to the browser, which shows a page;
/// the program does not connect to it, and when the site is down the browser shows an error and the program goes on.
/// </summary>
/// <remarks>
/// The link may take a few steps to reach the shell: a helper that checks it is not empty, logs it and starts the
/// browser from <c>Task.Run(() => ...)</c>; an interface (<c>api.OpenUrl(url)</c>) whose implementations make a
/// <c>Uri</c> of it and hand its <c>AbsoluteUri</c> to an extension method that starts the browser. Each step is read
/// only when a literal address would otherwise be reported, and only a few steps deep.
/// </remarks>
internal static class BrowserLink
{
    // How many methods (an implementation, a helper it calls) are read from the one called before giving up.
    private const int MaxDepth = 4;

    // Words of a callee's name that show or log text: the link in a log line or an error message goes nowhere.
    // Not "message" nor "info": an HttpRequestMessage and a GetUserInfo(url) are requests.
    private static readonly NameSet s_textWord = new(
        "log", "write", "trace", "debug", "warn", "warning", "error", "exception", "show", "print");

    // What can be read of a link to decide how to open it, none of which connects: its scheme, whether it is a file.
    private static readonly NameSet s_inspection = new(
        "Scheme", "IsFile", "IsUnc", "IsLoopback", "IsAbsoluteUri", "IsDefaultPort", "LocalPath", "Length",
        "StartsWith", "EndsWith", "Contains", "Equals", "IsWellFormedOriginalString");

    // The same link as text: uri.AbsoluteUri, uri.ToString().
    private static readonly NameSet s_sameLink = new("AbsoluteUri", "OriginalString", "ToString");

    /// <summary>
    /// True when <paramref name="method"/> is declared in this compilation and the value of <paramref name="parameter"/>
    /// only reaches the shell, besides being checked and logged: in its body (lambdas included), in the methods of this
    /// code it hands the value to, and, for an interface, abstract or virtual method, in every implementation the
    /// compilation holds (or, when it holds none, a method documented as opening the browser).
    /// </summary>
    public static bool OnlyOpensInBrowser(IMethodSymbol method, IParameterSymbol parameter, Compilation compilation, CancellationToken cancellationToken)
    {
        var search = new Search(compilation, cancellationToken);
        return search.Opens(method, parameter.Ordinal, MaxDepth) && search.ReachesShell;
    }

    /// <summary>A <c>ProcessStartInfo</c>'s <c>FileName</c> or <c>Arguments</c>: what the shell opens.</summary>
    public static bool IsShellInput(ISymbol? member) =>
        member is IPropertySymbol { Name: "FileName" or "Arguments", ContainingType: { Name: "ProcessStartInfo", ContainingNamespace: { Name: "Diagnostics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

    private sealed class Search(Compilation compilation, CancellationToken cancellationToken)
    {
        private readonly HashSet<(IMethodSymbol, int)> _visited = new();
        private readonly SemanticModels _models = new(compilation);

        /// <summary>Whether any read handed the link to the shell: a chain of calls that only pass it on opens nothing.</summary>
        public bool ReachesShell { get; private set; }

        public bool Opens(IMethodSymbol method, int ordinal, int depth)
        {
            method = method.ReducedFrom ?? method;
            method = method.OriginalDefinition;
            if (depth == 0 || ordinal >= method.Parameters.Length || !method.IsAbstract && method.DeclaringSyntaxReferences.Length == 0)
            {
                // A library's method whose body is out of sight (HttpClient.GetAsync): nothing says it opens a browser.
                return false;
            }

            if (!_visited.Add((method, ordinal)))
            {
                // Already being read further up (an implementation that forwards to the interface): it answers there.
                return true;
            }

            if (method.IsAbstract || (method.IsVirtual || method.IsOverride && !method.IsSealed) && !method.ContainingType.IsSealed)
            {
                var implementations = Implementations.Of(method, compilation, cancellationToken);
                if (implementations.Count == 0 && method.IsAbstract)
                {
                    return DocumentedAsBrowser(method);
                }

                if (!implementations.All(implementation => Opens(implementation, ordinal, depth - 1)))
                {
                    return false;
                }

                if (method.IsAbstract)
                {
                    return true;
                }
            }

            if (method.DeclaringSyntaxReferences.Length != 1
                || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not BaseMethodDeclarationSyntax declaration
                || ((SyntaxNode?)declaration.Body ?? declaration.ExpressionBody) is not { } body)
            {
                return false;
            }

            var name = method.Parameters[ordinal].Name;
            var reads = ReadsOf(name, body);
            return reads.Count > 0 && reads.All(read => GoesOnlyToBrowser(read, body, depth, 0));
        }

        /// <summary>
        /// Where one read of the link (or of text that holds it) goes: to the shell, into a check or a log line, or on
        /// to a method of this code or a local that does the same.
        /// </summary>
        private bool GoesOnlyToBrowser(ExpressionSyntax value, SyntaxNode body, int depth, int steps)
        {
            if (steps > 8)
            {
                return false;
            }

            while (value.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                value = parenthesized;
            }

            switch (value.Parent)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var call } } argument when call is not null:
                    return IsShellCall(call) || StartsWithShell(call) ? Shell()
                        : IsCheck(call) || IsTextCall(call) ? true
                        : IsUriCreation(call) ? GoesOnlyToBrowser((ExpressionSyntax)call, body, depth, steps + 1)
                        : PassedOn(call, argument.Expression, depth);

                // new ProcessStartInfo { FileName = url }, info.FileName = url
                case AssignmentExpressionSyntax { Left: var target } assignment when assignment.Right == value:
                    return (target is MemberAccessExpressionSyntax property ? property.Name : target) is IdentifierNameSyntax { Identifier.ValueText: "FileName" or "Arguments" }
                        && Shell();

                // url == null, uri.Scheme == Uri.UriSchemeHttp, url is null: a check.
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                case IsPatternExpressionSyntax:
                    return true;

                // "--new-window " + url, $"Failed to open {url}": text that holds the link, followed as a whole.
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    return GoesOnlyToBrowser(binary, body, depth, steps + 1);
                case InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax text }:
                    return GoesOnlyToBrowser(text, body, depth, steps + 1);

                // var arguments = "--new-window " + url; then every read of the local.
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Identifier.ValueText: var local } }:
                    var reads = ReadsOf(local, body);
                    return reads.Count > 0 && reads.All(read => GoesOnlyToBrowser(read, body, depth, steps + 1));

                case MemberAccessExpressionSyntax member when member.Expression == value:
                    var used = member.Parent is InvocationExpressionSyntax invocation && invocation.Expression == member ? (ExpressionSyntax)invocation : member;
                    var memberName = member.Name.Identifier.ValueText;
                    return s_inspection.Contains(memberName) ? true
                        : s_sameLink.Contains(memberName) ? GoesOnlyToBrowser(used, body, depth, steps + 1)
                        : used is InvocationExpressionSyntax extension && PassedOn(extension, value, depth);

                default:
                    return false;
            }
        }

        /// <summary>
        /// The link given to a method of this code (<c>OpenUri(new Uri(url))</c>, <c>_api.OpenUrl(url)</c>, the receiver of
        /// an extension method <c>uri.AbsoluteUri.OpenInBrowserTab()</c>): read that method for its parameter.
        /// </summary>
        private bool PassedOn(SyntaxNode call, ExpressionSyntax value, int depth)
        {
            if (_models.For(call.SyntaxTree)?.GetOperation(call, cancellationToken) is not { } operation)
            {
                return false;
            }

            var (target, arguments) = operation switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                _ => (null, default(System.Collections.Immutable.ImmutableArray<IArgumentOperation>)),
            };
            if (target is null)
            {
                return false;
            }

            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && (argument.Syntax == value || argument.Value.Syntax == value || argument.Syntax is ArgumentSyntax { Expression: var expression } && expression == value))
                {
                    return Opens(parameter.ContainingSymbol as IMethodSymbol ?? target, parameter.Ordinal, depth - 1);
                }
            }

            return false;
        }

        private bool Shell()
        {
            ReachesShell = true;
            return true;
        }

        /// <summary>
        /// An interface or abstract method with no implementation in sight (a plugin's host API, implemented by the
        /// application that loads the plugin), whose documentation says it opens the browser.
        /// </summary>
        private bool DocumentedAsBrowser(IMethodSymbol method)
        {
            if (method.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            var documented = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).GetLeadingTrivia()
                .Any(trivia => trivia.ToString().IndexOf("browser", StringComparison.OrdinalIgnoreCase) >= 0);
            return documented && Shell();
        }
    }

    /// <summary>
    /// The reads of a parameter or local by its name: not a named argument's label (<c>url: link</c>), nor a member of
    /// the same name on an object (<c>options.url</c>).
    /// </summary>
    private static List<IdentifierNameSyntax> ReadsOf(string name, SyntaxNode body) =>
        body.DescendantNodes()
            .OfType<IdentifierNameSyntax>()
            .Where(read => read.Identifier.ValueText == name
                && read.Parent is not (NameColonSyntax or MemberBindingExpressionSyntax)
                && !(read.Parent is MemberAccessExpressionSyntax member && member.Name == read))
            .ToList();

    private static bool IsShellCall(SyntaxNode call) => call switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Start", Expression: var process } } =>
            (process is MemberAccessExpressionSyntax qualified ? qualified.Name : process) is IdentifierNameSyntax { Identifier.ValueText: "Process" },
        ObjectCreationExpressionSyntax { Type: var type } => SyntaxNames.TypeName(type) == "ProcessStartInfo",
        _ => false,
    };

    /// <summary>
    /// <c>CreateExecutable(url).Start(useShellExecute: true)</c>: the code base's own wrapper around a process, made for the
    /// link and started through the shell, as <c>ProcessStartInfo.UseShellExecute</c> does.
    /// </summary>
    private static bool StartsWithShell(SyntaxNode call) =>
        call.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Start", Parent: InvocationExpressionSyntax start } member
        && member.Expression == call
        && start.ArgumentList.Arguments.Any(argument =>
            argument.NameColon?.Name.Identifier.ValueText is "useShellExecute" or "UseShellExecute"
            && argument.Expression.IsKind(SyntaxKind.TrueLiteralExpression));

    /// <summary><c>string.IsNullOrEmpty(url)</c>, <c>string.IsNullOrWhiteSpace(url)</c>: a check that there is a link at all.</summary>
    private static bool IsCheck(SyntaxNode call) =>
        call is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsNullOrEmpty" or "IsNullOrWhiteSpace" } };

    /// <summary>A log line or a message box: <c>Log.Write(...)</c>, <c>DebugHelper.WriteException(...)</c>, <c>ShowMsgError(...)</c>, an exception's message.</summary>
    private static bool IsTextCall(SyntaxNode call)
    {
        var name = call switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: SimpleNameSyntax simple } => simple.Identifier.ValueText,
            ObjectCreationExpressionSyntax { Type: var type } when SyntaxNames.TypeName(type) is { } created && created.EndsWith("Exception", StringComparison.Ordinal) => created,
            _ => null,
        };
        return name is not null && IdentifierWords.Of(name).Any(s_textWord.Contains);
    }

    /// <summary><c>new Uri(url)</c>, <c>new Uri(url, UriKind.Absolute)</c>: the same link as a <c>Uri</c>.</summary>
    private static bool IsUriCreation(SyntaxNode call) => call is ObjectCreationExpressionSyntax { Type: var type } && SyntaxNames.TypeName(type) == "Uri";
}
