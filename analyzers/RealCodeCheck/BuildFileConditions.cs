using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Katas.Analyzers.RealCodeCheck;

/// <summary>
/// A shared build file (Directory.Build.props) as one project sees it: the elements whose <c>Condition</c> is false
/// for that project are left out. Without MSBuild only conditions on the project's name can be read, the way
/// repositories give their test projects a test framework
/// (<c>&lt;ItemGroup Condition="$(MSBuildProjectName.EndsWith('.Tests'))"&gt;</c>); any other condition is taken as
/// false, so that a setting meant for some projects is not given to all of them.
/// </summary>
internal static partial class BuildFileConditions
{
    /// <summary>The text of <paramref name="buildFile"/> with the elements that do not apply to <paramref name="projectName"/> removed;
    /// the text as it is when it is not XML.</summary>
    public static string ForProject(string buildFile, string projectName)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(buildFile);
        }
        catch (System.Xml.XmlException)
        {
            return buildFile;
        }

        var excluded = document.Descendants()
            .Where(e => e.Attribute("Condition") is { } condition && !Holds(condition.Value, projectName))
            .ToList();
        foreach (var element in excluded)
        {
            element.Remove();
        }

        return document.ToString();
    }

    /// <summary>Whether a condition on the project's name holds: <c>$(MSBuildProjectName.EndsWith('.Tests'))</c>,
    /// <c>.StartsWith</c>, <c>.Contains</c> (each may be negated with <c>!</c>), <c>'$(MSBuildProjectName)' == 'X'</c> or
    /// <c>!=</c>. Any other condition cannot be read here and is taken as false.</summary>
    public static bool Holds(string condition, string projectName)
    {
        var text = condition.Trim();
        if (NameMethodPattern().Match(text) is { Success: true } call)
        {
            var argument = call.Groups["argument"].Value;
            var result = call.Groups["method"].Value switch
            {
                "EndsWith" => projectName.EndsWith(argument, StringComparison.Ordinal),
                "StartsWith" => projectName.StartsWith(argument, StringComparison.Ordinal),
                _ => projectName.Contains(argument, StringComparison.Ordinal),
            };
            return call.Groups["not"].Success ? !result : result;
        }

        if (NameComparisonPattern().Match(text) is { Success: true } comparison)
        {
            var equal = string.Equals(projectName, comparison.Groups["value"].Value, StringComparison.OrdinalIgnoreCase);
            return comparison.Groups["operator"].Value == "==" ? equal : !equal;
        }

        return false;
    }

    [GeneratedRegex(@"^(?<not>!)?\s*'?\$\(MSBuildProjectName\.(?<method>EndsWith|StartsWith|Contains)\(\s*['`](?<argument>[^'`]*)['`]\s*\)\)'?(?:\s*==\s*'?true'?)?$")]
    private static partial Regex NameMethodPattern();

    [GeneratedRegex(@"^'\$\(MSBuildProjectName\)'\s*(?<operator>==|!=)\s*'(?<value>[^']*)'$")]
    private static partial Regex NameComparisonPattern();
}
