using Katas.Tool.Building;

namespace Katas.Tool.Tests;

public sealed class BuildOutputParserTests
{
    [Fact]
    public void A_compiler_error_gives_file_line_column_code_message_and_project()
    {
        var diagnostic = BuildOutputParser.ParseLine(
            "/repo/katas/HealthChecker/HealthChecker.cs(303,37): error CS1525: Invalid expression term '}' [/repo/katas/HealthChecker/HealthChecker.csproj]");

        Assert.Equal(
            new BuildDiagnostic(DiagnosticSeverity.Error, "CS1525", "Invalid expression term '}'", "/repo/katas/HealthChecker/HealthChecker.cs", 303, 37, "/repo/katas/HealthChecker/HealthChecker.csproj"),
            diagnostic);
    }

    [Fact]
    public void An_analyzer_warning_with_a_message_in_Korean_is_read()
    {
        var diagnostic = BuildOutputParser.ParseLine(
            "/repo/katas/X/X.cs(4,33): warning SPOF001: 'http://10.0.0.5/'은(는) 하드코딩된 엔드포인트 하나입니다. [/repo/katas/X/X.csproj]");

        Assert.NotNull(diagnostic);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("SPOF001", diagnostic.Code);
        Assert.StartsWith("'http://10.0.0.5/'은(는)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_level_error_has_no_line()
    {
        var diagnostic = BuildOutputParser.ParseLine(
            "/repo/tests/X.Specs/X.Specs.csproj : error NU1101: Unable to find package Nope. No packages exist with this id in source(s): nuget.org");

        Assert.NotNull(diagnostic);
        Assert.Equal("NU1101", diagnostic.Code);
        Assert.Null(diagnostic.Line);
        Assert.Equal("/repo/tests/X.Specs/X.Specs.csproj", diagnostic.Project);
    }

    [Fact]
    public void A_windows_path_is_read()
    {
        var diagnostic = BuildOutputParser.ParseLine(
            @"C:\src\katas\katas\X\X.cs(1,2): error CS1002: ; expected [C:\src\katas\katas\X\X.csproj]");

        Assert.Equal(@"C:\src\katas\katas\X\X.cs", diagnostic?.File);
        Assert.Equal(@"C:\src\katas\katas\X\X.csproj", diagnostic?.Project);
    }

    [Fact]
    public void Repeated_lines_and_other_output_are_dropped()
    {
        const string output = """
            /r/a.cs(1,2): error CS1002: ; expected [/r/a.csproj]
            Build FAILED.
            /r/a.cs(1,2): error CS1002: ; expected [/r/a.csproj]
                0 Warning(s)
                1 Error(s)
            """;

        Assert.Single(BuildOutputParser.Parse(output));
    }
}
