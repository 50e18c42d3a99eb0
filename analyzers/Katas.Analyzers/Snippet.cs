using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Katas.Analyzers;

/// <summary>Source text for a message: one line, and short.</summary>
internal static class Snippet
{
    private const int MaxLength = 60;

    private static readonly Regex s_whitespace = new(@"\s+", RegexOptions.CultureInvariant, System.TimeSpan.FromMilliseconds(100));

    public static string Of(SyntaxNode node)
    {
        var text = s_whitespace.Replace(node.ToString(), " ").Trim();
        return text.Length <= MaxLength ? text : text.Substring(0, MaxLength - 3) + "...";
    }
}
