using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Rendering;
using Katas.Tool.Running;

namespace Katas.Tool.Exporting;

/// <summary>
/// `./kata export-student &lt;folder&gt; [--replace]`: writes the repository a class gets as its template.
/// The course's files without the reference solutions and the maintainers' tools and tests, the
/// template's own README, .gitignore and Classroom workflow (templates/student/) laid over them, and a
/// fresh git history of one commit. The copy is assembled beside the folder and moved into place only
/// when it is complete, so a failed export leaves nothing half-written.
/// </summary>
internal sealed class StudentExport(RepositoryLayout layout, Terminal terminal)
{
    public const string CommitMessage = "Katas: the student template";

    public async Task<int> RunAsync(string folder, bool replace, CancellationToken cancellationToken)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        CheckTarget(target, replace);

        var staging = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.export-{Guid.NewGuid().ToString("N")[..8]}");
        try
        {
            var files = await WriteAsync(staging, cancellationToken).ConfigureAwait(false);
            MoveIntoPlace(staging, target);
            terminal.WriteLine($"Wrote the student template to {target}: {files} files, one commit.", Style.Green);
            terminal.WriteLine("Next: push it to a new GitHub repository, mark that repository a template, and use it as the assignment's starter code in GitHub Classroom (README, \"The classroom\").");
            return ExitCodes.Green;
        }
        finally
        {
            DeleteQuietly(staging);
        }
    }

    private async Task<int> WriteAsync(string staging, CancellationToken cancellationToken)
    {
        var files = (await SourceFiles.ListAsync(layout.Root, cancellationToken).ConfigureAwait(false))
            .Where(f => !StudentView.IsMaintainerOnly(f) && !StudentView.IsOtherSolution(f, RepositoryLayout.SolutionFileName))
            .ToList();
        foreach (var file in files)
        {
            Copy(Path.Combine(layout.Root, file), Path.Combine(staging, file));
        }

        var template = Path.Combine(layout.Root, StudentView.TemplateFolder);
        if (!Directory.Exists(template))
        {
            throw new UsageException($"{StudentView.TemplateFolder} is missing: it holds the template's README, .gitignore and workflow.");
        }

        foreach (var file in Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(template, file);
            Copy(file, Path.Combine(staging, relative));
            files.Add(relative.Replace('\\', '/'));
        }

        await SolutionFiles.PruneAsync(staging, RepositoryLayout.SolutionFileName, cancellationToken).ConfigureAwait(false);
        await CommitAsync(staging, cancellationToken).ConfigureAwait(false);
        return files.Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>A fresh history: one commit on main, by whoever exports (or a neutral name when git has none).</summary>
    private static async Task CommitAsync(string root, CancellationToken cancellationToken)
    {
        await GitCommand.OutputAsync(root, ["init", "--quiet"], cancellationToken).ConfigureAwait(false);
        await GitCommand.OutputAsync(root, ["symbolic-ref", "HEAD", "refs/heads/main"], cancellationToken).ConfigureAwait(false);
        await GitCommand.OutputAsync(root, ["add", "--all"], cancellationToken).ConfigureAwait(false);

        var identity = await GitCommand.RunAsync(root, ["var", "GIT_AUTHOR_IDENT"], cancellationToken).ConfigureAwait(false);
        string[] who = identity.Succeeded ? [] : ["-c", "user.name=Katas", "-c", "user.email=katas@users.noreply.github.com"];
        await GitCommand.OutputAsync(root, [.. who, "-c", "commit.gpgsign=false", "commit", "--quiet", "--no-verify", "-m", CommitMessage], cancellationToken).ConfigureAwait(false);
    }

    private void CheckTarget(string target, bool replace)
    {
        if (layout.IsInside(target) || layout.Root.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new UsageException($"'{target}' is inside the course repository (or holds it): choose a folder outside {layout.Root}.");
        }

        if (File.Exists(target))
        {
            throw new UsageException($"'{target}' is a file: give a folder for the template.");
        }

        if (!Directory.Exists(Path.GetDirectoryName(target)))
        {
            throw new UsageException($"'{Path.GetDirectoryName(target)}' does not exist: create it first, or choose another folder.");
        }

        if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any())
        {
            return;
        }

        if (!replace)
        {
            throw new UsageException($"'{target}' is not empty. Give an empty or new folder, or --replace to replace an earlier export there.");
        }

        if (!IsEarlierExport(target))
        {
            throw new UsageException($"'{target}' is not an earlier export (a kata repository without solutions/): --replace replaces only those. Nothing was changed.");
        }
    }

    /// <summary>What export-student writes: the kata tool's layout, and no reference solutions.</summary>
    private static bool IsEarlierExport(string folder) =>
        File.Exists(Path.Combine(folder, RepositoryLayout.SolutionFileName))
        && Directory.Exists(Path.Combine(folder, "katas"))
        && !Directory.Exists(Path.Combine(folder, "solutions"));

    /// <summary>The finished copy takes the folder's place; an earlier export there goes only once the new one is in.</summary>
    private static void MoveIntoPlace(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var old = staging + ".old";
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }

        DeleteQuietly(old);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }

    private static void DeleteQuietly(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        // git writes its objects read-only; a recursive delete needs them writable on Windows.
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(folder, recursive: true);
    }
}
