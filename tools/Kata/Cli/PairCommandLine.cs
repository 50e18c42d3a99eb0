using System.CommandLine;
using System.Globalization;
using Katas.Tool.Pairing;

namespace Katas.Tool.Cli;

/// <summary>`./kata pair start|next|done|status|stop`: a pair session (roles, timer, handover through git, co-authors).</summary>
internal static class PairCommandLine
{
    private static readonly Dictionary<string, PairAction> s_actions = new(StringComparer.Ordinal)
    {
        ["start"] = PairAction.Start,
        ["next"] = PairAction.Next,
        ["done"] = PairAction.Done,
        ["status"] = PairAction.Status,
        ["stop"] = PairAction.Stop,
        ["timer"] = PairAction.Timer,
    };

    private static readonly Argument<string?> s_action = new("action")
    {
        Description = "start, next (hand over or take over), done (squash onto your branch), status (the default), stop.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<string?> s_driver = new("--driver")
    {
        Description = "Who types first: \"Name <email>\", or a name given before.",
        HelpName = "name",
    };

    private static readonly Option<string?> s_navigator = new("--navigator")
    {
        Description = "Who reads the specs and the guide: \"Name <email>\", or a name given before.",
        HelpName = "name",
    };

    private static readonly Option<double?> s_minutes = new("--minutes")
    {
        Description = "Minutes a turn (default 7; decimals allowed).",
        HelpName = "minutes",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && minutes > 0 && minutes <= 240)
            {
                return minutes;
            }

            result.AddError(UsageTexts.Format(UsageTexts.Current.Minutes, text));
            return null;
        },
    };

    private static readonly Option<string?> s_remote = new("--remote")
    {
        Description = "The git remote to hand over through (default: origin, or the only remote).",
        HelpName = "name",
    };

    public static CommandLineEntry Create()
    {
        s_action.CompletionSources.Add(["start", "next", "done", "status", "stop"]);
        s_action.Validators.Add(static result =>
        {
            var text = result.Tokens.SingleOrDefault()?.Value;
            if (text is not null && !s_actions.ContainsKey(text))
            {
                result.AddError(UsageTexts.Format(UsageTexts.Current.PairAction, text));
            }
        });
        var command = new Command("pair", "Pair programming: roles, a timer, handover through git, both names on the commits.")
        {
            s_action,
            s_driver,
            s_navigator,
            s_minutes,
            s_remote,
        };
        command.Validators.Add(static result =>
        {
            var action = result.GetValue(s_action) ?? "status";
            if (action != "start" && (result.GetValue(s_driver) is not null || result.GetValue(s_navigator) is not null || result.GetValue(s_minutes) is not null || result.GetValue(s_remote) is not null))
            {
                result.AddError(UsageTexts.Current.PairStartOptions);
            }
        });
        return new CommandLineEntry(command, CommandKind.Pair, static (result, options) => options with
        {
            Pair = new PairOptions(s_actions[result.GetValue(s_action) ?? "status"])
            {
                Driver = result.GetValue(s_driver),
                Navigator = result.GetValue(s_navigator),
                Minutes = result.GetValue(s_minutes),
                Remote = result.GetValue(s_remote),
            },
        });
    }
}
