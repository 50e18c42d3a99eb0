using System.Text.Json;
using Katas.Tool.Course;

namespace Katas.Tool.Building;

/// <summary>
/// Writes a solution filter (.slnf) under .kata/ so that one MSBuild run builds just the projects asked
/// for, in parallel, and goes on with the others when one fails to compile.
/// </summary>
internal static class SolutionFilter
{
    public static string Write(RepositoryLayout layout, string name, IEnumerable<string> projects)
    {
        Directory.CreateDirectory(layout.ScratchDirectory);
        var path = Path.Combine(layout.ScratchDirectory, name + ".slnf");
        var document = new
        {
            solution = new
            {
                path = Path.GetRelativePath(layout.ScratchDirectory, layout.SolutionFile).Replace('\\', '/'),
                projects = projects.Select(p => Path.GetRelativePath(layout.Root, p).Replace('\\', '/')).ToArray(),
            },
        };

        var json = JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true });
        if (!File.Exists(path) || File.ReadAllText(path) != json)
        {
            File.WriteAllText(path, json);
        }

        return path;
    }
}
