namespace Katas.Analyzers.Tests;

/// <summary>
/// A console program (<c>OutputType</c> <c>Exe</c>, neither the Web nor the Worker SDK, no hosted service or web host
/// named) is a tool, a sample or a migration run once by the person who starts it. With
/// <c>SPOF006.in_console_programs = false</c>, which the package's own global configuration sets, SPOF006 leaves it alone;
/// without it the rule reports there as anywhere else, as it does in the course's projects.
/// </summary>
public sealed class ConsoleProgramTests
{
    private const string WaitsInAsyncCode = """
        class Importer
        {
            async System.Threading.Tasks.Task ImportAsync(System.Threading.Tasks.Task<int> rows)
            {
                await System.Threading.Tasks.Task.Yield();
                System.Console.WriteLine(rows.Result);
            }
        }
        """;

    private const string HostsAService = """
        namespace Microsoft.Extensions.Hosting { public abstract class BackgroundService { } }
        sealed class Worker : Microsoft.Extensions.Hosting.BackgroundService { }
        """;

    private static readonly (string, string) s_quietInConsolePrograms = ("SPOF006.in_console_programs", "false");
    private static readonly (string, string) s_console = ("build_property.OutputType", "Exe");

    [Fact]
    public async Task A_console_program_hears_no_blocking_wait_when_the_option_says_so()
    {
        Assert.Empty(await RulesFiring.InAsync(WaitsInAsyncCode, s_console, s_quietInConsolePrograms));
        Assert.Empty(await RulesFiring.InAsync(WaitsInAsyncCode, ("build_property.OutputType", "exe"), s_quietInConsolePrograms));
    }

    [Fact]
    public async Task Without_the_option_a_console_program_hears_its_blocking_waits()
    {
        Assert.Equal(["SPOF006"], await RulesFiring.InAsync(WaitsInAsyncCode, s_console));
        Assert.Equal(["SPOF006"], await RulesFiring.InAsync(WaitsInAsyncCode, s_console, ("SPOF006.in_console_programs", "true")));
    }

    [Theory]
    [InlineData("build_property.OutputType", "Library")]
    [InlineData("build_property.UsingMicrosoftNETSdkWeb", "true")]
    [InlineData("build_property.UsingMicrosoftNETSdkWorker", "true")]
    public async Task A_library_a_web_project_or_a_worker_is_no_console_program(string key, string value)
    {
        (string, string)[] options = key == "build_property.OutputType"
            ? [(key, value), s_quietInConsolePrograms]
            : [s_console, (key, value), s_quietInConsolePrograms];

        Assert.Equal(["SPOF006"], await RulesFiring.InAsync(WaitsInAsyncCode, options));
    }

    [Fact]
    public async Task A_program_that_declares_a_hosted_service_is_a_service_not_a_console_program()
    {
        Assert.Equal(["SPOF006"], await RulesFiring.InAsync(WaitsInAsyncCode + HostsAService, s_console, s_quietInConsolePrograms));
    }

    [Fact]
    public async Task A_program_that_starts_a_web_host_is_a_service_not_a_console_program()
    {
        const string StartsAWebHost = """
            namespace Microsoft.AspNetCore.Builder { public sealed class WebApplication { public static WebApplication Create() => new(); public void Run() { } } }
            static class Program { static void Main() => Microsoft.AspNetCore.Builder.WebApplication.Create().Run(); }
            """;

        Assert.Equal(["SPOF006"], await RulesFiring.InAsync(WaitsInAsyncCode + StartsAWebHost, s_console, s_quietInConsolePrograms));
    }

    [Fact]
    public async Task The_package_leaves_console_programs_out_of_SPOF006_and_only_SPOF006()
    {
        (string, string)[] package = [AllRules.PackageConfiguration];
        const string AlsoAnAddress = """class Client { System.Uri U() => new System.Uri("http://10.0.0.5:8080/"); }""";

        Assert.Equal(["SPOF001"], await RulesFiring.WithConfigFilesAsync(WaitsInAsyncCode + AlsoAnAddress, "/app/C.cs", package, s_console));
        Assert.Equal(["SPOF001", "SPOF006"], await RulesFiring.WithConfigFilesAsync(WaitsInAsyncCode + AlsoAnAddress, "/app/C.cs", package, ("build_property.OutputType", "Library")));
    }
}
