using System.IO.Compression;
using Katas.Tool.Cli;
using Katas.Tool.Course;
using Spectre.Console;

namespace Katas.Tool.Grading;

/// <summary>
/// `./kata grade --gradescope-package grader.zip`: the autograder zip Gradescope expects. At its root,
/// <c>setup.sh</c> (run once when Gradescope builds the image: installs .NET and bubblewrap, builds the
/// course's specs) and <c>run_autograder</c> (run per submission: grades <c>/autograder/submission</c> and
/// writes <c>/autograder/results/results.json</c>); beside them, this course without its solutions.
/// </summary>
internal static class GradescopePackage
{
    /// <summary>Folders of the course that never go into the package.</summary>
    private static readonly HashSet<string> s_left = new(StringComparer.Ordinal) { ".git", "solutions", ".kata", "bin", "obj", "TestResults", ".vs", ".idea" };

    public const string SetupScript = """
        #!/usr/bin/env bash
        # Gradescope runs this once, when it builds the autograder's image (Ubuntu).
        set -euo pipefail
        apt-get update
        apt-get install -y --no-install-recommends bubblewrap git curl ca-certificates libicu-dev
        if ! command -v dotnet >/dev/null 2>&1; then
          curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
          bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet
          ln -sf /usr/share/dotnet/dotnet /usr/bin/dotnet
        fi
        cd /autograder/source/course
        # Build the tool and the specs now, so that each submission is graded without a restore.
        dotnet build tools/Kata/Kata.csproj
        ./kata list >/dev/null

        """;

    public const string RunScript = """
        #!/usr/bin/env bash
        # Gradescope runs this for every submission. AUTOGRADER_ROOT moves the whole layout (for tests).
        set -uo pipefail
        root="${AUTOGRADER_ROOT:-/autograder}"
        course="$root/source/course"
        mkdir -p "$root/results"
        reports="$(mktemp -d)"
        "$course/kata" grade "$root/submission" --out "$reports" --lang "${KATA_LANG:-en}" --no-color
        status=$?
        if [ -f "$reports/results.json" ]; then
          cp "$reports/results.json" "$root/results/results.json"
        else
          printf '{"score":0,"output":"The grader could not grade this submission (exit code %s). Ask your instructor.","tests":[]}\n' "$status" > "$root/results/results.json"
        fi
        rm -rf "$reports"
        exit 0

        """;

    public static int Write(RepositoryLayout layout, string zipPath, IAnsiConsole console)
    {
        var full = Path.GetFullPath(zipPath);
        if (Directory.Exists(full))
        {
            throw new UsageException($"--gradescope-package: '{zipPath}' is a folder; give the path of the zip to write.");
        }

        if (layout.IsInside(full) && !full.StartsWith(layout.ScratchDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new UsageException($"--gradescope-package: write the zip outside the course (or under .kata/), not to '{zipPath}': it would pack itself.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            AddScript(zip, "setup.sh", SetupScript);
            AddScript(zip, "run_autograder", RunScript);
            foreach (var file in CourseFiles(layout.Root))
            {
                var entry = zip.CreateEntryFromFile(file, "course/" + Path.GetRelativePath(layout.Root, file).Replace('\\', '/'), CompressionLevel.Optimal);
                if (!OperatingSystem.IsWindows())
                {
                    entry.ExternalAttributes = (int)File.GetUnixFileMode(file) << 16;
                }
            }
        }

        File.Move(temporary, full, overwrite: true);
        console.MarkupLine($"Wrote the Gradescope autograder: [bold]{Markup.Escape(zipPath)}[/] (setup.sh, run_autograder, the course without solutions/).");
        console.MarkupLine("[grey]Upload it as the assignment's autograder (Configure Autograder > Zip file upload).[/]");
        return ExitCodes.Green;
    }

    private static void AddScript(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.ExternalAttributes = Convert.ToInt32("100755", 8) << 16;
        using var writer = new StreamWriter(entry.Open());
        writer.Write(text.ReplaceLineEndings("\n"));
    }

    private static IEnumerable<string> CourseFiles(string root)
    {
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            {
                if (!s_left.Contains(Path.GetFileName(directory)) && new DirectoryInfo(directory).LinkTarget is null)
                {
                    pending.Push(directory);
                }
            }

            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                if (new FileInfo(file).LinkTarget is null)
                {
                    yield return file;
                }
            }
        }
    }
}
