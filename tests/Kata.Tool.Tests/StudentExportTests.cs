using System.Text.RegularExpressions;

namespace Katas.Tool.Tests;

/// <summary>
/// `kata export-student`: the template a class gets holds no reference solution, no maintainer tool or
/// test, its own README in both languages, a .gitignore and one commit; it builds, its kata loop starts
/// at kata 1 step 1, and `dotnet test` at its root is the student loop.
/// </summary>
public sealed partial class StudentExportTests(ExportedTemplate template) : IClassFixture<ExportedTemplate>
{
    [Fact]
    public void The_template_has_no_solutions_no_spec_project_against_them_and_no_maintainer_tools_or_tests()
    {
        var files = template.Files();

        Assert.DoesNotContain(files, f => f.StartsWith("solutions/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.StartsWith("benchmarks/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.StartsWith("maintainers/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.StartsWith("templates/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.StartsWith(".ci/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.StartsWith("tools/SaleDay.Reference/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f == "docs/authoring.md");
        Assert.DoesNotContain(files, f => Regex.IsMatch(f, @"^tests/[^/]+\.(Specs\.Solution|Tests)/"));
        Assert.Contains("tests/HealthChecker.Specs/Step1_OneProbe.cs", files);
        Assert.Contains("katas/HealthChecker/HealthChecker.cs", files);

        // Every project file any file of the template names is in the template.
        var solution = File.ReadAllText(template.PathOf("Katas.sln"));
        Assert.DoesNotContain("solutions\\", solution, StringComparison.Ordinal);
        foreach (Match project in ProjectInSolution().Matches(solution))
        {
            Assert.True(File.Exists(template.PathOf(project.Groups["path"].Value.Replace('\\', '/'))), $"Katas.sln names {project.Groups["path"].Value}, which the template does not have.");
        }

        // One solution, the student's, at the root: `dotnet test` there needs exactly one.
        Assert.Equal(["Katas.sln"], files.Where(f => f.EndsWith(".sln", StringComparison.Ordinal) || f.EndsWith(".slnx", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_line_of_a_reference_solution_is_anywhere_in_the_template()
    {
        // The lines a student has by design: the starter, the specs (which the grader does not keep
        // secret), and the C# idioms the tools' own code shares with the solutions (a JSON writer's calls).
        var given = LinesOf(ExportedTemplate.Source, "katas")
            .Concat(Directory.EnumerateDirectories(Path.Combine(ExportedTemplate.Source, "tests"))
                .Where(d => d.EndsWith(".Specs", StringComparison.Ordinal) || d.EndsWith("Katas.Specs.Support", StringComparison.Ordinal))
                .SelectMany(d => LinesOf(d, ".")))
            .Concat(Directory.EnumerateDirectories(Path.Combine(ExportedTemplate.Source, "tools"))
                .Where(d => !d.EndsWith(".Reference", StringComparison.Ordinal))
                .SelectMany(d => LinesOf(d, ".", "*.cs")))
            .ToHashSet(StringComparer.Ordinal);
        var reference = LinesOf(ExportedTemplate.Source, "solutions")
            .Where(IsNonTrivial)
            .Where(l => !given.Contains(l))
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(reference.Count > 300, $"Only {reference.Count} lines of solutions/ to look for: is solutions/ there?");

        var found = template.Files()
            .SelectMany(file => TextLines(template.PathOf(file)).Where(reference.Contains).Select(line => $"{file}: {line}"))
            .ToArray();

        Assert.True(found.Length == 0, "Lines of the reference solutions in the template:\n" + string.Join('\n', found.Take(20)));
    }

    [Fact]
    public async Task The_template_has_its_readme_in_both_languages_a_gitignore_and_a_fresh_history_of_one_commit()
    {
        var english = File.ReadAllText(template.PathOf("README.md"));
        var korean = File.ReadAllText(template.PathOf("README.ko.md"));
        Assert.Contains("Accept the assignment", english, StringComparison.Ordinal);
        Assert.Contains("과제를 수락합니다", korean, StringComparison.Ordinal);
        Assert.DoesNotContain("./kata check", english + korean, StringComparison.Ordinal);
        Assert.Contains(".kata/", File.ReadAllLines(template.PathOf(".gitignore")));

        // The Classroom workflow comes from templates/student/ when the course has it.
        var workflow = ".github/workflows/classroom.yml";
        Assert.Equal(File.Exists(Path.Combine(ExportedTemplate.Source, "templates/student", workflow)), File.Exists(template.PathOf(workflow)));

        var log = await template.GitAsync("log", "--format=%s", "--all");
        Assert.Equal(0, log.ExitCode);
        Assert.Equal(["Katas: the student template"], log.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        // Everything in the folder is in that commit, and nothing of the course's build output came along.
        var status = await template.GitAsync("status", "--porcelain", "--untracked-files=all");
        Assert.Equal("", status.Output.Trim());
    }

    [Fact]
    public async Task The_template_builds_its_loop_starts_at_kata_1_step_1_and_dotnet_test_at_its_root_runs_only_the_specs()
    {
        var loop = await template.DotnetAsync("run", "--project", "tools/Kata", "--", "--no-color", "--lang", "en");

        Assert.Equal(1, loop.ExitCode);
        Assert.Contains("▶ step 1 · probe", loop.Output, StringComparison.Ordinal);
        Assert.Contains("HealthChecker · Step 1: One HTTP probe", loop.Output, StringComparison.Ordinal);

        var test = await template.DotnetAsync("test");

        Assert.NotEqual(0, test.ExitCode);
        Assert.Matches(@"(?m)^failed Katas\.HealthChecker\.Specs\.Step1_", test.Output);
        Assert.DoesNotMatch(@"(?m)^failed Katas\.HealthChecker\.Specs\.Step[2-9]_", test.Output);
        var assemblies = Regex.Matches(test.Output, @"([A-Za-z.]+)\.dll \(net").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(["Katas.Specs"], assemblies);
    }

    [Fact]
    public async Task Exporting_again_into_the_same_folder_refuses_without_replace_and_replaces_cleanly_with_it()
    {
        var folder = Path.Combine(template.Parent, "again");
        Assert.Equal(0, (await ExportedTemplate.ExportAsync(folder)).ExitCode);
        var first = await HeadAsync(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "a file of the instructor's");

        var refused = await ExportedTemplate.ExportAsync(folder);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("is not empty", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--replace", refused.Error, StringComparison.Ordinal);
        Assert.Equal(first, await HeadAsync(folder));
        Assert.True(File.Exists(Path.Combine(folder, "notes.txt")));

        var replaced = await ExportedTemplate.ExportAsync(folder, "--replace");

        Assert.Equal(0, replaced.ExitCode);
        Assert.False(File.Exists(Path.Combine(folder, "notes.txt")));
        Assert.Single((await RunGitAsync(folder, "log", "--format=%H")).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(template.Parent), e => Path.GetFileName(e).StartsWith(".again.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Replace_refuses_a_folder_that_is_not_an_earlier_export_and_leaves_it_as_it_was()
    {
        var folder = Path.Combine(template.Parent, "someone-elses");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "thesis.md"), "not a kata repository");

        var refused = await ExportedTemplate.ExportAsync(folder, "--replace");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("is not an earlier export", refused.Error, StringComparison.Ordinal);
        Assert.Equal(["thesis.md"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_folder_inside_the_course_repository_is_refused()
    {
        var refused = await ExportedTemplate.ExportAsync(Path.Combine(ExportedTemplate.Source, "katas", "template"));

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("is inside the course repository", refused.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(ExportedTemplate.Source, "katas", "template")));
    }

    private static async Task<string> HeadAsync(string folder) => (await RunGitAsync(folder, "rev-parse", "HEAD")).Trim();

    private static async Task<string> RunGitAsync(string folder, params string[] arguments)
    {
        var outcome = await Katas.Tool.Running.ProcessRunner.RunAsync(new Katas.Tool.Running.ProcessSpec("git", arguments, folder, TimeSpan.FromMinutes(1)));
        Assert.Equal(0, outcome.ExitCode);
        return outcome.Output;
    }

    /// <summary>A line worth looking for: some code, not the end of a block, a using, a signature or a comment alone.</summary>
    private static bool IsNonTrivial(string line) =>
        line.Length >= 24
        && line.Any(char.IsLetter)
        && !line.StartsWith("using ", StringComparison.Ordinal)
        && !line.StartsWith("namespace ", StringComparison.Ordinal)
        && !line.StartsWith("catch ", StringComparison.Ordinal)
        && !line.StartsWith("//", StringComparison.Ordinal)
        && !line.StartsWith('[')
        && !line.StartsWith('}')
        && !Regex.IsMatch(line, @"^(public|internal|private|protected)\b[^=]*\)$");

    private static IEnumerable<string> LinesOf(string root, string folder, string pattern = "*")
    {
        var directory = Path.Combine(root, folder);
        return Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .SelectMany(TextLines);
    }

    private static IEnumerable<string> TextLines(string path) =>
        File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    [GeneratedRegex(@"Project\(""\{[0-9A-F-]+\}""\) = ""[^""]+"", ""(?<path>[^""]+proj)""")]
    private static partial Regex ProjectInSolution();
}
