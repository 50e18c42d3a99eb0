using System.IO.Compression;
using System.Text.Json;
using Katas.Tool.Running;

namespace Katas.Tool.Grading.Tests;

/// <summary>The Gradescope autograder zip, unpacked and run the way Gradescope runs it, with its root moved into a temporary folder.</summary>
public sealed class GradescopePackageTests(GradingFixture grading)
{
    [Fact]
    public async Task Its_run_autograder_grades_the_submission_into_results_json()
    {
        var root = Directory.CreateTempSubdirectory("autograder-").FullName;
        try
        {
            var zip = Path.Combine(root, "grader.zip");
            var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(TextWriter.Null) });
            Assert.Equal(0, GradescopePackage.Write(grading.Layout, zip, console));

            using (var archive = ZipFile.OpenRead(zip))
            {
                Assert.Contains(archive.Entries, e => e.FullName == "setup.sh");
                Assert.Contains(archive.Entries, e => e.FullName == "run_autograder");
                Assert.Contains(archive.Entries, e => e.FullName == "course/kata");
                Assert.DoesNotContain(archive.Entries, e => e.FullName.StartsWith("course/solutions/", StringComparison.Ordinal));
                Assert.DoesNotContain(archive.Entries, e => e.FullName.Contains("/bin/", StringComparison.Ordinal) || e.FullName.Contains("/obj/", StringComparison.Ordinal));
            }

            // Gradescope's layout: the zip in /autograder/source, the student's files in /autograder/submission.
            var autograder = Path.Combine(root, "autograder");
            ZipFile.ExtractToDirectory(zip, Path.Combine(autograder, "source"));
            var submission = Path.Combine(autograder, "submission", "katas", "RoundRobin");
            Directory.CreateDirectory(submission);
            File.WriteAllText(Path.Combine(submission, "RoundRobin.cs"), grading.Solution("RoundRobin"));

            var outcome = await ProcessRunner.RunAsync(
                new ProcessSpec("bash", [Path.Combine(autograder, "source", "run_autograder")], root, TimeSpan.FromMinutes(15))
                {
                    Environment = new Dictionary<string, string?>(Dotnet.QuietEnvironment) { ["AUTOGRADER_ROOT"] = autograder },
                },
                TestContext.Current.CancellationToken);

            var results = Path.Combine(autograder, "results", "results.json");
            Assert.True(File.Exists(results), $"run_autograder wrote no results.json (exit {outcome.ExitCode}):\n{outcome.Output}\n{outcome.Error}");
            using var json = JsonDocument.Parse(File.ReadAllText(results));
            Assert.Equal(100m, json.RootElement.GetProperty("score").GetDecimal());
            var tests = json.RootElement.GetProperty("tests").EnumerateArray().ToArray();
            Assert.Equal(28, tests.Length);
            Assert.All(tests.Where(t => t.GetProperty("name").GetString()!.StartsWith("RoundRobin", StringComparison.Ordinal)), t => Assert.Equal("passed", t.GetProperty("status").GetString()));
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
