using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Katas.Analyzers.RealCodeCheck;

/// <summary>
/// The rule options the NuGet package's own global configuration sets (<c>build/Katas.Analyzers.globalconfig</c>,
/// embedded in this tool), such as <c>SPOF001.in_desktop_applications = false</c>: a project that references the
/// package gets them, so the check reads code with them unless <c>--course</c> asks for the rules' own defaults, which
/// the course's projects get. Severities are left out: the check lists every hit whatever its severity.
/// </summary>
internal static partial class PackageConfiguration
{
    private const string ResourceName = "Katas.Analyzers.globalconfig";

    /// <summary>The package's rule options for the rules named, keyed as the compiler keys them (lower case).</summary>
    public static ImmutableDictionary<string, string> OptionsFor(IReadOnlyCollection<string> rules)
    {
        using var stream = typeof(PackageConfiguration).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The package configuration ({ResourceName}) is not embedded in this build of the check.");
        using var reader = new StreamReader(stream);
        var configuration = AnalyzerConfigSet.Create<ImmutableArray<AnalyzerConfig>>([AnalyzerConfig.Parse(reader.ReadToEnd(), "/" + ResourceName)], out _);
        return configuration.GlobalConfigOptions.AnalyzerOptions
            .Where(option => RuleOption().Match(option.Key) is { Success: true } match
                && rules.Contains(match.Groups["rule"].Value, StringComparer.OrdinalIgnoreCase))
            .ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>An option as the package's file spells it: <c>SPOF001.in_desktop_applications = false</c>.</summary>
    public static string Spelled(KeyValuePair<string, string> option) =>
        RuleOption().Replace(option.Key, match => match.Groups["rule"].Value.ToUpperInvariant() + ".", 1) + " = " + option.Value;

    // A rule's own option (SPOF001.in_desktop_applications), not a severity (dotnet_diagnostic.SPOF001.severity).
    [GeneratedRegex(@"^(?<rule>spof\d{3})\.", RegexOptions.IgnoreCase)]
    private static partial Regex RuleOption();
}
