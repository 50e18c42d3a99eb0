using System.Text.Json;

namespace Katas.Tool.Tests;

/// <summary>
/// The mutation-testing configurations (tools/mutation/run.sh) are not run in CI, so CI at least checks
/// that each one reads and names the projects that exist: a renamed project must not break them unseen.
/// </summary>
public sealed class MutationConfigTests
{
    public static TheoryData<string> Katas() =>
        new(Directory.GetFiles(Path.Combine(RepositoryCopy.Source, "katas"), "kata.json", SearchOption.AllDirectories)
            .Select(path => Path.GetFileName(Path.GetDirectoryName(path)!)));

    [Theory]
    [MemberData(nameof(Katas))]
    public void Each_kata_has_a_stryker_configuration_that_names_its_solution_and_spec_projects(string kata)
    {
        var folder = Path.Combine(RepositoryCopy.Source, "tests", $"{kata}.Specs.Solution");
        var path = Path.Combine(folder, "stryker-config.json");
        Assert.True(File.Exists(path), $"tests/{kata}.Specs.Solution/stryker-config.json is missing: tools/mutation/run.sh needs one per kata.");

        // Stryker reads JSON with comments; the comments say why each exclusion holds.
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var config = document.RootElement.GetProperty("stryker-config");

        Assert.Equal($"{kata}.csproj", config.GetProperty("project").GetString());
        Assert.True(File.Exists(Path.Combine(RepositoryCopy.Source, "solutions", kata, $"{kata}.csproj")), $"solutions/{kata}/{kata}.csproj does not exist.");
        var testProjects = config.GetProperty("test-projects").EnumerateArray().Select(p => p.GetString()!).ToArray();
        Assert.Equal([$"{kata}.Specs.Solution.csproj"], testProjects);
        Assert.True(File.Exists(Path.Combine(folder, testProjects[0])), $"tests/{kata}.Specs.Solution/{testProjects[0]} does not exist.");
        Assert.Equal("mtp", config.GetProperty("test-runner").GetString());
    }
}
