using Microsoft.CodeAnalysis;

namespace Katas.Analyzers;

/// <summary>
/// Builds a rule's <see cref="DiagnosticDescriptor"/> from the resources, so that every text a student
/// reads comes in English and Korean (Resources.resx, Resources.ko.resx) and follows the UI culture.
/// </summary>
internal static class Rule
{
    /// <summary>Where the rule pages live. A fork that publishes its own pages changes this one line.</summary>
    public const string HelpLinkBase = "https://github.com/container-katas/katas/blob/main/analyzers/docs/";

    public static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity) =>
        new(
            id,
            title: Text(id + "_Title"),
            messageFormat: Text(id + "_Message"),
            category,
            severity,
            isEnabledByDefault: true,
            description: Text(id + "_Description"),
            helpLinkUri: HelpLinkBase + id + ".md");

    private static LocalizableResourceString Text(string name) =>
        new(name, Resources.ResourceManager, typeof(Resources));
}
