using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// Where a <c>new Uri("...")</c> goes within its member. A <c>Uri</c> is a value: it connects to nothing by itself.
/// It ties the code to a server when it reaches something that connects (a client's base address, a request, a
/// channel, a parameter or property named like an address) or leaves the member (returned, stored), where it may
/// yet. It does not when all it does is get compared or matched (a URI template's prefix), printed, registered as a
/// name (a SAML audience, a protocol's identifier), or given to a host of this process as its listen address.
/// </summary>
internal static class EndpointFlow
{
    // How many steps (a local, a wrapper, a concatenation) are followed from the literal before giving up: past
    // that the value is taken to connect, as it did before the flow was followed.
    private const int MaxSteps = 6;

    // The last word of a parameter's name that takes an address: metadataAddress, remoteAddress, requestUri, backends.
    private static readonly NameSet s_addressWord = new(
        "address", "addresses", "uri", "url", "urls", "endpoint", "endpoints", "host", "server", "servers",
        "target", "targets", "backend", "backends", "upstream", "destination", "replica", "replicas", "via");

    // Words of a callee's name that connect: a client, a channel, a request, an HTTP verb, a probe.
    private static readonly NameSet s_connectWord = new(
        "client", "channel", "connection", "connect", "request", "send", "post", "get", "put", "patch", "delete",
        "fetch", "download", "upload", "open", "proxy", "probe", "check", "ping", "poll", "balancer");

    // Callees that compare or match a URI with another (UriTemplate.Match, Uri.IsBaseOf, Equals), bind it as a
    // template's base or a socket's local address, or register it as a name: nothing connects there.
    private static readonly NameSet s_noConnection = new(
        "Match", "MatchSingle", "BindByPosition", "BindByName", "Bind", "Equals", "Compare", "IsBaseOf", "MakeRelativeUri", "Register");

    /// <summary>
    /// True when the value of <paramref name="uriCreation"/> may reach something that connects, and is not also
    /// this process's own listen address (a sample that hosts a service and calls it talks to itself).
    /// </summary>
    public static bool MayConnect(IOperation uriCreation, CancellationToken cancellationToken) =>
        Follow(uriCreation, MaxSteps, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default), cancellationToken) == Reach.Connection;

    private static Reach Follow(IOperation value, int steps, HashSet<ILocalSymbol> followed, CancellationToken cancellationToken)
    {
        if (steps == 0)
        {
            return Reach.Connection;
        }

        var current = value;
        var parent = current.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        if (IsSentThereOrShown(current.Syntax))
        {
            return Reach.Nothing;
        }

        switch (parent)
        {
            case IArgumentOperation { Parent: { } call } argument:
                return PassedOn(call, argument.Parameter, steps, followed, cancellationToken);
            case IInvalidOperation call:
                // A call to a type the compilation cannot bind: read the callee from the syntax.
                return PassedOn(call, null, steps, followed, cancellationToken);
            case IArrayInitializerOperation { Parent: IArrayCreationOperation array }:
                // new Uri[] { ... } given on as a whole: a set of addresses goes where the array goes.
                return Follow(array, steps - 1, followed, cancellationToken);
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return FollowLocal(declarator.Symbol, current, steps, followed, cancellationToken);
            case ISimpleAssignmentOperation assignment when assignment.Value == current:
                // Into a local: follow the local. Into a property or a field (BaseAddress, Endpoint, a member of the
                // type): it configures something or outlives the member.
                // A ProcessStartInfo's FileName is what the shell opens: a link shown in the user's browser.
                return assignment.Target switch
                {
                    ILocalReferenceOperation { Local: var local } => FollowLocal(local, current, steps, followed, cancellationToken),
                    IPropertyReferenceOperation { Property: var property } when BrowserLink.IsShellInput(property) => Reach.Nothing,
                    _ => Reach.Connection,
                };
            case IPropertyReferenceOperation or IInvocationOperation when Instance(parent) == current:
                // uri.AbsoluteUri, uri.ToString(), uri.Host: the address as text goes on; a port or a flag is no address.
                return parent.Type is { SpecialType: SpecialType.System_String } || IsUri(parent.Type)
                    ? Follow(parent, steps - 1, followed, cancellationToken)
                    : Reach.Nothing;
            case IBinaryOperation binary:
                // "http://..." + path goes on as a string; ==, != compare.
                return binary.OperatorKind == BinaryOperatorKind.Add && binary.Type is { SpecialType: SpecialType.System_String }
                    ? Follow(binary, steps - 1, followed, cancellationToken)
                    : Reach.Nothing;
            case IInterpolationOperation { Parent: IInterpolatedStringOperation interpolated }:
                return Follow(interpolated, steps - 1, followed, cancellationToken);
            case IConditionalOperation conditional when conditional.Condition != current:
                return Follow(conditional, steps - 1, followed, cancellationToken);
            case ICoalesceOperation coalesce:
                return Follow(coalesce, steps - 1, followed, cancellationToken);
            case IExpressionStatementOperation:
                return Reach.Nothing;
            default:
                // Returned, awaited, stored in a collection, captured...: it leaves what this reads.
                return Reach.Connection;
        }
    }

    // Members of an identity server's client registration (OpenIddict's descriptor, Duende's and IdentityServer's
    // Client) whose addresses the server only compares with the one a request names and sends the user's browser to.
    private static readonly NameSet s_browserRedirect = new(
        "RedirectUri", "RedirectUris", "PostLogoutRedirectUri", "PostLogoutRedirectUris", "FrontChannelLogoutUri");

    // The types of an OpenAPI document's links, shown to whoever reads the API's documentation (Microsoft.OpenApi).
    private static readonly NameSet s_documentationLink = new("OpenApiContact", "OpenApiLicense", "OpenApiInfo", "OpenApiExternalDocs");

    /// <summary>
    /// An address given in an object initializer as a redirect address of an identity server's client
    /// (<c>RedirectUris = { new Uri("https://app/signin-oidc") }</c>), or as a link of an OpenAPI document
    /// (<c>new OpenApiContact { Url = new Uri("https://github.com/owner") }</c>): the process never connects to
    /// it. Read from the syntax, so that it holds where those packages' types do not bind.
    /// </summary>
    private static bool IsSentThereOrShown(SyntaxNode value)
    {
        var node = value;
        if (node.Parent is InitializerExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.CollectionInitializerExpression } collection)
        {
            // RedirectUris = { new Uri(...), new Uri(...) }
            node = collection;
        }

        if (node.Parent is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax member } assignment
            || assignment.Right != node
            || assignment.Parent is not InitializerExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.ObjectInitializerExpression } initializer)
        {
            return false;
        }

        var name = member.Identifier.ValueText;
        if (s_browserRedirect.Contains(name))
        {
            return true;
        }

        var created = initializer.Parent switch
        {
            ObjectCreationExpressionSyntax { Type: QualifiedNameSyntax qualified } => qualified.Right.Identifier.ValueText,
            ObjectCreationExpressionSyntax { Type: SimpleNameSyntax simple } => simple.Identifier.ValueText,
            _ => null,
        };
        return name is "Url" or "TermsOfService" && created is not null && s_documentationLink.Contains(created);
    }

    private static IOperation? Instance(IOperation operation) => operation switch
    {
        IPropertyReferenceOperation property => property.Instance,
        IInvocationOperation invocation => invocation.Instance,
        _ => null,
    };

    private static bool IsUri(ITypeSymbol? type) =>
        type is { Name: "Uri", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>A value given as an argument to <paramref name="callOperation"/>: where does the callee take it?</summary>
    private static Reach PassedOn(IOperation callOperation, IParameterSymbol? parameter, int steps, HashSet<ILocalSymbol> followed, CancellationToken cancellationToken)
    {
        var call = callOperation.Syntax;
        var callee = call switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name.Identifier.ValueText,
            ObjectCreationExpressionSyntax { Type: QualifiedNameSyntax qualified } => qualified.Right.Identifier.ValueText,
            ObjectCreationExpressionSyntax { Type: SimpleNameSyntax name } => name.Identifier.ValueText,
            ImplicitObjectCreationExpressionSyntax => parameter?.ContainingType.Name,
            _ => null,
        };
        if (callee is null)
        {
            return Reach.Connection;
        }

        var creates = call is BaseObjectCreationExpressionSyntax;
        if (creates && callee.EndsWith("Host", StringComparison.Ordinal) || callee is "AddServiceEndpoint" or "Listen" or "UseUrls")
        {
            // A host of this process listens there.
            return Reach.Listener;
        }

        if (s_noConnection.Contains(callee))
        {
            return Reach.Nothing;
        }

        if (creates && BypassListProxy.OnlyAskedIsBypassed(callOperation, cancellationToken)
            || parameter is { ContainingSymbol: IMethodSymbol method } && callOperation.SemanticModel is { } model
            && BrowserLink.OnlyOpensInBrowser(method, parameter, model.Compilation, cancellationToken))
        {
            // A proxy only asked whether it bypasses an address, a method that opens its link in the user's browser.
            return Reach.Nothing;
        }

        if (creates && (callee.EndsWith("Address", StringComparison.Ordinal) || callee.EndsWith("Endpoint", StringComparison.Ordinal) || callee == "Uri"))
        {
            // new EndpointAddress(uri), new ServiceEndpoint(binding, address), new Uri(baseUri, "path"): the same
            // address in another type; follow it.
            return Follow(callOperation, steps - 1, followed, cancellationToken);
        }

        return parameter is not null && s_addressWord.Contains(IdentifierWords.Last(parameter.Name)) || HasWord(callee, s_connectWord)
            ? Reach.Connection
            : Reach.Nothing;
    }

    /// <summary>
    /// Every read of the local: a listen address anywhere makes it this process's own address; otherwise any
    /// connection counts.
    /// </summary>
    private static Reach FollowLocal(ILocalSymbol local, IOperation value, int steps, HashSet<ILocalSymbol> followed, CancellationToken cancellationToken)
    {
        if (!followed.Add(local))
        {
            // Already followed from another assignment: its reads answer once.
            return Reach.Nothing;
        }

        var root = value;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var reach = Reach.Nothing;
        foreach (var operation in root.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is ILocalReferenceOperation { Local: var read } reference
                && SymbolEqualityComparer.Default.Equals(read, local)
                && !(reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference))
            {
                var next = Follow(reference, steps - 1, followed, cancellationToken);
                if (next == Reach.Listener)
                {
                    return Reach.Listener;
                }

                if (next == Reach.Connection)
                {
                    reach = Reach.Connection;
                }
            }
        }

        return reach;
    }

    private static bool HasWord(string identifier, NameSet words)
    {
        foreach (var word in IdentifierWords.Of(identifier))
        {
            if (words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private enum Reach
    {
        /// <summary>Compared, printed, registered as a name: nothing connects.</summary>
        Nothing,

        /// <summary>Given to something that connects, or out of the member where it may.</summary>
        Connection,

        /// <summary>Given to a host of this process: its own listen address, whoever else reads it.</summary>
        Listener,
    }
}
