using System.Xml.Linq;
using Katas.Tool.Course;

namespace Katas.Tool.Building;

/// <summary>
/// Writes a solution (.slnx) under .kata/ that lists just the projects asked for, so that one MSBuild run
/// builds them in parallel and goes on with the others when one fails to compile.
/// </summary>
/// <remarks>
/// A solution of its own rather than a filter of <c>Katas.sln</c>: the root solution is the student's view
/// for plain <c>dotnet test</c> and an IDE, and holds the one test application of every kata's specs
/// (<c>tests/Katas.Specs</c>), not the spec project of each kata that the kata loop builds.
/// </remarks>
internal static class ProjectSolution
{
    public static string Write(RepositoryLayout layout, string name, IEnumerable<string> projects)
    {
        Directory.CreateDirectory(layout.ScratchDirectory);
        var path = Path.Combine(layout.ScratchDirectory, name + ".slnx");
        var document = new XElement(
            "Solution",
            projects.Select(p => new XElement("Project", new XAttribute("Path", Path.GetRelativePath(layout.ScratchDirectory, p).Replace('\\', '/')))));

        // Rewritten only when it changes: MSBuild and the restore stamp look at its date and text.
        var text = document.ToString() + "\n";
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text);
        }

        return path;
    }
}
