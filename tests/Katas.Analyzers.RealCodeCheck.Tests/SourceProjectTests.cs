using Microsoft.CodeAnalysis.CSharp;

namespace Katas.Analyzers.RealCodeCheck.Tests;

/// <summary>Which projects of a folder the check takes for test projects, as a real build would.</summary>
public sealed class SourceProjectTests
{
    private const string Sdk = """<Project Sdk="Microsoft.NET.Sdk"></Project>""";

    [Fact]
    public void A_test_framework_a_shared_file_gives_only_to_projects_named_Tests_makes_only_those_test_projects()
    {
        using var folder = new SourceFolder()
            .With("Directory.Build.props", """
                <Project>
                  <ItemGroup Condition="$(MSBuildProjectName.EndsWith('.Tests'))">
                    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="16.9.4" />
                    <PackageReference Include="xunit" Version="2.4.1" />
                  </ItemGroup>
                </Project>
                """)
            .With("src/Shop.Api/Shop.Api.csproj", Sdk)
            .With("src/Shop.Api/Program.cs", "class Program { }")
            .With("test/Shop.Tests/Shop.Tests.csproj", Sdk)
            .With("test/Shop.Tests/ProgramTests.cs", "class ProgramTests { }");

        var projects = SourceProject.Find(folder.Root).ToDictionary(p => p.Name);

        Assert.False(projects["Shop.Api"].IsTest, "Shop.Api was taken for a test project: the shared file's xunit is only for *.Tests.");
        Assert.True(projects["Shop.Tests"].IsTest, "Shop.Tests was not taken for a test project.");
    }

    [Fact]
    public void A_test_framework_central_package_management_gives_to_projects_under_a_tests_folder_makes_only_those_test_projects()
    {
        // Modular Monolith with DDD: the versions of every package, and the test packages for projects whose path holds
        // "Tests", in one Directory.Packages.props. A version pinned there makes no project a test project.
        using var folder = new SourceFolder()
            .With("src/Directory.Packages.props", """
                <Project>
                  <ItemGroup>
                    <PackageVersion Include="xunit" Version="2.9.3" />
                    <PackageVersion Include="Microsoft.NET.Test.Sdk" Version="17.8.0" />
                  </ItemGroup>
                  <ItemGroup Condition="$(MSBuildProjectFullPath.Contains('Tests'))">
                    <PackageReference Include="nunit" Version="4.0.1" />
                    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.8.0" />
                  </ItemGroup>
                </Project>
                """)
            .With("src/Shop.Api/Shop.Api.csproj", Sdk)
            .With("src/Shop.Api/Program.cs", "class Program { }")
            .With("src/Tests/SUT/Shop.SUT.csproj", Sdk)
            .With("src/Tests/SUT/Helper.cs", "class Helper { }");

        var projects = SourceProject.Find(folder.Root).ToDictionary(p => p.Name);

        Assert.False(projects["Shop.Api"].IsTest, "Shop.Api was taken for a test project: Directory.Packages.props only pins versions for it.");
        Assert.True(projects["Shop.SUT"].IsTest, "Shop.SUT was not taken for a test project: its path holds Tests.");
    }

    [Theory]
    [InlineData("""..\Shared\RedisServer.cs""")]
    [InlineData("""..\Shared\*.cs""")]
    [InlineData("""../Shared/**/*.cs""")]
    public void A_file_under_no_project_that_only_test_projects_link_is_test_code(string include)
    {
        using var folder = new SourceFolder()
            .With("src/Cache/Cache.csproj", Sdk)
            .With("src/Cache/Store.cs", "class Store { }")
            .With("test/Cache.Tests/Cache.Tests.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup>
                    <PackageReference Include="xunit" Version="2.4.1" />
                    <Compile Include="{include}" />
                  </ItemGroup>
                </Project>
                """)
            .With("test/Cache.Tests/StoreTests.cs", "class StoreTests { }")
            .With("test/Shared/RedisServer.cs", "class RedisServer { }");

        var projects = SourceProject.Find(folder.Root);

        var owner = Assert.Single(projects, p => p.Files.Any(f => f.EndsWith("RedisServer.cs", StringComparison.Ordinal)));
        Assert.Equal("Cache.Tests", owner.Name);
        Assert.True(owner.IsTest);
        Assert.DoesNotContain(projects, p => p.ProjectFile is null);
    }

    [Fact]
    public void A_file_under_no_project_that_a_production_project_links_is_production_code()
    {
        using var folder = new SourceFolder()
            .With("src/Cache/Cache.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><Compile Include="..\Shared\*.cs" /></ItemGroup></Project>""")
            .With("src/Cache/Store.cs", "class Store { }")
            .With("test/Cache.Tests/Cache.Tests.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="xunit" Version="2.4.1" /><Compile Include="..\..\src\Shared\Connection.cs" /></ItemGroup></Project>""")
            .With("test/Cache.Tests/StoreTests.cs", "class StoreTests { }")
            .With("src/Shared/Connection.cs", "class Connection { }")
            .With("tools/Loose.cs", "class Loose { }");

        var projects = SourceProject.Find(folder.Root).ToDictionary(p => p.Name);

        Assert.Contains(projects["Cache"].Files, f => f.EndsWith("Connection.cs", StringComparison.Ordinal));
        Assert.False(projects["Cache"].IsTest);
        Assert.DoesNotContain(projects["Cache.Tests"].Files, f => f.EndsWith("Connection.cs", StringComparison.Ordinal));
        Assert.Equal(["Loose.cs"], projects["(no project)"].Files.Select(Path.GetFileName));
    }

    [Fact]
    public void A_shared_projects_files_are_compiled_with_the_projects_that_import_its_items_also_one_with_no_file_of_its_own()
    {
        using var folder = new SourceFolder()
            .With("src/Core.Shared/Core.Shared.shproj", Sdk)
            .With("src/Core.Shared/Core.Shared.projitems", """
                <Project>
                  <ItemGroup>
                    <Compile Include="$(MSBuildThisFileDirectory)Features\Store.cs" />
                  </ItemGroup>
                </Project>
                """)
            .With("src/Core.Shared/Features/Store.cs", "class Store { }")
            .With("src/Core.R4/Core.R4.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="..\Core.Shared\Core.Shared.projitems" Label="Shared" />
                </Project>
                """)
            .With("src/Core.Tests.Shared/Core.Tests.Shared.projitems", """
                <Project><ItemGroup><Compile Include="$(MSBuildThisFileDirectory)StoreTests.cs" /></ItemGroup></Project>
                """)
            .With("src/Core.Tests.Shared/StoreTests.cs", "class StoreTests { }")
            .With("test/Core.R4.Tests/Core.R4.Tests.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup><PackageReference Include="xunit" Version="2.4.1" /></ItemGroup>
                  <Import Project="..\..\src\Core.Tests.Shared\Core.Tests.Shared.projitems" Label="Shared" />
                  <Import Project="..\..\src\Core.Shared\Core.Shared.projitems" Label="Shared" />
                </Project>
                """)
            .With("test/Core.R4.Tests/ModelTests.cs", "class ModelTests { }");

        var projects = SourceProject.Find(folder.Root).ToDictionary(p => p.Name);

        Assert.Equal(["Store.cs"], projects["Core.R4"].Files.Select(Path.GetFileName));
        Assert.False(projects["Core.R4"].IsTest);
        Assert.Contains(projects["Core.R4.Tests"].Files, f => f.EndsWith("StoreTests.cs", StringComparison.Ordinal));
        Assert.True(projects["Core.R4.Tests"].IsTest);
        Assert.DoesNotContain(projects["Core.R4.Tests"].Files, f => f.EndsWith("Features/Store.cs", StringComparison.Ordinal));
        Assert.False(projects.ContainsKey("(no project)"));
    }

    [Fact]
    public void A_setting_under_a_condition_the_check_cannot_read_is_not_given_to_every_project()
    {
        using var folder = new SourceFolder()
            .With("Directory.Build.props", """
                <Project>
                  <ItemGroup Condition="'$(IsTestProject)' == 'true'"><PackageReference Include="Moq" /></ItemGroup>
                </Project>
                """)
            .With("Shop/Shop.csproj", Sdk)
            .With("Shop/Program.cs", "class Program { }");

        Assert.False(Assert.Single(SourceProject.Find(folder.Root)).IsTest);
    }

    [Theory]
    [InlineData("""PrivateAssets="None" """, true)]
    [InlineData("""PrivateAssets="contentfiles;analyzers" """, true)]
    [InlineData("""><PrivateAssets>none</PrivateAssets></PackageReference""", true)]
    [InlineData("", false)]
    [InlineData("""PrivateAssets="all" """, false)]
    [InlineData("""PrivateAssets="build;contentfiles" """, false)]
    public void The_test_sdk_a_referenced_project_lets_flow_makes_a_test_project(string privateAssets, bool flows)
    {
        var reference = privateAssets.StartsWith('>')
            ? $"""<PackageReference Include="Microsoft.NET.Test.Sdk"{privateAssets}>"""
            : $"""<PackageReference Include="Microsoft.NET.Test.Sdk" {privateAssets}/>""";
        using var folder = new SourceFolder()
            .With("src/Shop.Xunit/Shop.Xunit.csproj", $"""<Project Sdk="Microsoft.NET.Sdk"><ItemGroup>{reference}</ItemGroup></Project>""")
            .With("src/Shop.Xunit/TestBase.cs", "class TestBase { }")
            .With("src/Shop.Web/Shop.Web.csproj", Sdk)
            .With("src/Shop.Web/Program.cs", "class Program { }")
            .With("tests/Shop.Web.Tests/Shop.Web.Tests.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup>
                    <ProjectReference Include="..\..\src\Shop.Xunit\Shop.Xunit.csproj" />
                    <ProjectReference Include="..\..\src\Shop.Web\Shop.Web.csproj" />
                  </ItemGroup>
                </Project>
                """)
            .With("tests/Shop.Web.Tests/CartTests.cs", "class CartTests { }");

        var projects = SourceProject.Find(folder.Root).ToDictionary(p => p.Name);

        Assert.True(projects["Shop.Xunit"].IsTest, "The library that references the test SDK itself is a test project.");
        Assert.False(projects["Shop.Web"].IsTest, "Shop.Web references no test library.");
        Assert.Equal(flows, projects["Shop.Web.Tests"].IsTest);
    }

    [Fact]
    public void A_project_reference_a_shared_file_gives_is_followed_to_the_test_sdk_it_lets_flow()
    {
        using var folder = new SourceFolder()
            .With("src/Shop.Xunit/Shop.Xunit.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup><PackageReference Include="Microsoft.NET.Test.Sdk" PrivateAssets="None" /></ItemGroup>
                </Project>
                """)
            .With("src/Shop.Xunit/TestBase.cs", "class TestBase { }")
            .With("tests/Directory.Build.props", """
                <Project>
                  <ItemGroup><ProjectReference Include="..\..\src\Shop.Xunit\Shop.Xunit.csproj" /></ItemGroup>
                </Project>
                """)
            .With("tests/Shop.Cart.Tests/Shop.Cart.Tests.csproj", Sdk)
            .With("tests/Shop.Cart.Tests/CartTests.cs", "class CartTests { }");

        var tests = SourceProject.Find(folder.Root).Single(p => p.Name == "Shop.Cart.Tests");

        Assert.True(tests.IsTest, "Shop.Cart.Tests gets the test SDK through the library tests/Directory.Build.props references.");
        Assert.Equal([Path.Combine(folder.Root, "src", "Shop.Xunit", "Shop.Xunit.csproj")], tests.References);
    }

    [Theory]
    [InlineData("""<Reference Include="xunit.core, Version=2.1.0.3179, Culture=neutral, PublicKeyToken=8d05b1bb7a6fdb6c" />""")]
    [InlineData("""<Reference Include="nunit.framework, Version=3.13.0.0, Culture=neutral" />""")]
    [InlineData("""<PackageReference Include="xunit.v3" />""")]
    [InlineData("""<PackageReference Include="MSTest.TestFramework" Version="3.0.0" />""")]
    [InlineData("""<PackageReference Include="Verify.XunitV3" />""")]
    [InlineData("""<PackageReference Include="BenchmarkDotNet" />""")]
    [InlineData("""<PackageReference Include="TUnit" />""")]
    public void A_project_that_references_a_test_framework_as_a_package_or_an_assembly_is_a_test_project(string reference)
    {
        using var folder = new SourceFolder()
            .With("Draft.Tests/Draft.Tests.csproj", $"""<Project ToolsVersion="14.0"><ItemGroup>{reference}</ItemGroup></Project>""")
            .With("Draft.Tests/ClientTests.cs", "class ClientTests { }");

        Assert.True(Assert.Single(SourceProject.Find(folder.Root)).IsTest, $"Not taken for a test project: {reference}");
    }

    [Theory]
    [InlineData("", LanguageVersion.Latest)]
    [InlineData("<LangVersion>8.0</LangVersion>", LanguageVersion.CSharp8)]
    [InlineData("<LangVersion>latest</LangVersion>", LanguageVersion.Latest)]
    [InlineData("<LangVersion Condition=\"'$(TargetFramework)' == 'net472'\">7.3</LangVersion><LangVersion>10</LangVersion>", LanguageVersion.CSharp10)]
    public void The_csharp_version_is_the_newest_the_project_names_or_else_the_newest_known(string setting, LanguageVersion expected)
    {
        using var folder = new SourceFolder()
            .With("Shop/Shop.csproj", $"""<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>{setting}</PropertyGroup></Project>""")
            .With("Shop/Program.cs", "class Program { }");

        Assert.Equal(expected.MapSpecifiedToEffectiveVersion(), Assert.Single(SourceProject.Find(folder.Root)).LanguageVersion.MapSpecifiedToEffectiveVersion());
    }

    [Fact]
    public void A_library_whose_name_starts_like_a_test_framework_is_not_one()
    {
        using var folder = new SourceFolder()
            .With("Shop/Shop.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="MoqLike.Helpers" /></ItemGroup></Project>""")
            .With("Shop/Program.cs", "class Program { }");

        Assert.False(Assert.Single(SourceProject.Find(folder.Root)).IsTest);
    }

    [Fact]
    public void The_properties_that_make_a_container_image_a_desktop_application_or_a_console_program_are_read_from_the_project_and_the_files_above_it()
    {
        using var folder = new SourceFolder()
            .With("Directory.Build.props", """<Project><PropertyGroup><ContainerRepository>shop/api</ContainerRepository></PropertyGroup></Project>""")
            .With("Api/Api.csproj", Sdk)
            .With("Api/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:10.0")
            .With("Api/Program.cs", "class Program { }")
            .With("Desk/Desk.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><UseWPF>true</UseWPF></PropertyGroup></Project>""")
            .With("Desk/App.cs", "class App { }")
            .With("Uwp/Uwp.csproj", """<Project ToolsVersion="15.0"><PropertyGroup><TargetPlatformIdentifier>UAP</TargetPlatformIdentifier></PropertyGroup><ItemGroup><Compile Include="MainPage.cs" /></ItemGroup></Project>""")
            .With("Uwp/MainPage.cs", "class MainPage { }")
            .With("Tool/Tool.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>""")
            .With("Tool/Program.cs", "class Program { }")
            .With("Web/Web.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>""")
            .With("Web/Program.cs", "class Program { }")
            .With("Worker/Worker.csproj", """<Project><Sdk Name="Microsoft.NET.Sdk.Worker" /></Project>""")
            .With("Worker/Program.cs", "class Program { }");

        var projects = SourceProject.Find(folder.Root).ToDictionary(p => p.Name);

        Assert.Equal([KeyValuePair.Create("ContainerRepository", "shop/api"), KeyValuePair.Create("SpofDockerfile", "true")], projects["Api"].BuildProperties);
        Assert.Equal([KeyValuePair.Create("UseWPF", "true"), KeyValuePair.Create("ContainerRepository", "shop/api")], projects["Desk"].BuildProperties);
        Assert.Equal([KeyValuePair.Create("TargetPlatformIdentifier", "UAP"), KeyValuePair.Create("ContainerRepository", "shop/api")], projects["Uwp"].BuildProperties);
        Assert.Equal([KeyValuePair.Create("OutputType", "Exe"), KeyValuePair.Create("ContainerRepository", "shop/api")], projects["Tool"].BuildProperties);
        Assert.Equal([KeyValuePair.Create("OutputType", "Exe"), KeyValuePair.Create("ContainerRepository", "shop/api"), KeyValuePair.Create("UsingMicrosoftNETSdkWeb", "true")], projects["Web"].BuildProperties);
        Assert.Equal([KeyValuePair.Create("ContainerRepository", "shop/api"), KeyValuePair.Create("UsingMicrosoftNETSdkWorker", "true")], projects["Worker"].BuildProperties);
    }

    [Fact]
    public void A_project_that_references_a_desktop_user_interface_by_assembly_or_package_names_it()
    {
        using var folder = new SourceFolder()
            .With("Old/Old.csproj", """
                <Project ToolsVersion="15.0">
                  <ItemGroup>
                    <Reference Include="PresentationFramework" />
                    <Reference Include="System.Windows.Forms, Version=4.0.0.0, Culture=neutral" />
                    <Reference Include="System.Windows.Forms.DataVisualization" />
                  </ItemGroup>
                </Project>
                """)
            .With("Old/App.cs", "class App { }")
            .With("Cross/Cross.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Avalonia.Desktop" Version="11.0.0" /><PackageReference Include="Avalonia" Version="11.0.0" /></ItemGroup></Project>""")
            .With("Cross/App.cs", "class App { }")
            .With("Win/Win.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Microsoft.WindowsAppSDK" Version="1.5.0" /></ItemGroup></Project>""")
            .With("Win/App.cs", "class App { }")
            .With("Api/Api.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Avalonia.Themes.Fluent" Version="11.0.0" /></ItemGroup></Project>""")
            .With("Api/Program.cs", "class Program { }");

        var projects = SourceProject.Find(folder.Root).ToDictionary(p => p.Name);

        Assert.Equal(["PresentationFramework", "System.Windows.Forms"], projects["Old"].DesktopAssemblies);
        Assert.Equal(["Avalonia"], projects["Cross"].DesktopAssemblies);
        Assert.Equal(["Microsoft.WinUI"], projects["Win"].DesktopAssemblies);
        Assert.Empty(projects["Api"].DesktopAssemblies);
    }

    [Fact]
    public void What_a_project_or_a_shared_file_imports_counts_as_its_own_settings()
    {
        using var folder = new SourceFolder()
            .With("Directory.Build.props", """<Project><Import Project="$(MSBuildThisFileDirectory)build/common.props" /></Project>""")
            .With("build/common.props", """<Project><Import Project="loop.props" /><PropertyGroup><ContainerRepository>bus</ContainerRepository></PropertyGroup></Project>""")
            .With("build/loop.props", """<Project><Import Project="common.props" /></Project>""")
            .With("src/Tests/Host.Test.Properties.xml", """<Project><ItemGroup><PackageReference Include="xunit" /></ItemGroup></Project>""")
            .With("src/Tests/Bus.Test/Bus.Test.csproj", """<Project Sdk="Microsoft.NET.Sdk"><Import Project="../Host.Test.Properties.xml" /></Project>""")
            .With("src/Tests/Bus.Test/BusTests.cs", "class BusTests { }")
            .With("src/Bus/Bus.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Sdk="Microsoft.NET.Sdk" Project="Sdk.props" />
                  <Import Project="$(SolutionDir)missing.props" />
                  <Import Project="../no-such-file.props" />
                </Project>
                """)
            .With("src/Bus/Bus.cs", "class Bus { }");

        var projects = SourceProject.Find(folder.Root).ToDictionary(p => p.Name);

        Assert.True(projects["Bus.Test"].IsTest, "Bus.Test imports its test packages and was not taken for a test project.");
        Assert.False(projects["Bus"].IsTest);
        Assert.Contains(KeyValuePair.Create("ContainerRepository", "bus"), projects["Bus"].BuildProperties);
    }

    [Fact]
    public void A_project_on_the_MSTest_SDK_is_a_test_project()
    {
        using var folder = new SourceFolder()
            .With("Proxy.Tests/Proxy.Tests.csproj", """<Project Sdk="MSTest.Sdk/3.7.0"><PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup></Project>""")
            .With("Proxy.Tests/ProxyTests.cs", "class ProxyTests { }");

        Assert.True(Assert.Single(SourceProject.Find(folder.Root)).IsTest);
    }
}
