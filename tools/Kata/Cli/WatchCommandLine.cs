using System.CommandLine;

namespace Katas.Tool.Cli;

/// <summary>`./kata watch [kata[/step]]`: the loop again on every save.</summary>
internal static class WatchCommandLine
{
    private static readonly Argument<string?> s_target = new("target")
    {
        Description = "A kata, or kata/step, to watch: HealthChecker, HealthChecker/timeout, 1/2.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static CommandLineEntry Create()
    {
        var command = new Command("watch", "Run the loop again on every save of a kata file, and show what changed. Ctrl+C stops.")
        {
            s_target,
            CommonOptions.Timeout,
        };
        return new CommandLineEntry(command, CommandKind.Watch, static (result, options) => options with
        {
            Target = result.GetValue(s_target),
            Timeout = result.GetValue(CommonOptions.Timeout) ?? Options.DefaultTimeout,
        });
    }
}
