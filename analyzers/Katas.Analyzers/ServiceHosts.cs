using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Katas.Analyzers;

/// <summary>
/// Whether a file names what makes a program a service: a hosted service (<c>BackgroundService</c>,
/// <c>IHostedService</c>, <c>AddHostedService</c>) or a web host (<c>WebApplication</c>, <c>WebHost</c>,
/// <c>ConfigureWebHostDefaults</c>, <c>UseKestrel</c>). Read by name, so that the real-code check, which restores no
/// package, reads a program as a build does. A program with one runs for as long as its host and serves, whatever its
/// project says (<see cref="SpofOptions.IsConsoleProgram"/>).
/// </summary>
internal static class ServiceHosts
{
    private static readonly string[] s_names =
    [
        "BackgroundService", "IHostedService", "IHostedLifecycleService", "AddHostedService",
        "WebApplication", "WebHost", "ConfigureWebHostDefaults", "ConfigureWebHost", "UseKestrel",
    ];

    private static readonly ImmutableHashSet<string> s_nameSet = ImmutableHashSet.Create(StringComparer.Ordinal, s_names);

    // Every name above holds one of these, as the code spells it: five ordinal searches of the file's text.
    private static readonly string[] s_fragments = ["Hosted", "BackgroundService", "WebApplication", "WebHost", "UseKestrel"];

    public static bool AnyIn(SyntaxTree tree, CancellationToken cancellationToken)
    {
        // The text first: most files name none of these, and reading every token of a large program makes a syntax
        // node for each (a tool that references a big library compiles its files too).
        var text = tree.GetText(cancellationToken).ToString();
        if (Array.TrueForAll(s_fragments, fragment => text.IndexOf(fragment, StringComparison.Ordinal) < 0))
        {
            return false;
        }

        foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && s_nameSet.Contains(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }
}
