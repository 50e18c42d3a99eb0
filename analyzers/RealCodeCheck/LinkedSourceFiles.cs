using System.Text.RegularExpressions;

namespace Katas.Analyzers.RealCodeCheck;

/// <summary>
/// The project files that compile a source file from outside their own folder, by a <c>&lt;Compile Include&gt;</c>
/// item (<c>..\Shared\RedisServer.cs</c>, <c>..\Shared\*.cs</c>): a file under no project's folder is compiled by the
/// projects that link it, and is test code when only test projects do.
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
            foreach (var include in CompileInclude().Matches(text).SelectMany(m => m.Groups["include"].Value.Split(';')))
            {
                var pattern = include.Trim().Replace('\\', '/');
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

        return includers;
    }

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
