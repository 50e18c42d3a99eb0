using System.Text.RegularExpressions;

namespace Katas.Analyzers.RealCodeCheck;

/// <summary>
/// The project files that compile a source file from outside their own folder, by a <c>&lt;Compile Include&gt;</c>
/// item (<c>..\Shared\RedisServer.cs</c>, <c>..\Shared\*.cs</c>) or by importing a shared project's items
/// (<c>&lt;Import Project="..\Core.Shared\Core.Shared.projitems" Label="Shared" /&gt;</c>, whose items name their files
/// under <c>$(MSBuildThisFileDirectory)</c>): a file under no project's folder is compiled by the projects that link it,
/// and is test code when only test projects do.
/// </summary>
internal static partial class LinkedSourceFiles
{
    /// <summary>For each of <paramref name="files"/> that some project links, the project files that link it.</summary>
    public static Dictionary<string, List<string>> Includers(IEnumerable<string> projectFiles, IReadOnlyCollection<string> files)
    {
        var includers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (files.Count == 0)
        {
            return includers;
        }

        foreach (var projectFile in projectFiles.Order(StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(projectFile)!;
            var text = SourceProject.TryRead(projectFile);
            AddIncluded(includers, projectFile, folder, text, files);
            foreach (var sharedItems in BuildFileImports.Of(projectFile, text, folder).Where(IsSharedItems))
            {
                AddIncluded(includers, projectFile, Path.GetDirectoryName(sharedItems)!, SourceProject.TryRead(sharedItems), files);
            }
        }

        return includers;
    }

    /// <summary>
    /// The files <paramref name="itemsText"/> names by <c>&lt;Compile Include&gt;</c>, relative to <paramref name="folder"/>
    /// (the project's, or a shared project's for <c>$(MSBuildThisFileDirectory)</c>), as compiled by <paramref name="projectFile"/>.
    /// </summary>
    private static void AddIncluded(
        Dictionary<string, List<string>> includers, string projectFile, string folder, string itemsText, IReadOnlyCollection<string> files)
    {
        foreach (var include in CompileInclude().Matches(itemsText).SelectMany(m => m.Groups["include"].Value.Split(';')))
        {
            var pattern = include.Trim().Replace("$(MSBuildThisFileDirectory)", "", StringComparison.OrdinalIgnoreCase).Replace('\\', '/');
            if (pattern.Length == 0 || pattern.Contains("$(", StringComparison.Ordinal))
            {
                continue;
            }

            var matches = PathPattern(Path.GetFullPath(Path.Combine(folder, pattern)).Replace('\\', '/'));
            foreach (var file in files.Where(f => matches.IsMatch(f.Replace('\\', '/'))))
            {
                if (!includers.TryGetValue(file, out var list))
                {
                    includers[file] = list = [];
                }

                if (!list.Contains(projectFile, StringComparer.Ordinal))
                {
                    list.Add(projectFile);
                }
            }
        }
    }

    /// <summary>A shared project's items (<c>Core.Shared.projitems</c>), which the projects that import it compile.</summary>
    private static bool IsSharedItems(string importedFile) =>
        importedFile.EndsWith(".projitems", StringComparison.OrdinalIgnoreCase);

    // MSBuild's wildcards: ** any folders, * and ? within one name.
    private static Regex PathPattern(string path)
    {
        var pattern = Regex.Escape(path)
            .Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        return new Regex("^" + pattern + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"<Compile\s+Include\s*=\s*""(?<include>[^""]+)""")]
    private static partial Regex CompileInclude();
}
