using Katas.Tool.Cli;

namespace Katas.Tool.Grading.Tests;

/// <summary>What `./kata grade` refuses before it builds or grades anything.</summary>
public sealed class GradeCommandTests(GradingFixture grading)
{
    [Fact]
    public async Task A_submission_path_that_is_not_there_is_a_mistake_on_the_command_line()
    {
        var missing = Path.Combine(Path.GetTempPath(), "kata-no-such-submission-" + Guid.NewGuid().ToString("N"));
        var options = new Options { Command = CommandKind.Grade, Grade = new GradeRequest(missing, null, null, null, null, false, 1) };

        var exception = await Assert.ThrowsAsync<UsageException>(() => GradeCommand.RunAsync(grading.Layout, grading.Course, options, Language.English, TestContext.Current.CancellationToken));

        Assert.Contains($"'{missing}' is not a folder", exception.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing), "nothing may be created for a mistyped path");
    }
}
