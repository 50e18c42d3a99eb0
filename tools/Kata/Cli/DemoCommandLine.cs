using System.CommandLine;

namespace Katas.Tool.Cli;

/// <summary>`./kata demo`: the sale day.</summary>
internal static class DemoCommandLine
{
    private static readonly Option<bool> s_reference = new("--reference")
    {
        Description = "Replay the sale day with the reference solutions instead of your katas.",
    };

    private static readonly Option<int?> s_seed = new("--seed")
    {
        Description = "The seed of the traffic (a whole number above 0).",
        HelpName = "n",
        CustomParser = result => CommonOptions.PositiveNumber(result, "--seed"),
    };

    private static readonly Option<bool> s_noLive = new("--no-live")
    {
        Description = "Print progress lines instead of the live table.",
    };

    public static CommandLineEntry Create()
    {
        var command = new Command("demo", "Replay the sale day against your katas (or the reference solutions).")
        {
            s_reference,
            s_seed,
            s_noLive,
        };
        return new CommandLineEntry(command, CommandKind.Demo, static (result, options) => options with
        {
            Reference = result.GetValue(s_reference),
            Seed = result.GetValue(s_seed),
            NoLive = result.GetValue(s_noLive),
        });
    }
}
