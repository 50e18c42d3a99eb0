using System.Text.Json;
using Katas.Tool.Cli;
using Katas.Tool.Running;
using Spectre.Console;

namespace Katas.Tool.Grading.Tests;

/// <summary>
/// A class made by tests/grading/make-class.py (the generator tools/perf/grade-class.sh measures with)
/// is graded as `./kata grade --class` grades it: every report is written and each kata gets the grade
/// the generator planned for it.
/// </summary>
public sealed class GeneratedClassTests(GradingFixture grading)
{
    /// <summary>A seed whose class of four holds every plan but the hostile ones (those come one in ten).</summary>
    private const string Seed = "2";

    [Fact]
    public async Task A_generated_class_gets_the_grades_its_plan_says()
    {
        using var work = new TestSubmission("class");
        var folder = Path.Combine(work.Parent, "generated");
        await GenerateAsync(folder, Seed);
        var reports = Path.Combine(work.Parent, "reports");
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(TextWriter.Null),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });

        var exit = await ClassGrading.RunAsync(grading.Layout, grading.Grader(), folder, new GradeRequest(null, folder, null, reports, null, false, 2), Language.English, console, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Green, exit);
        foreach (var file in new[] { ClassReports.CsvFile, ClassReports.HtmlFile, ClassReports.JsonFile })
        {
            Assert.True(File.Exists(Path.Combine(reports, file)), $"The class report {file} is missing.");
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        using var graded = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, ClassReports.JsonFile)));
        var submissions = manifest.RootElement.GetProperty("submissions").EnumerateArray().ToArray();
        var plans = submissions.SelectMany(s => s.GetProperty("katas").EnumerateObject().Select(k => k.Value.GetProperty("plan").GetString())).ToHashSet();
        Assert.Superset(new HashSet<string?> { "solution", "starter", "partial", "compile-error", "missing" }, plans);

        foreach (var submission in submissions)
        {
            var name = submission.GetProperty("name").GetString()!;
            Assert.True(File.Exists(Path.Combine(reports, name, GradeReports.GradescopeFile)), $"{name} has no reports of its own.");
            var grade = graded.RootElement.GetProperty("submissions").EnumerateArray().Single(g => g.GetProperty("name").GetString() == name);
            foreach (var kata in submission.GetProperty("katas").EnumerateObject())
            {
                var kataGrade = grade.GetProperty("katas").EnumerateArray().Single(k => k.GetProperty("kata").GetString() == kata.Name);
                AssertAsPlanned($"{name} {kata.Name}", kata.Value, kataGrade);
            }
        }
    }

    [Fact]
    public async Task The_same_seed_writes_the_same_class()
    {
        using var work = new TestSubmission("class");
        await GenerateAsync(Path.Combine(work.Parent, "first"), "42");
        await GenerateAsync(Path.Combine(work.Parent, "second"), "42");
        await GenerateAsync(Path.Combine(work.Parent, "other"), "43");

        var first = Files(Path.Combine(work.Parent, "first"));
        Assert.Equal(first, Files(Path.Combine(work.Parent, "second")));
        Assert.NotEqual(first, Files(Path.Combine(work.Parent, "other")));
    }

    private static void AssertAsPlanned(string what, JsonElement plan, JsonElement grade)
    {
        var kind = plan.GetProperty("plan").GetString();
        var status = grade.GetProperty("status").GetString();
        var score = grade.GetProperty("score").GetDecimal();
        var max = grade.GetProperty("max_score").GetDecimal();
        switch (kind)
        {
            case "solution":
                Assert.True(status == "graded" && score == max, $"{what}: the solution scored {score}/{max} ({status}).");
                break;
            case "starter":
                Assert.True(status == "graded" && score == 0, $"{what}: the starter scored {score}/{max} ({status}).");
                break;
            case "compile-error":
                Assert.True(status == "not_compiling" && score == 0, $"{what}: a compile error scored {score}/{max} ({status}).");
                break;
            case "missing":
                Assert.True(status == "missing" && score == 0, $"{what}: a missing kata scored {score}/{max} ({status}).");
                break;
            default:
                // Partial and hostile: the planned step loses points, the kata is still graded.
                var number = plan.GetProperty("step").GetInt32();
                var step = grade.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("number").GetInt32() == number);
                Assert.Equal("graded", status);
                Assert.True(step.GetProperty("points").GetDecimal() < step.GetProperty("max_points").GetDecimal(), $"{what}: step {number} was planned undone and kept its points.");
                break;
        }
    }

    private async Task GenerateAsync(string folder, string seed)
    {
        var generator = Path.Combine(grading.Layout.TestsDirectory, "grading", "make-class.py");
        var outcome = await ProcessRunner.RunAsync(new ProcessSpec("python3", [generator, folder, "--count", "4", "--seed", seed], grading.Layout.Root, TimeSpan.FromMinutes(1)));
        Assert.True(outcome.ExitCode == 0, $"make-class.py failed: {outcome.Error}");
    }

    /// <summary>Every file of a class with its bytes; of git's own only the commit (its index holds file times).</summary>
    private static string[] Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/.git/", StringComparison.Ordinal) || f.EndsWith("/.git/refs/heads/main", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f) + "=" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))];
}
