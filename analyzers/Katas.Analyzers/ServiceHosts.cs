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
    private static readonly NameSet s_names = new(
        "BackgroundService", "IHostedService", "IHostedLifecycleService", "AddHostedService",
        "WebApplication", "WebHost", "ConfigureWebHostDefaults", "ConfigureWebHost", "UseKestrel");

    public static bool AnyIn(SyntaxNode root)
    {
        foreach (var token in root.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && s_names.Contains(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }
}
