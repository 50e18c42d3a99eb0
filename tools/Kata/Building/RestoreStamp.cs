using Katas.Tool.Course;

namespace Katas.Tool.Building;

/// <summary>
/// Remembers that the projects of a generated solution (<see cref="ProjectSolution"/>) were restored, so that the kata loop can build with
/// <c>--no-restore</c>: NuGet's restore costs about a second on every run even when it has nothing to
/// do, a quarter of a warm loop. The stamp holds only while no project, MSBuild or NuGet file is newer
/// than it and the solution names the same projects; a build that still finds no assets file restores.
/// </summary>
internal sealed class RestoreStamp
{
    private static readonly HashSet<string> s_prunedDirectories = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", ".kata", "node_modules", "TestResults" };
    private static readonly HashSet<string> s_restoreInputNames = new(StringComparer.OrdinalIgnoreCase) { "nuget.config", "global.json" };
    private static readonly HashSet<string> s_restoreInputExtensions = new(StringComparer.OrdinalIgnoreCase) { ".csproj", ".props", ".targets", ".sln", ".slnx" };

    private readonly string _root;
    private readonly string _solution;
    private readonly string _stamp;

    /// <param name="solution">The generated solution that is built; the stamp sits beside it.</param>
    public RestoreStamp(RepositoryLayout layout, string solution)
    {
        _root = layout.Root;
        _solution = solution;
        _stamp = Path.ChangeExtension(solution, ".restored");
    }

    /// <summary>True when the last restore of this solution still holds.</summary>
    public bool IsCurrent()
    {
        try
        {
            if (!File.Exists(_stamp) || File.ReadAllText(_stamp) != File.ReadAllText(_solution))
            {
                return false;
            }

            var stamped = File.GetLastWriteTimeUtc(_stamp);
            return !RestoreInputs(_root).Any(input => File.GetLastWriteTimeUtc(input) >= stamped);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Records a restore of the solution as it is now.</summary>
    /// <param name="restoreStartedUtc">
    /// When the restore began: the stamp is dated then, so that a project file changed while the build ran
    /// is newer than the stamp and restored next time.
    /// </param>
    public void Write(DateTime restoreStartedUtc)
    {
        File.WriteAllText(_stamp, File.ReadAllText(_solution));
        File.SetLastWriteTimeUtc(_stamp, restoreStartedUtc);
    }

    /// <summary>Forgets the restore, so the next build restores.</summary>
    public void Delete() => File.Delete(_stamp);

    /// <summary>True when a build with <c>--no-restore</c> failed for want of a restore (a deleted obj/, a new project).</summary>
    public static bool NeededRestore(BuildResult build) =>
        !build.Succeeded && build.Errors.Any(e => e.Code is "NETSDK1004" or "NETSDK1005");

    /// <summary>True when a build that restored shows no sign of a failed restore.</summary>
    public static bool Restored(BuildResult build) =>
        !build.TimedOut && !build.Errors.Any(e => e.Code.StartsWith("NU", StringComparison.Ordinal) || e.Code.StartsWith("NETSDK", StringComparison.Ordinal) || e.Code.StartsWith("MSB", StringComparison.Ordinal));

    private static IEnumerable<string> RestoreInputs(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            var name = Path.GetFileName(file);
            if (s_restoreInputNames.Contains(name) || s_restoreInputExtensions.Contains(Path.GetExtension(name)))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            if (s_prunedDirectories.Contains(Path.GetFileName(child)))
            {
                continue;
            }

            foreach (var file in RestoreInputs(child))
            {
                yield return file;
            }
        }
    }
}
