using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Katas.Analyzers;

/// <summary>Source text for a message: one line, and short.</summary>
internal static class Snippet
{
    private const int MaxLength = 60;

    // No match timeout: every pattern here runs in time linear in one literal's length, and a wall-clock timeout
    // only turned a thread descheduled on a loaded build machine into an analyzer exception (AD0001).
    private static readonly Regex s_whitespace = new(@"\s+", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    public static string Of(SyntaxNode node)
    {
        var text = s_whitespace.Replace(node.ToString(), " ").Trim();
        return text.Length <= MaxLength ? text : text.Substring(0, MaxLength - 3) + "...";
    }
}
