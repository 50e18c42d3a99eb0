namespace Katas.Analyzers.Tests;

/// <summary>
/// A project built into a container image reads its configuration from the image or from what the orchestrator
/// mounts: SPOF008 is quiet there unless <c>SPOF008.in_container_images = true</c> asks, and every other rule
/// reports as anywhere else.
/// </summary>
public sealed class ContainerImageTests
{
    private const string ReadsHostConfig = """class C { string R() => System.IO.File.ReadAllText("/etc/shop/app.conf"); }""";

    public static TheoryData<string, string> ContainerBuilds() => new()
    {
        { "build_property.SpofDockerfile", "true" },
        { "build_property.EnableSdkContainerSupport", "true" },
        { "build_property.ContainerRepository", "shop/orders" },
        { "build_property.DockerDefaultTargetOS", "Linux" },
    };

    [Theory]
    [MemberData(nameof(ContainerBuilds))]
    public async Task A_host_path_is_not_reported_in_a_project_built_into_a_container_image(string property, string value)
    {
        Assert.Empty(await RulesFiring.InAsync(ReadsHostConfig, (property, value)));
        Assert.Equal(["SPOF008"], await RulesFiring.InAsync(ReadsHostConfig, (property, value), ("SPOF008.in_container_images", "true")));
    }

    [Fact]
    public async Task A_property_that_is_empty_or_false_is_not_a_container_image()
    {
        Assert.Equal(["SPOF008"], await RulesFiring.InAsync(ReadsHostConfig, ("build_property.SpofDockerfile", "")));
        Assert.Equal(["SPOF008"], await RulesFiring.InAsync(ReadsHostConfig, ("build_property.EnableSdkContainerSupport", "false")));
        Assert.Equal(["SPOF008"], await RulesFiring.InAsync(ReadsHostConfig, ("build_property.ContainerRepository", " ")));
    }

    [Theory]
    [MemberData(nameof(TestProjectTests.Samples), MemberType = typeof(TestProjectTests))]
    public async Task The_other_rules_report_in_a_container_image_as_anywhere_else(string rule, string source)
    {
        var expected = rule == "SPOF008" ? Array.Empty<string>() : [rule];
        Assert.Equal(expected, await RulesFiring.InAsync(source, ("build_property.SpofDockerfile", "true")));
    }
}
