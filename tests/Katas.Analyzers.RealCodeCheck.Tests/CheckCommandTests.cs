using System.Diagnostics;

namespace Katas.Analyzers.RealCodeCheck.Tests;

/// <summary>The check as course authors run it (check.sh runs this program): a folder in, hits and a table out.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public async Task Each_hit_is_printed_with_its_file_line_and_rule_and_a_test_project_reports_nothing()
    {
        using var folder = new SourceFolder()
            .With("Shop/Shop.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>""")
            .With("Shop/Program.cs", """
                class Program
                {
                    static string Read() => File.ReadAllText("/etc/shop/app.conf");
                    static async Task Poll() { Thread.Sleep(100); await Task.Yield(); }
                }
                """)
            .With("Shop.Tests/Shop.Tests.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="xunit.v3" /></ItemGroup></Project>""")
            .With("Shop.Tests/WaitTests.cs", """
                using System.Threading;
                using System.Threading.Tasks;
                class WaitTests
                {
                    static async Task Poll() { Thread.Sleep(100); await Task.Yield(); }
                }
                """);

        var (exitCode, output, errors) = await RunAsync(folder.Root);

        Assert.True(exitCode == 0, $"exit code {exitCode}: {errors}");
        Assert.Contains($"Shop{Path.DirectorySeparatorChar}Program.cs:3:46: SPOF008 '/etc/shop/app.conf'", output, StringComparison.Ordinal);
        Assert.Contains($"Shop{Path.DirectorySeparatorChar}Program.cs:4:32: SPOF006", output, StringComparison.Ordinal);
        Assert.DoesNotContain("WaitTests.cs", output, StringComparison.Ordinal);
        Assert.Contains("2 files in 2 projects (1 test projects)", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^SPOF006\s+1\s+0\s+\d+", output);
        Assert.Matches(@"(?m)^SPOF008\s+1\s+0\s+\d+", output);
    }

    [Fact]
    public async Task With_projects_each_project_is_listed_as_the_check_reads_it_and_no_rule_runs()
    {
        using var folder = new SourceFolder()
            .With("Shop/Shop.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><UseWPF>true</UseWPF></PropertyGroup></Project>""")
            .With("Shop/Program.cs", """class Program { static string Read() => System.IO.File.ReadAllText("/etc/shop/app.conf"); }""")
            .With("Shop.Tests/Shop.Tests.csproj", """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="xunit.v3" /></ItemGroup></Project>""")
            .With("Shop.Tests/ShopTests.cs", "class ShopTests { }");

        var (exitCode, output, errors) = await RunAsync(folder.Root, "--projects");

        Assert.True(exitCode == 0, $"exit code {exitCode}: {errors}");
        Assert.Contains($"Shop{Path.DirectorySeparatorChar}Shop.csproj\tproduction\t1 files\tUseWPF=true", output, StringComparison.Ordinal);
        Assert.Contains($"Shop.Tests{Path.DirectorySeparatorChar}Shop.Tests.csproj\ttest\t1 files", output, StringComparison.Ordinal);
        Assert.Contains("2 projects (1 test projects)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("SPOF", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_desktop_application_is_read_with_the_package_options_and_with_course_as_the_course_reads_it()
    {
        // An older WPF project says what it is only by its assembly references; the check gives it empty assemblies of
        // those names, which the rules read as a real build's compiler would give them the real ones.
        const string Client = """
            class Client
            {
                static System.Uri Orders() => new System.Uri("http://10.0.0.5:8080/orders");
                static async System.Threading.Tasks.Task Poll() { System.Threading.Thread.Sleep(100); await System.Threading.Tasks.Task.Yield(); }
                static System.Net.Http.HttpClient Http() => new System.Net.Http.HttpClient();
            }
            """;
        using var folder = new SourceFolder()
            .With("Desk/Desk.csproj", """<Project ToolsVersion="15.0"><ItemGroup><Reference Include="PresentationFramework" /></ItemGroup></Project>""")
            .With("Desk/Client.cs", Client)
            .With("Web/Web.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"></Project>""")
            .With("Web/Client.cs", Client);

        var (exitCode, output, errors) = await RunAsync(folder.Root);
        var (courseExitCode, courseOutput, courseErrors) = await RunAsync(folder.Root, "--course");
        var (_, projects, _) = await RunAsync(folder.Root, "--projects");

        var desk = $"Desk{Path.DirectorySeparatorChar}Client.cs";
        Assert.True(exitCode == 0, $"exit code {exitCode}: {errors}");
        Assert.Contains(
            "with the NuGet package's options: SPOF001.in_desktop_applications = false, SPOF005.in_desktop_applications = false, SPOF006.in_console_programs = false, SPOF006.in_desktop_applications = false, SPOF006.in_synchronous_code = false",
            output, StringComparison.Ordinal);
        Assert.Contains($"{desk}:5:49: SPOF003", output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{desk}:3:50: SPOF001", output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{desk}:4:55: SPOF006", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^SPOF001\s+1\s+0\s+\d+", output);
        Assert.Matches(@"(?m)^SPOF006\s+1\s+0\s+\d+", output);

        Assert.True(courseExitCode == 0, $"exit code {courseExitCode}: {courseErrors}");
        Assert.Contains("with the rules' own defaults (--course)", courseOutput, StringComparison.Ordinal);
        Assert.Contains($"{desk}:3:50: SPOF001", courseOutput, StringComparison.Ordinal);
        Assert.Contains($"{desk}:4:55: SPOF006", courseOutput, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^SPOF001\s+2\s+0\s+\d+", courseOutput);

        Assert.Contains($"Desk{Path.DirectorySeparatorChar}Desk.csproj\tproduction\t1 files\treferences PresentationFramework", projects, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_rules_only_the_rules_named_run_and_an_unknown_rule_is_named_with_exit_code_2()
    {
        using var folder = new SourceFolder()
            .With("Shop/Shop.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>""")
            .With("Shop/Program.cs", """
                class Program
                {
                    static async Task<string> Read() { Thread.Sleep(100); await Task.Yield(); return File.ReadAllText("/etc/shop/app.conf"); }
                }
                """);

        var (exitCode, output, errors) = await RunAsync(folder.Root, "--rules", "spof008");
        var (unknownExitCode, _, unknownErrors) = await RunAsync(folder.Root, "--rules", "SPOF008,SPOF009");

        Assert.True(exitCode == 0, $"exit code {exitCode}: {errors}");
        Assert.Contains("SPOF008 '/etc/shop/app.conf'", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^SPOF008\s+1\s+0\s+\d+", output);
        Assert.DoesNotContain("SPOF006", output, StringComparison.Ordinal);
        Assert.Contains("with the NuGet package's options: none for these rules", output, StringComparison.Ordinal);
        Assert.Equal(2, unknownExitCode);
        Assert.Contains("no rule 'SPOF009' (--rules)", unknownErrors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_written_for_an_older_csharp_is_read_as_that_csharp()
    {
        // In C# 14 'field' in a property accessor is the backing field, and this shape sent an older compiler's
        // nullable analysis into endless recursion, ending the check with a stack overflow.
        using var folder = new SourceFolder()
            .With("Redis/Redis.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><LangVersion>8.0</LangVersion></PropertyGroup></Project>""")
            .With("Redis/ClientList.cs", """
                using System;
                using System.Collections.Generic;
                using System.Linq;
                sealed class Reply { public static readonly Reply Instance = new Reply(); public Func<T> Then<T>(Func<string, T> map) => () => map(""); }
                sealed class ClientList
                {
                    public Func<IReadOnlyList<Dictionary<string, string>>> Clients => Reply.Instance.Then(
                        text => text.Split('\n').Select(client =>
                        {
                            var fields = client.Split(' ').Select(field => field.Split('=')).ToDictionary(pair => pair[0], pair => pair[1]);
                            return fields;
                        }).ToList() as IReadOnlyList<Dictionary<string, string>>);

                    static string Read() => System.IO.File.ReadAllText("/etc/redis/redis.conf");
                }
                """);

        var (exitCode, output, errors) = await RunAsync(folder.Root, "--rules", "SPOF008");

        Assert.True(exitCode == 0, $"exit code {exitCode}: {errors}");
        Assert.Contains("SPOF008 '/etc/redis/redis.conf'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_is_named_and_ends_with_exit_code_2()
    {
        var (exitCode, _, errors) = await RunAsync("/no/such/folder/of/sources");

        Assert.Equal(2, exitCode);
        Assert.Contains("no folder '/no/such/folder/of/sources'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_references_folder_without_assemblies_is_named_and_ends_with_exit_code_2()
    {
        using var sources = new SourceFolder().With("Program.cs", "class Program { }");
        using var references = new SourceFolder().With("readme.txt", "no assemblies here");

        var (exitCode, _, errors) = await RunAsync(sources.Root, "--references", references.Root);

        Assert.Equal(2, exitCode);
        Assert.Contains($"no .NET assembly (*.dll) in '{references.Root}'", errors, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Katas.Analyzers.RealCodeCheck.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            limit.CancelAfter(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(limit.Token);
            return (process.ExitCode, await output, await errors);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
