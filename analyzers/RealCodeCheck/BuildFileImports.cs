using System.Xml.Linq;

namespace Katas.Analyzers.RealCodeCheck;

/// <summary>
/// The files a project or shared build file imports (<c>&lt;Import Project="../Host.Test.Properties.xml" /&gt;</c>), where
/// a repository keeps the settings its projects share, test packages among them. Without MSBuild only a path that can
/// be read as written is followed: relative to the importing file, or under <c>$(MSBuildThisFileDirectory)</c> or
/// <c>$(MSBuildProjectDirectory)</c>. An SDK's imports and paths built from other properties are not.
/// </summary>
internal static class BuildFileImports
{
    public static IEnumerable<string> Of(string buildFile, string text, string projectDirectory)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (System.Xml.XmlException)
        {
            yield break;
        }

        var directory = Path.GetDirectoryName(buildFile)!;
        foreach (var import in document.Descendants().Where(e => e.Name.LocalName == "Import" && e.Attribute("Sdk") is null))
        {
            if (import.Attribute("Project")?.Value is not { Length: > 0 } project)
            {
                continue;
            }

            var path = project
                .Replace("$(MSBuildThisFileDirectory)", directory + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase)
                .Replace("$(MSBuildProjectDirectory)", projectDirectory, StringComparison.OrdinalIgnoreCase)
                .Replace('\\', Path.DirectorySeparatorChar);
            if (path.Contains("$(", StringComparison.Ordinal) || path.Contains('*', StringComparison.Ordinal))
            {
                continue;
            }

            var full = Path.GetFullPath(Path.Combine(directory, path));
            if (File.Exists(full))
            {
                yield return full;
            }
        }
    }
}
