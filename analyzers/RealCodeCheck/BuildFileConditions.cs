using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Katas.Analyzers.RealCodeCheck;

/// <summary>
/// A shared build file (Directory.Build.props) as one project sees it: the elements whose <c>Condition</c> is false
/// for that project are left out. Without MSBuild only conditions on the project's name can be read, the way
/// repositories give their test projects a test framework
/// (<c>&lt;ItemGroup Condition="$(MSBuildProjectName.EndsWith('.Tests'))"&gt;</c>), and conditions on a property the
/// same file set before them, from literal text, itself under such conditions (Sonarr's and Prowlarr's
/// <c>&lt;TestProject Condition="$(MSBuildProjectName.EndsWith('.Test'))"&gt;true&lt;/TestProject&gt;</c>, then
/// <c>&lt;ItemGroup Condition="'$(TestProject)'=='true'"&gt;</c>); any other condition is taken as false, so that a
/// setting meant for some projects is not given to all of them.
/// </summary>
internal static partial class BuildFileConditions
{
    /// <summary>The text of <paramref name="buildFile"/> with the elements that do not apply to <paramref name="projectName"/> removed;
    /// the text as it is when it is not XML. With <paramref name="projectFile"/>, conditions on the project's path
    /// (<c>$(MSBuildProjectFullPath.Contains('Tests'))</c>, <c>$(MSBuildProjectDirectory...)</c>) are read too.</summary>
    public static string ForProject(string buildFile, string projectName, string? projectFile = null)
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

        // In document order, as MSBuild reads properties: a property counts from where it is set, when its element
        // and every element around it apply.
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var excluded = new HashSet<XElement>();
        foreach (var element in document.Descendants())
        {
            if (element.Parent is { } parent && excluded.Contains(parent))
            {
                excluded.Add(element);
                continue;
            }

            if (element.Attribute("Condition") is { } condition && !Holds(condition.Value, projectName, properties, projectFile))
            {
                excluded.Add(element);
                continue;
            }

            if (element.Parent?.Name.LocalName == "PropertyGroup" && !element.HasElements)
            {
                // Only literal text can be compared; a value made of other properties is not known here.
                if (element.Value.Contains("$(", StringComparison.Ordinal))
                {
                    properties.Remove(element.Name.LocalName);
                }
                else
                {
                    properties[element.Name.LocalName] = element.Value.Trim();
                }
            }
        }

        foreach (var element in excluded.Where(e => e.Parent is null || !excluded.Contains(e.Parent)).ToList())
        {
            element.Remove();
        }

        return document.ToString();
    }

    /// <summary>Whether a condition on the project's name holds: <c>$(MSBuildProjectName.EndsWith('.Tests'))</c>,
    /// <c>.StartsWith</c>, <c>.Contains</c> (each may be negated with <c>!</c>), <c>'$(MSBuildProjectName)' == 'X'</c> or
    /// <c>!=</c>. Any other condition cannot be read here and is taken as false.</summary>
    public static bool Holds(string condition, string projectName, string? projectFile = null) =>
        Holds(condition, projectName, new Dictionary<string, string>(), projectFile);

    /// <summary>As <see cref="Holds(string, string)"/>, and <c>'$(Name)' == 'value'</c> or <c>!=</c> for a property in
    /// <paramref name="properties"/> (compared without case, as MSBuild does); a property not there cannot be read.</summary>
    private static bool Holds(string condition, string projectName, IReadOnlyDictionary<string, string> properties, string? projectFile)
    {
        var text = condition.Trim();
        if (NameMethodPattern().Match(text) is { Success: true } call)
        {
            // The name, or, when the project's file is known, its full path or folder (with / as separator, in the
            // argument as in the path: MSBuild on Windows writes \).
            var subject = call.Groups["property"].Value switch
            {
                "Name" => projectName,
                "FullPath" when projectFile is not null => Slashed(projectFile),
                "Directory" when projectFile is not null => Slashed(Path.GetDirectoryName(projectFile) ?? ""),
                _ => null,
            };
            if (subject is null)
            {
                return false;
            }

            var argument = call.Groups["property"].Value == "Name" ? call.Groups["argument"].Value : Slashed(call.Groups["argument"].Value);
            var result = call.Groups["method"].Value switch
            {
                "EndsWith" => subject.EndsWith(argument, StringComparison.Ordinal),
                "StartsWith" => subject.StartsWith(argument, StringComparison.Ordinal),
                _ => subject.Contains(argument, StringComparison.Ordinal),
            };
            return call.Groups["not"].Success ? !result : result;
        }

        if (NameComparisonPattern().Match(text) is { Success: true } comparison)
        {
            var equal = string.Equals(projectName, comparison.Groups["value"].Value, StringComparison.OrdinalIgnoreCase);
            return comparison.Groups["operator"].Value == "==" ? equal : !equal;
        }

        if (PropertyComparisonPattern().Match(text) is { Success: true } test && properties.TryGetValue(test.Groups["name"].Value, out var value))
        {
            var equal = string.Equals(value, test.Groups["value"].Value, StringComparison.OrdinalIgnoreCase);
            return test.Groups["operator"].Value == "==" ? equal : !equal;
        }

        return false;
    }

    private static string Slashed(string path) => path.Replace('\\', '/');

    [GeneratedRegex(@"^(?<not>!)?\s*'?\$\(MSBuildProject(?<property>Name|FullPath|Directory)\.(?<method>EndsWith|StartsWith|Contains)\(\s*['`](?<argument>[^'`]*)['`]\s*\)\)'?(?:\s*==\s*'?true'?)?$")]
    private static partial Regex NameMethodPattern();

    [GeneratedRegex(@"^'\$\(MSBuildProjectName\)'\s*(?<operator>==|!=)\s*'(?<value>[^']*)'$")]
    private static partial Regex NameComparisonPattern();

    [GeneratedRegex(@"^'\$\((?<name>[A-Za-z_][\w-]*)\)'\s*(?<operator>==|!=)\s*'(?<value>[^'$]*)'$")]
    private static partial Regex PropertyComparisonPattern();
}
