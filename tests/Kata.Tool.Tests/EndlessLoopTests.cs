using System.Text.RegularExpressions;

namespace Katas.Tool.Tests;

/// <summary>
/// A student's endless loop in a synchronous step must not hang plain <c>dotnet test</c>: the specs of
/// that step call the student's code through <c>Bounded.Call</c>, so they fail, each within its bound, with
/// a message that names the step, and the run ends. The student file is the reference solution with a loop
/// planted at the start of one method of the step, so the steps before it pass and the later ones stay locked.
/// </summary>
public sealed class EndlessLoopTests(RepositoryCopy repository) : IClassFixture<RepositoryCopy>
{
    private const string Spin = "        EndlessLoop.Spin();\n";
    private const string SpinClass = "\ninternal static class EndlessLoop\n{\n    public static void Spin()\n    {\n        while (true)\n        {\n        }\n    }\n}\n";

    [Theory]
    [InlineData("HealthChecker", 3, "    public ProbeState Record(bool success)\n    {\n")]
    [InlineData("RoundRobin", 1, "    public bool TryPick([NotNullWhen(true)] out Replica? replica)\n    {\n")]
    [InlineData("Scaler", 2, "        double tolerance = DefaultTolerance)\n    {\n")]
    [InlineData("DriftChecker", 1, "    public static IReadOnlyDictionary<string, string> Parse(string sourceName, string text, ConfigFormat format)\n    {\n")]
    public async Task An_endless_loop_in_a_synchronous_step_fails_that_step_by_itself_within_its_bound(string kata, int step, string methodStart)
    {
        var solution = (await File.ReadAllTextAsync(repository.PathOf($"solutions/{kata}/{kata}.cs"), TestContext.Current.CancellationToken)).ReplaceLineEndings("\n");
        var at = solution.IndexOf(methodStart, StringComparison.Ordinal);
        Assert.True(at >= 0, $"solutions/{kata}/{kata}.cs no longer has the method this test plants its loop in:\n{methodStart}");
        var looping = solution.Insert(at + methodStart.Length, Spin) + SpinClass;

        var outcome = await WithStudentFileAsync(kata, looping, () => repository.DotnetAsync(["test", "--project", $"tests/{kata}.Specs"]));

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Matches(new Regex($@"Step {step}: .+ did not finish within 5 s: a loop that never ends\?"), outcome.Output);
        Assert.Matches(new Regex($@"^failed Katas\.{kata}\.Specs\.Step{step}_", RegexOptions.Multiline), outcome.Output);
        Assert.DoesNotMatch(new Regex($@"^failed Katas\.{kata}\.Specs\.Step(?!{step}_)\d+_", RegexOptions.Multiline), outcome.Output);
    }

    private async Task<T> WithStudentFileAsync<T>(string kata, string content, Func<Task<T>> run)
    {
        var path = repository.PathOf($"katas/{kata}/{kata}.cs");
        var original = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(path, content, TestContext.Current.CancellationToken);
        try
        {
            return await run();
        }
        finally
        {
            await File.WriteAllTextAsync(path, original, CancellationToken.None);
        }
    }
}
