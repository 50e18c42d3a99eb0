using Katas.Tool.Course;

namespace Katas.Tool.Tests;

public sealed class KataManifestTests
{
    private const string Valid = """
        {
          "name": "HealthChecker",
          "order": 1,
          "studentFiles": [ "HealthChecker.cs" ],
          "steps": [ { "number": 1, "slug": "probe" }, { "number": 2, "slug": "timeout" } ]
        }
        """;

    [Fact]
    public void A_valid_manifest_gives_the_kata()
    {
        var problems = new List<CourseProblem>();

        var kata = KataManifest.Parse("katas/HealthChecker/kata.json", Valid, "HealthChecker", problems);

        Assert.Empty(problems);
        Assert.NotNull(kata);
        Assert.Equal("HealthChecker", kata.Name);
        Assert.Equal(["probe", "timeout"], kata.Steps.Select(s => s.Slug));
        Assert.Equal("timeout", kata.FindStep("2")?.Slug);
        Assert.Equal(2, kata.FindStep("TIMEOUT")?.Number);
    }

    [Fact]
    public void Broken_json_is_reported_with_its_line()
    {
        var problems = new List<CourseProblem>();

        var kata = KataManifest.Parse("katas/X/kata.json", "{\n  \"name\": \"X\",\n  \"order\": ,\n}", "X", problems);

        Assert.Null(kata);
        var problem = Assert.Single(problems);
        Assert.Equal("katas/X/kata.json", problem.File);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("katas/X/kata.json:3: not a valid kata manifest", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"name\": \"HealthChecker\"", "\"name\": \"Other\"", "name is 'Other' but the folder is 'HealthChecker'")]
    [InlineData("{ \"number\": 2, \"slug\": \"timeout\" }", "{ \"number\": 3, \"slug\": \"timeout\" }", "steps[1] has number 3")]
    [InlineData("\"slug\": \"timeout\"", "\"slug\": \"Time Out\"", "steps[1].slug 'Time Out' must be lower-case words")]
    [InlineData("\"slug\": \"timeout\"", "\"slug\": \"probe\"", "the slug 'probe' is used by more than one step")]
    [InlineData("\"order\": 1", "\"order\": 0", "order must be 1 or more")]
    [InlineData("[ \"HealthChecker.cs\" ]", "[ ]", "studentFiles must name at least one .cs file")]
    [InlineData("\"order\": 1,", "\"order\": 1, \"colour\": \"red\",", "not a valid kata manifest")]
    public void Each_mistake_is_named(string original, string replacement, string message)
    {
        var problems = new List<CourseProblem>();

        var kata = KataManifest.Parse("kata.json", Valid.Replace(original, replacement, StringComparison.Ordinal), "HealthChecker", problems);

        Assert.Null(kata);
        Assert.Contains(problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }
}
