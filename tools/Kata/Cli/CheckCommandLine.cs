using System.CommandLine;

namespace Katas.Tool.Cli;

/// <summary>`./kata check`: the maintainer check.</summary>
internal static class CheckCommandLine
{
    public static CommandLineEntry Create()
    {
        var command = new Command("check", "Maintainers: the course files fit, solutions green, starters red, every test green.")
        {
            CommonOptions.NoBuild,
            CommonOptions.Timeout,
        };
        return new CommandLineEntry(command, CommandKind.Check, static (result, options) => options with
        {
            NoBuild = result.GetValue(CommonOptions.NoBuild),
            Timeout = result.GetValue(CommonOptions.Timeout) ?? Options.DefaultTimeout,
        });
    }
}
