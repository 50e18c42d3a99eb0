using System.CommandLine;

namespace Katas.Tool.Cli;

/// <summary>`./kata [kata[/step]]`: the student loop, the root command.</summary>
internal static class LoopCommandLine
{
    private static readonly Argument<string?> s_target = new("target")
    {
        Description = "A kata, or kata/step, to look at: HealthChecker, HealthChecker/timeout, 1/2.",
        Arity = ArgumentArity.ZeroOrOne,

        // The root's help is the tool's own (HelpText); hidden here so that the generated help of a
        // subcommand does not show it in its usage line.
        Hidden = true,
    };

    private static readonly Option<bool> s_hint = new("--hint")
    {
        Description = "Show the hints of the current step.",
    };

    public static CommandLineEntry Add(RootCommand root)
    {
        // A kata or step never starts with '-': such a word is an option the tool does not know.
        s_target.Validators.Add(static result =>
        {
            if (result.Tokens.SingleOrDefault()?.Value is { } value && value.StartsWith('-'))
            {
                result.AddError(UsageTexts.Format(UsageTexts.Current.UnknownOption, value));
            }
        });
        root.Arguments.Add(s_target);
        root.Options.Add(s_hint);
        root.Options.Add(CommonOptions.NoBuild);
        root.Options.Add(CommonOptions.Timeout);
        return new CommandLineEntry(root, CommandKind.Loop, static (result, options) => options with
        {
            Target = result.GetValue(s_target),
            Hint = result.GetValue(s_hint),
            NoBuild = result.GetValue(CommonOptions.NoBuild),
            Timeout = result.GetValue(CommonOptions.Timeout) ?? Options.DefaultTimeout,
        });
    }
}
