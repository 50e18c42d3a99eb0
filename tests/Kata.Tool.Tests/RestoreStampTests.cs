using Katas.Tool.Building;

namespace Katas.Tool.Tests;

public sealed class RestoreStampTests
{
    private const string Solution = """<Solution><Project Path="../tests/A.Specs/A.Specs.csproj" /></Solution>""";

    [Fact]
    public void A_solution_never_restored_needs_a_restore()
    {
        using var repository = new TempRepository();
        var stamp = new RestoreStamp(repository.Layout, repository.Write(".kata/student.slnx", Solution));

        Assert.False(stamp.IsCurrent());
    }

    [Fact]
    public void A_restore_holds_while_only_source_files_change()
    {
        using var repository = new TempRepository();
        repository.Write("katas/A/A.csproj", "<Project />");
        var stamp = Stamped(repository);

        Later(repository.Write("katas/A/A.cs", "class A { }"));

        Assert.True(stamp.IsCurrent());
    }

    [Theory]
    [InlineData("katas/A/A.csproj")]
    [InlineData("Directory.Packages.props")]
    [InlineData("tests/Directory.Build.targets")]
    [InlineData("nuget.config")]
    [InlineData("global.json")]
    [InlineData("Katas.sln")]
    public void A_changed_project_or_package_file_needs_a_restore(string file)
    {
        using var repository = new TempRepository();
        var stamp = Stamped(repository);

        Later(repository.Write(file, "<Project />"));

        Assert.False(stamp.IsCurrent());
    }

    [Fact]
    public void Files_in_build_output_folders_do_not_count()
    {
        using var repository = new TempRepository();
        var stamp = Stamped(repository);

        Later(repository.Write("katas/A/obj/A.csproj.nuget.g.props", "<Project />"));
        Later(repository.Write("katas/A/bin/Debug/A.deps.targets", "<Project />"));

        Assert.True(stamp.IsCurrent());
    }

    [Fact]
    public void A_solution_with_other_projects_needs_a_restore()
    {
        using var repository = new TempRepository();
        var stamp = Stamped(repository);

        repository.Write(".kata/student.slnx", Solution.Replace("A.Specs", "B.Specs", StringComparison.Ordinal));

        Assert.False(stamp.IsCurrent());
    }

    [Fact]
    public void A_deleted_stamp_needs_a_restore()
    {
        using var repository = new TempRepository();
        var stamp = Stamped(repository);

        stamp.Delete();

        Assert.False(stamp.IsCurrent());
    }

    [Fact]
    public void A_build_without_assets_needed_a_restore_and_a_compile_error_did_not()
    {
        var noAssets = Build(new BuildDiagnostic(DiagnosticSeverity.Error, "NETSDK1004", "Assets file 'obj/project.assets.json' not found.", null, null, null, "A.csproj"));
        var compileError = Build(new BuildDiagnostic(DiagnosticSeverity.Error, "CS1002", "; expected", "A.cs", 3, 9, "A.csproj"));

        Assert.True(RestoreStamp.NeededRestore(noAssets));
        Assert.False(RestoreStamp.NeededRestore(compileError));
        Assert.True(RestoreStamp.Restored(compileError));
    }

    [Fact]
    public void A_failed_restore_is_not_stamped()
    {
        var unreachable = Build(new BuildDiagnostic(DiagnosticSeverity.Error, "NU1301", "Unable to load the service index for source.", null, null, null, "A.csproj"));

        Assert.False(RestoreStamp.Restored(unreachable));
    }

    private static RestoreStamp Stamped(TempRepository repository)
    {
        var stamp = new RestoreStamp(repository.Layout, repository.Write(".kata/student.slnx", Solution));
        stamp.Write(DateTime.UtcNow);
        Assert.True(stamp.IsCurrent());
        return stamp;
    }

    /// <summary>Dates a file after the stamp, whatever the resolution of the file system's clock.</summary>
    private static void Later(string path) => File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

    private static BuildResult Build(BuildDiagnostic diagnostic) => new(1, TimedOut: false, [diagnostic], "");
}
