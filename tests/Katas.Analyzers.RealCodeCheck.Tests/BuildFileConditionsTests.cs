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

    [Theory]
    [InlineData("$(MSBuildProjectFullPath.Contains('Tests'))", "/repo/src/Tests/SUT/Shop.SUT.csproj", true)]
    [InlineData("$(MSBuildProjectFullPath.Contains('Tests'))", "/repo/src/Shop.Api/Shop.Api.csproj", false)]
    [InlineData("$(MSBuildProjectFullPath.Contains('src\\Tests\\'))", "/repo/src/Tests/SUT/Shop.SUT.csproj", true)]
    [InlineData("!$(MSBuildProjectDirectory.EndsWith('SUT'))", "/repo/src/Tests/SUT/Shop.SUT.csproj", false)]
    public void A_condition_on_the_project_path_is_read_when_the_project_file_is_known(string condition, string projectFile, bool holds)
    {
        Assert.Equal(holds, BuildFileConditions.Holds(condition, Path.GetFileNameWithoutExtension(projectFile), projectFile));
        Assert.False(BuildFileConditions.Holds(condition.TrimStart('!'), "Shop.SUT"), "A path condition was read without the project's path.");
    }

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

    [Fact]
    public void A_condition_on_a_property_the_file_sets_from_the_project_name_is_read()
    {
        const string props = """
            <Project>
              <PropertyGroup>
                <TestProject>false</TestProject>
                <TestProject Condition="$(MSBuildProjectName.EndsWith('.Test'))">true</TestProject>
                <Flavour>$(Configuration)</Flavour>
              </PropertyGroup>
              <ItemGroup Condition="'$(TestProject)'=='true'"><PackageReference Include="NUnit" /></ItemGroup>
              <ItemGroup Condition="'$(TestProject)' != 'true'"><PackageReference Include="Serilog" /></ItemGroup>
              <ItemGroup Condition="'$(Flavour)' == ''"><PackageReference Include="Unknowable" /></ItemGroup>
            </Project>
            """;

        var forProduction = BuildFileConditions.ForProject(props, "NzbDrone.Common");
        var forTests = BuildFileConditions.ForProject(props, "NzbDrone.Common.Test");

        Assert.DoesNotContain("NUnit", forProduction, StringComparison.Ordinal);
        Assert.Contains("Serilog", forProduction, StringComparison.Ordinal);
        Assert.Contains("NUnit", forTests, StringComparison.Ordinal);
        Assert.DoesNotContain("Serilog", forTests, StringComparison.Ordinal);
        Assert.DoesNotContain("Unknowable", forTests + forProduction, StringComparison.Ordinal);
    }
}
