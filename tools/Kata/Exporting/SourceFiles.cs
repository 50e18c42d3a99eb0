using Katas.Tool.Running;

namespace Katas.Tool.Exporting;

/// <summary>The files of the course repository, relative with '/', as a clone of it would have them.</summary>
internal static class SourceFiles
{
    /// <summary>Build output and scratch space, left out when the repository is not a git clone.</summary>
    private static readonly HashSet<string> s_skipped = new(StringComparer.Ordinal)
    {
        "bin", "obj", ".kata", ".git", "TestResults", "BenchmarkDotNet.Artifacts", ".vs", ".idea",
    };

    /// <summary>
    /// In a git clone: the files git tracks plus new ones it does not ignore (so an export shows uncommitted
    /// work too, and never build output). Elsewhere: every file but build output and scratch space.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ListAsync(string root, CancellationToken cancellationToken)
    {
        if (Directory.Exists(Path.Combine(root, ".git")) || File.Exists(Path.Combine(root, ".git")))
        {
            var listed = await GitCommand.TryRunAsync(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], cancellationToken).ConfigureAwait(false);
            if (listed is { Succeeded: true })
            {
                return listed.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries)
                    .Select(p => p.Trim('\n'))
                    .Where(p => p.Length > 0 && File.Exists(Path.Combine(root, p)))
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToArray();
            }
        }

        var files = new List<string>();
        Walk(new DirectoryInfo(root), "", files);
        return files.Order(StringComparer.Ordinal).ToArray();
    }

    private static void Walk(DirectoryInfo directory, string prefix, List<string> files)
    {
        files.AddRange(directory.EnumerateFiles().Select(f => prefix + f.Name));
        foreach (var child in directory.EnumerateDirectories().Where(d => !s_skipped.Contains(d.Name) && d.LinkTarget is null))
        {
            Walk(child, prefix + child.Name + "/", files);
        }
    }
}
