using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF005's questions about what an empty catch stands for: an answer the called code gives on purpose (a wait
/// that timed out, a thing not found) rather than a dependency's failure, or a try block that cannot be the probe.
/// </summary>
internal static class ExpectedAnswers
{
    /// <summary>
    /// <c>catch (TimeoutException) { }</c> where the timeout is the answer "nothing came" of a wait: inside a
    /// <c>Try...</c> member or type (<c>TryReceive</c>: the Try pattern reports it by returning false), or beside a
    /// later catch of the same <c>try</c> that handles every other exception (<c>catch (Exception e) { Enqueue(e); }</c>):
    /// the code deals with failures and tells the timeout apart on purpose.
    /// </summary>
    public static bool IsTimeoutAnswer(ICatchClauseOperation clause, ISymbol? containingSymbol)
    {
        if (clause.ExceptionType is not { Name: "TimeoutException", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
        {
            return false;
        }

        for (var symbol = containingSymbol; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol.Name.Length > 3 && symbol.Name.StartsWith("Try", StringComparison.Ordinal) && char.IsUpper(symbol.Name[3]))
            {
                return true;
            }
        }

        return clause.Parent is ITryOperation tryOperation && HandlesTheRestAfter(tryOperation, clause);
    }

    private static bool HandlesTheRestAfter(ITryOperation tryOperation, ICatchClauseOperation clause)
    {
        var after = false;
        foreach (var other in tryOperation.Catches)
        {
            if (other == clause)
            {
                after = true;
                continue;
            }

            if (after
                && other.Filter is null
                && other.ExceptionType is null or { SpecialType: SpecialType.System_Object } or { Name: "Exception", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
                && UsesTheException(other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The catch throws, or reads the exception it caught (hands it on, stores it, logs it).</summary>
    private static bool UsesTheException(ICatchClauseOperation clause)
    {
        foreach (var operation in clause.Handler.Descendants())
        {
            if (operation is IThrowOperation
                || operation is ILocalReferenceOperation { Local: var local } && clause.Locals.Length > 0 && SymbolEqualityComparer.Default.Equals(local, clause.Locals[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>catch (RpcException e) when (e.StatusCode == StatusCode.NotFound) { }</c>: the filter requires a "not found"
    /// status, the answer <c>FileNotFoundException</c> gives for a file (deleting what is already gone). Read from the
    /// syntax: the status type is often a package's.
    /// </summary>
    public static bool FiltersNotFound(ICatchClauseOperation clause)
    {
        foreach (var condition in RequiredConditions(clause))
        {
            if (condition is BinaryExpressionSyntax equals && equals.IsKind(SyntaxKind.EqualsExpression) && (IsNotFound(equals.Left) || IsNotFound(equals.Right))
                || condition is IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: var constant } } && IsNotFound(constant))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The conditions a catch's filter requires: the filter itself, or each side of its <c>&amp;&amp;</c>s, without
    /// parentheses. Read from the syntax: what the conditions compare is often a package's type.
    /// </summary>
    public static List<ExpressionSyntax> RequiredConditions(ICatchClauseOperation clause)
    {
        var required = new List<ExpressionSyntax>();
        if (clause.Syntax is not CatchClauseSyntax { Filter.FilterExpression: var filter })
        {
            return required;
        }

        var pending = new Stack<ExpressionSyntax>();
        pending.Push(filter);
        while (pending.Count > 0)
        {
            var condition = pending.Pop();
            while (condition is ParenthesizedExpressionSyntax parenthesized)
            {
                condition = parenthesized.Expression;
            }

            if (condition is BinaryExpressionSyntax both && both.IsKind(SyntaxKind.LogicalAndExpression))
            {
                pending.Push(both.Right);
                pending.Push(both.Left);
            }
            else
            {
                required.Add(condition);
            }
        }

        return required;
    }

    private static bool IsNotFound(ExpressionSyntax expression) =>
        expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "NotFound" };

    /// <summary>
    /// <c>try { return Version.Parse(text); } catch { } return null;</c> in a member named <c>Try...</c>, <c>Parse...</c>
    /// or <c>Get...OrDefault...</c>: text that is not in the expected format is an answer, which the member gives as
    /// <c>null</c>, <c>default</c> or <c>false</c> right after the <c>try</c>, not a dependency's failure hidden. Only
    /// when the <c>try</c> parses what it has (<see cref="ParsesOnly"/>): no I/O, no network, no call that could reach one.
    /// </summary>
    public static bool IsFormatAnswer(ICatchClauseOperation clause, ISymbol? member) =>
        member is IMethodSymbol { Name: var name } && IsAnswerName(name)
        && clause.Syntax.Parent is TryStatementSyntax { Parent: BlockSyntax block } tryStatement
        && AnswersNothingAfter(block, block.Statements.IndexOf(tryStatement))
        && clause.Parent is ITryOperation { Body: var body } && ParsesOnly(body);

    /// <summary>
    /// After the <c>try</c>, "no answer" is returned (<c>return null;</c>), perhaps once the <c>out</c> values are set to
    /// none (<c>domain = null; return false;</c>).
    /// </summary>
    private static bool AnswersNothingAfter(BlockSyntax block, int tryIndex)
    {
        for (var i = tryIndex + 1; i < block.Statements.Count; i++)
        {
            switch (block.Statements[i])
            {
                case ReturnStatementSyntax { Expression: { } answer }:
                    return IsNoAnswer(answer);
                case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Right: var value } }
                    when IsNoAnswer(value):
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>bool IsFileLocked(path) { try { ... } catch (IOException) { return true; } }</c>: a member whose name asks
    /// after trouble (<c>Is...Locked</c>, <c>IsInUse</c>, <c>HasFailed</c>, <c>IsCorrupt</c>) answers <c>true</c> for
    /// "yes, in trouble". A <c>true</c> from its catch reports the failure; it does not hide it.
    /// </summary>
    public static bool IsTroubleAnswer(ISymbol? member)
    {
        if (member is not (IMethodSymbol or IPropertySymbol))
        {
            return false;
        }

        var words = IdentifierWords.Of(member.Name);
        if (words.Count < 2 || !s_questionWords.Contains(words[0]))
        {
            return false;
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (s_troubleWords.Contains(words[i]) || words[i] == "In" && i + 1 < words.Count && words[i + 1] == "Use")
            {
                return true;
            }
        }

        return false;
    }

    // The first word of a member that answers yes or no.
    private static readonly NameSet s_questionWords = new("Is", "Has", "Was", "Are");

    // Words that name trouble: a yes to them is the failure's answer.
    private static readonly NameSet s_troubleWords = new(
        "Locked", "Busy", "Failed", "Faulted", "Broken", "Blocked", "Corrupt", "Corrupted", "Invalid", "Expired",
        "Offline", "Unavailable", "Unreachable", "Dead");

    /// <summary><c>TryParse</c>, <c>TryGetVersion</c>, <c>ParseHeader</c>, <c>GetPortOrDefault</c>: names that promise an answer, or none.</summary>
    private static bool IsAnswerName(string name) =>
        name.Length > 3 && name.StartsWith("Try", StringComparison.Ordinal) && char.IsUpper(name[3])
        || name.StartsWith("Parse", StringComparison.Ordinal)
        || name.StartsWith("Get", StringComparison.Ordinal) && name.IndexOf("OrDefault", StringComparison.Ordinal) > 0;

    /// <summary><c>null</c>, <c>default</c>, <c>default(T)</c> or <c>false</c>: "no answer".</summary>
    private static bool IsNoAnswer(ExpressionSyntax answer) =>
        answer.IsKind(SyntaxKind.NullLiteralExpression) || answer.IsKind(SyntaxKind.DefaultLiteralExpression)
        || answer.IsKind(SyntaxKind.FalseLiteralExpression) || answer is DefaultExpressionSyntax;

    /// <summary>
    /// A <c>try</c> block that only turns what it has into a value: nothing awaited, no delegate called, nothing of a
    /// network, file, stream or database type touched (<see cref="IsDependency"/>), and of this code base's own methods
    /// only those named for parsing (<c>Parse</c>, <c>Decode</c>, <c>Deserialize</c>, <c>Convert</c>, <c>From</c>):
    /// another of its methods may read a file or call a server.
    /// </summary>
    private static bool ParsesOnly(IOperation body)
    {
        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case IAwaitOperation or IInvalidOperation or IDynamicInvocationOperation or IDynamicMemberReferenceOperation:
                    return false;
                case IInvocationOperation { TargetMethod: var method }:
                    if (method.MethodKind == MethodKind.DelegateInvoke || LocalWork.IsDependency(method.ContainingType)
                        || LocalWork.IsInSource(method) && !IsParsingName(method.Name))
                    {
                        return false;
                    }

                    break;
                case IPropertyReferenceOperation { Property.ContainingType: var type } when LocalWork.IsDependency(type):
                    return false;
                case IObjectCreationOperation { Type: var created } when created is null || LocalWork.IsDependency(created):
                    return false;
            }
        }

        return true;
    }

    private static bool IsParsingName(string name)
    {
        var words = IdentifierWords.Of(name);
        var first = words.Count > 1 && words[0] == "Try" ? 1 : 0;
        return words.Count > first && s_parsingWords.Contains(words[first]);
    }

    // The first word of a method that turns text or bytes into a value.
    private static readonly NameSet s_parsingWords = new("Parse", "Decode", "Deserialize", "Convert", "From");
}
