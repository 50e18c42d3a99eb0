using System.Diagnostics;
using System.IO.Compression;

namespace Katas.Analyzers.Tests;

/// <summary>
/// `dotnet pack` makes a package that a project outside this repository references like any other, and
/// its build shows the SPOF warnings: the analyzers load from the package in the SDK's compiler.
/// </summary>
public sealed class PackageTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "spof-package-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A build server may hold a file a moment longer; the temp folder is not worth a failure.
        }
    }

    [Fact]
    public async Task A_project_that_references_the_package_sees_the_warnings_in_English_and_Korean_and_its_kind_of_project()
    {
        // A version of its own, and a packages folder of its own: never a stale copy from an earlier run.
        var version = "0.1.0-test." + Guid.NewGuid().ToString("N")[..8];
        var feed = Path.Combine(_work, "feed");
        var consumer = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(consumer);

        var pack = await DotnetAsync(AllRules.RepositoryRoot, "pack", "analyzers/Katas.Analyzers.Package", "-o", feed, $"-p:PackageVersion={version}", "-nologo", "-tl:off");
        Assert.True(pack.ExitCode == 0, pack.Output);

        var package = Path.Combine(feed, $"Katas.Analyzers.{version}.nupkg");
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains("analyzers/dotnet/cs/Katas.Analyzers.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/Katas.Analyzers.CodeFixes.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/ko/Katas.Analyzers.resources.dll", entries);
            Assert.Contains("build/Katas.Analyzers.props", entries);
            Assert.Contains("build/Katas.Analyzers.Build.props", entries);
            Assert.Contains("build/Katas.Analyzers.globalconfig", entries);
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        }

        await File.WriteAllTextAsync(Path.Combine(consumer, "nuget.config"), $"""
            <configuration>
              <packageSources><clear /><add key="local" value="{feed}" /></packageSources>
            </configuration>
            """, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <RestorePackagesPath>{Path.Combine(_work, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Katas.Analyzers" Version="{version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(consumer, "Shop.cs"), """
            public class Shop
            {
                private readonly HttpClient _client = new HttpClient();
                public Task<string> Orders() => _client.GetStringAsync("http://10.0.0.5:8080/orders");
                public ConnectionPool Pool() => new ConnectionPool(new[] { "orders-1:8080" });
                public ServiceSpec Web() => new ServiceSpec { Replicas = 1 };
                public async Task<int> Count() { await Task.Yield(); return Task.Run(() => 1).Result; }
            }

            public class ConnectionPool(string[] servers);
            public class ServiceSpec { public int? Replicas { get; set; } }
            """, TestContext.Current.CancellationToken);

        var english = await DotnetAsync(consumer, "build", "-nologo", "-tl:off", "--no-incremental");
        var korean = await DotnetAsync(consumer, ["build", "-nologo", "-tl:off", "--no-incremental", "--no-restore"], ("DOTNET_CLI_UI_LANGUAGE", "ko-KR"));

        Assert.True(english.ExitCode == 0, english.Output);
        Assert.Contains("warning SPOF007: 'Replicas = 1' fixes the capacity at 1 replica(s)", english.Output, StringComparison.Ordinal);
        Assert.Contains("warning SPOF007: 'Replicas = 1'은(는) 용량을 레플리카 1개로 고정합니다", korean.Output, StringComparison.Ordinal);

        // SPOF001, SPOF003 and SPOF006, right on 10 in 12 or more at their latest reading on code that shaped nothing, warn
        // from the package like SPOF007. The rules that were right on fewer than 10 in 12 there are suggestions from the
        // package: reported to the IDE, not warnings in the build.
        Assert.Contains("warning SPOF003: 'new HttpClient()' has no timeout of its own", english.Output, StringComparison.Ordinal);
        Assert.Contains("warning SPOF001: 'http://10.0.0.5:8080/orders' is one hardcoded endpoint", english.Output, StringComparison.Ordinal);
        Assert.Contains("warning SPOF006: 'Task.Run(() => 1).Result'", english.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning SPOF002", english.Output, StringComparison.Ordinal);

        // A project's .editorconfig makes a suggestion of the package a warning again. The package's build props tell the
        // rules which project is built into a container image: with a Dockerfile beside the project file, SPOF008 is quiet
        // even then, and the other rules still report.
        await File.WriteAllTextAsync(Path.Combine(consumer, "Settings.cs"), """
            public static class Settings
            {
                public static string Read() => File.ReadAllText("/etc/shop/app.conf");
            }
            """, TestContext.Current.CancellationToken);
        var byDefault = await DotnetAsync(consumer, "build", "-nologo", "-tl:off", "--no-incremental", "--no-restore");
        await File.WriteAllTextAsync(Path.Combine(consumer, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.SPOF002.severity = warning\ndotnet_diagnostic.SPOF008.severity = warning\n", TestContext.Current.CancellationToken);
        var onHost = await DotnetAsync(consumer, "build", "-nologo", "-tl:off", "--no-incremental", "--no-restore");
        await File.WriteAllTextAsync(Path.Combine(consumer, "Dockerfile"), "FROM mcr.microsoft.com/dotnet/aspnet:10.0\n", TestContext.Current.CancellationToken);
        var inImage = await DotnetAsync(consumer, "build", "-nologo", "-tl:off", "--no-incremental", "--no-restore");

        Assert.True(byDefault.ExitCode == 0, byDefault.Output);
        Assert.DoesNotContain("warning SPOF008", byDefault.Output, StringComparison.Ordinal);
        Assert.Contains("warning SPOF007", byDefault.Output, StringComparison.Ordinal);
        Assert.Contains("warning SPOF008: '/etc/shop/app.conf'", onHost.Output, StringComparison.Ordinal);
        Assert.Contains("warning SPOF003: 'new HttpClient()' has no timeout of its own: a server that stopped answering holds the caller 100 s by default", onHost.Output, StringComparison.Ordinal);
        Assert.Contains("warning SPOF001: 'http://10.0.0.5:8080/orders' is one hardcoded endpoint", onHost.Output, StringComparison.Ordinal);
        Assert.Contains("warning SPOF002", onHost.Output, StringComparison.Ordinal);
        Assert.True(inImage.ExitCode == 0, inImage.Output);
        Assert.DoesNotContain("SPOF008", inImage.Output, StringComparison.Ordinal);
        Assert.Contains("warning SPOF001", inImage.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<PackageReference Include="Moq" Version="4.21.0" />""", "true")]
    [InlineData("""<PackageReference Include="xunit.v3" Version="3.2.0" />""", "true")]
    [InlineData("""<Reference Include="nunit.framework, Version=3.13.0.0, Culture=neutral" />""", "true")]
    [InlineData("""<PackageReference Include="Moqzilla" Version="1.0.0" />""", "false")]
    [InlineData("""<ProjectReference Include="../Lib/Lib.csproj" />""", "false")]
    public async Task The_build_props_tell_the_rules_whether_the_project_itself_references_a_test_library(string items, string expected)
    {
        // Evaluated and run without a restore: the target reads the project's own items, not what NuGet resolved.
        Directory.CreateDirectory(_work);
        var props = Path.Combine(AllRules.RepositoryRoot, "analyzers", "Katas.Analyzers.Build.props");
        var project = Path.Combine(_work, "Service.csproj");
        await File.WriteAllTextAsync(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{props}" />
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup>{items}</ItemGroup>
            </Project>
            """, TestContext.Current.CancellationToken);

        var run = await DotnetAsync(_work, "msbuild", project, "-t:SpofFindTestLibraries", "-getProperty:SpofTestLibrary", "-nologo");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(expected, run.Output.Trim());
    }

    private static Task<(int ExitCode, string Output)> DotnetAsync(string directory, params string[] arguments) =>
        DotnetAsync(directory, arguments, []);

    private static async Task<(int ExitCode, string Output)> DotnetAsync(string directory, string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await error);
    }
}
