using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// Whether the <c>try</c> of a catch does only local work, whose failure cannot be a dependency's: nothing awaited
/// but a pause, no delegate called, nothing of a network, file, stream or database type touched, no method or property
/// of the application itself (in this compilation, or under its name in another of its assemblies) or of a library
/// outside the .NET framework called, and nothing written but log lines. A reflection read with a fallback, a logger
/// call guarded so a broken logger cannot fail a request, text already read parsed: an empty catch there hides no
/// server, disk or database that went away.
/// </summary>
internal static class LocalWork
{
    // Namespaces of the types that talk to a network, a disk or a database.
    private static readonly string[] s_dependencyNamespaces =
        ["System.Net", "System.IO", "System.Data", "Microsoft.Data", "Grpc", "Npgsql", "StackExchange.Redis", "MySqlConnector", "MongoDB"];

    // Namespaces whose types work in the process: the framework's (configuration, logging, the registry), and
    // Newtonsoft.Json, which much .NET code parses text with instead of System.Text.Json.
    private static readonly string[] s_inProcessNamespaces =
        ["System", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.Logging", "Microsoft.Extensions.Options", "Microsoft.Win32", "Microsoft.CSharp", "Newtonsoft.Json"];

    // Types of System.Net that only hold and parse a value: new MailAddress(text).Host, IPAddress.Parse(text).
    private static readonly NameSet s_networkValues = new("IPAddress", "IPEndPoint", "IPNetwork", "MailAddress", "WebUtility");

    // Types of System.IO that touch no disk: a path computed, text or bytes read and written in memory.
    private static readonly NameSet s_inMemoryIo = new("Path", "StringReader", "StringWriter", "MemoryStream");

    // The word after "Log" in a call that signs a user in or out rather than writing a line of log.
    private static readonly NameSet s_logInOrOut = new("In", "On", "Out", "Off");

    /// <summary>True when the <c>try</c> of <paramref name="clause"/> does only local work (see the type).</summary>
    public static bool IsAllThatTheTryDoes(ICatchClauseOperation clause, ApplicationTypes application)
    {
        if (clause.Parent is not ITryOperation { Body: var body })
        {
            return false;
        }

        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case IAwaitOperation { Operation: var awaited } when !IsPause(awaited):
                case IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation:
                    return false;
                case IInvalidOperation invalid:
                    if (MayReachDependency(invalid, application))
                    {
                        return false;
                    }

                    break;
                case IInvocationOperation { TargetMethod: var method }:
                    if (method.MethodKind == MethodKind.DelegateInvoke || RunsCallbacks(method)
                        || !IsLogCall(method) && MayReachDependency(method, method.ContainingType, application))
                    {
                        return false;
                    }

                    break;
                case IPropertyReferenceOperation { Property: var property }:
                    if (!IsAutoProperty(property) && MayReachDependency(property, property.ContainingType, application))
                    {
                        return false;
                    }

                    break;
                case IObjectCreationOperation { Type: var created }:
                    if (created is null || IsDependency(created) || !WorksInProcess(created) && !application.Contains(created) && !IsInSource(created))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>
    /// A member that may reach a dependency: the application's own (it may read a file or call a server), a network,
    /// file, stream or database type's, or a library's outside the framework.
    /// </summary>
    private static bool MayReachDependency(ISymbol member, ITypeSymbol? type, ApplicationTypes application) =>
        IsInSource(member) || application.Contains(type) || IsDependency(type) || !WorksInProcess(type);

    /// <summary>
    /// A property of the code base that only holds a value: <c>{ get; set; }</c>, <c>{ get; init; }</c>, or a record's
    /// positional property. Reading or setting it (<c>ApiResult = JsonSerializer.Deserialize&lt;ApiResult&gt;(body)</c>)
    /// reaches nothing, though the code base wrote it.
    /// </summary>
    private static bool IsAutoProperty(IPropertySymbol property)
    {
        if (property.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        return property.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            PropertyDeclarationSyntax { ExpressionBody: null, AccessorList.Accessors: var accessors } =>
                accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null),
            ParameterSyntax => true,
            _ => false,
        };
    }

    /// <summary>
    /// An operation the compilation could not bind, where a package is missing (the real-code check reads code without
    /// restoring it). A member of a type it cannot see read as a value (<c>IdentityServerConstants.ClaimValueTypes.Json</c>)
    /// is a constant or a field. A call or a <c>new</c> whose callee it cannot see may reach anything; one that failed only
    /// because such a value is among its arguments (<c>new Claim("address", value, IdentityServerConstants...)</c>) is
    /// read by the callee it would have bound to.
    /// </summary>
    private static bool MayReachDependency(IInvalidOperation invalid, ApplicationTypes application)
    {
        if (invalid.Syntax is not (InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax))
        {
            return false;
        }

        var info = invalid.SemanticModel?.GetSymbolInfo(invalid.Syntax);
        var callee = info?.Symbol ?? (info?.CandidateSymbols.Length > 0 ? info.Value.CandidateSymbols[0] : null);
        return callee is not IMethodSymbol { ContainingType: var type } method
            || method.MethodKind == MethodKind.DelegateInvoke
            || MayReachDependency(method, type, application);
    }

    /// <summary><c>await Task.Delay(...)</c> or <c>Task.Yield()</c>, with or without <c>ConfigureAwait</c>: it only waits.</summary>
    private static bool IsPause(IOperation awaited)
    {
        if (awaited is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } configured })
        {
            awaited = configured;
        }

        return awaited is IInvocationOperation { TargetMethod: { Name: "Delay" or "Yield", ContainingType: { Name: "Task", ContainingNamespace: { Name: "Tasks", ContainingNamespace.Name: "Threading" } } } };
    }

    /// <summary><c>cts.Cancel()</c>, <c>CancelAsync()</c>: it runs every callback registered on the token, and any of them may fail.</summary>
    private static bool RunsCallbacks(IMethodSymbol method) =>
        method is { Name: "Cancel" or "CancelAsync" or "CancelAfter", ContainingType.Name: "CancellationTokenSource" };

    /// <summary><c>_logger.LogWarning(...)</c>, <c>Log.Error(...)</c>, <c>logger.Write(...)</c>: a line of log, not a dependency's work.</summary>
    private static bool IsLogCall(IMethodSymbol method)
    {
        // LogWarning, Log; not LogIn, LogOut or Login.
        var words = IdentifierWords.Of(method.Name);
        if (words.Count > 0 && words[0] == "Log" && (words.Count == 1 || !s_logInOrOut.Contains(words[1])))
        {
            return true;
        }

        var type = method.ContainingType?.Name ?? "";
        return type == "Log" || type.EndsWith("Logger", StringComparison.Ordinal);
    }

    internal static bool IsInSource(ISymbol symbol) => symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource;

    /// <summary>
    /// A type of the network, a disk or a database (System.Net but its values, System.IO but <c>Path</c> and its
    /// in-memory readers and writers, System.Data, database clients), or one that does not bind.
    /// </summary>
    internal static bool IsDependency(ITypeSymbol? type) =>
        type is null or IErrorTypeSymbol
        || InNamespace(type, s_dependencyNamespaces)
            && !(s_inMemoryIo.Contains(type.Name) && InNamespace(type, ["System.IO"]))
            && !(s_networkValues.Contains(type.Name) && InNamespace(type, ["System.Net"]));

    private static bool WorksInProcess(ITypeSymbol? type) => type is not null && InNamespace(type, s_inProcessNamespaces);

    private static bool InNamespace(ITypeSymbol type, string[] prefixes)
    {
        var name = type.ContainingNamespace?.ToDisplayString() ?? "";
        foreach (var prefix in prefixes)
        {
            if (name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
