using Katas.Tool.Grading.Scoring;

namespace Katas.Tool.Grading.Tests;

/// <summary>The points file: every mistake is named with its value, and the course's own file is valid.</summary>
public sealed class GradingPointsTests(GradingFixture grading)
{
    [Fact]
    public void The_courses_points_file_gives_every_step_points()
    {
        Assert.Empty(GradingPoints.Validate(Path.Combine(grading.Layout.Root, GradingPoints.FileName), grading.Course));
        Assert.All(grading.Course.Katas, kata => Assert.Equal(kata.Steps.Count, grading.Points.For(kata.Name).Steps.Count));
    }

    [Theory]
    [InlineData("{ \"katas\": [] }", "katas: HealthChecker has no points.")]
    [InlineData("{ \"katas\": [ { \"name\": \"Nope\", \"steps\": [1] } ] }", "katas: 'Nope' is not a kata of the course")]
    [InlineData("{ \"katas\": [ { \"name\": \"RoundRobin\", \"steps\": [1, 2] } ] }", "katas: RoundRobin has 7 steps, but its 'steps' gives 2 numbers.")]
    [InlineData("{ \"scoring\": \"most\", \"katas\": [] }", "scoring: 'most' is not a scoring; use 'proportional' or 'all-or-nothing'.")]
    [InlineData("{ \"katas\": [], \"spofDeductions\": { \"rules\": { \"CA1000\": 1 } } }", "spofDeductions.rules: 'CA1000' is not a SPOF rule")]
    [InlineData("{ \"katas\": [], \"bonus\": 3 }", "not valid JSON for the points file")]
    [InlineData("{ \"katas\": [ ", "not valid JSON for the points file")]
    public void Mistakes_are_named(string json, string problem)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("points-").FullName, GradingPoints.FileName);
        File.WriteAllText(path, json);

        var problems = GradingPoints.Validate(path, grading.Course);

        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
        var exception = Assert.Throws<FormatException>(() => GradingPoints.Load(path, grading.Course));
        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("proportional", 15, 4, 4, 15)]
    [InlineData("proportional", 15, 3, 4, 11.25)]
    [InlineData("proportional", 10, 1, 3, 3.33)]
    [InlineData("proportional", 10, 2, 3, 6.66)]
    [InlineData("all-or-nothing", 15, 3, 4, 0)]
    [InlineData("all-or-nothing", 15, 4, 4, 15)]
    [InlineData("proportional", 15, 0, 0, 0)]
    public void A_step_scores_as_documented(string scoring, int max, int passed, int specs, decimal expected)
    {
        var points = new KataPoints([max], scoring == "all-or-nothing" ? StepScoring.AllOrNothing : StepScoring.Proportional);

        Assert.Equal(expected, points.Score(1, passed, specs));
    }
}
