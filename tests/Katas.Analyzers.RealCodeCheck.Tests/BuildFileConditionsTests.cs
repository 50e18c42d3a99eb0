namespace Katas.Analyzers.RealCodeCheck.Tests;

public sealed class BuildFileConditionsTests
{
    [Theory]
    [InlineData("$(MSBuildProjectName.EndsWith('.Tests'))", "Shop.Tests", true)]
    [InlineData("$(MSBuildProjectName.EndsWith('.Tests'))", "Shop.Api", false)]
    [InlineData("!$(MSBuildProjectName.EndsWith('.Tests'))", "Shop.Api", true)]
    [InlineData("'$(MSBuildProjectName.Contains(`Test`))' == 'true'", "Shop.IntegrationTests", true)]
    [InlineData("$(MSBuildProjectName.StartsWith('Shop.'))", "Other", false)]
    [InlineData("'$(MSBuildProjectName)' == 'Shop.Tests'", "Shop.Tests", true)]
    [InlineData("'$(MSBuildProjectName)' != 'Shop.Tests'", "Shop.Tests", false)]
    [InlineData("'$(Configuration)' == 'Release'", "Shop.Api", false)]
    [InlineData("'$(IsTestProject)' == 'true'", "Shop.Tests", false)]
    public void A_condition_on_the_project_name_is_read_any_other_is_taken_as_false(string condition, string project, bool holds) =>
        Assert.Equal(holds, BuildFileConditions.Holds(condition, project));

    [Fact]
    public void Elements_whose_condition_is_false_are_left_out_of_the_shared_file()
    {
        const string props = """
            <Project>
              <ItemGroup><PackageReference Include="StyleCop.Analyzers" /></ItemGroup>
              <ItemGroup Condition="$(MSBuildProjectName.EndsWith('.Tests'))"><PackageReference Include="xunit" /></ItemGroup>
              <PropertyGroup><Nullable Condition="'$(Configuration)' == 'Debug'">enable</Nullable></PropertyGroup>
            </Project>
            """;

        var forProduction = BuildFileConditions.ForProject(props, "Shop.Api");
        var forTests = BuildFileConditions.ForProject(props, "Shop.Tests");

        Assert.Contains("StyleCop.Analyzers", forProduction, StringComparison.Ordinal);
        Assert.DoesNotContain("xunit", forProduction, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", forProduction, StringComparison.Ordinal);
        Assert.Contains("xunit", forTests, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_file_that_is_not_xml_is_read_as_it_is() =>
        Assert.Equal("<Project><ItemGroup>", BuildFileConditions.ForProject("<Project><ItemGroup>", "Shop.Api"));
}
