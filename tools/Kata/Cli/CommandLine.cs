using System.Globalization;

namespace Katas.Tool.Cli;

/// <summary>Parses the tool's command line. Every mistake is a <see cref="UsageException"/> that names the argument.</summary>
internal static class CommandLine
{
    public static Options Parse(IReadOnlyList<string> args)
    {
        var options = new Options();
        var positional = new List<string>();

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help" or "-?":
                    options = options with { Command = CommandKind.Help };
                    break;
                case "--hint":
                    options = options with { Hint = true };
                    break;
                case "--no-build":
                    options = options with { NoBuild = true };
                    break;
                case "--lang":
                    var lang = Value(args, ref i);
                    options = options with
                    {
                        Language = Languages.Parse(lang) ?? throw new UsageException($"--lang takes 'en' or 'ko', not '{lang}'."),
                    };
                    break;
                case "--repo":
                    options = options with { Repository = Value(args, ref i) };
                    break;
                case "--timeout":
                    var seconds = Value(args, ref i);
                    if (!int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
                    {
                        throw new UsageException($"--timeout takes a whole number of seconds (1 or more), not '{seconds}'.");
                    }

                    options = options with { Timeout = TimeSpan.FromSeconds(value) };
                    break;
                case "--color":
                    var color = Value(args, ref i);
                    options = options with
                    {
                        Color = color switch
                        {
                            "auto" => ColorMode.Auto,
                            "always" => ColorMode.Always,
                            "never" => ColorMode.Never,
                            _ => throw new UsageException($"--color takes 'auto', 'always' or 'never', not '{color}'."),
                        },
                    };
                    break;
                case "--no-color":
                    options = options with { Color = ColorMode.Never };
                    break;
                case "--reference":
                    options = options with { Reference = true };
                    break;
                case "--no-live":
                    options = options with { NoLive = true };
                    break;
                case "--seed":
                    var seedText = Value(args, ref i);
                    options = options with
                    {
                        Seed = int.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) && seed > 0
                            ? seed
                            : throw new UsageException($"--seed takes a whole number above 0, not '{seedText}'."),
                    };
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        throw new UsageException($"Unknown option '{arg}'. Run `./kata --help` for the options.");
                    }

                    positional.Add(arg);
                    break;
            }
        }

        if (options.Command == CommandKind.Help)
        {
            return options;
        }

        var command = positional.FirstOrDefault() switch
        {
            "check" => CommandKind.Check,
            "list" => CommandKind.List,
            "demo" => CommandKind.Demo,
            "help" => CommandKind.Help,
            _ => CommandKind.Loop,
        };
        if (command != CommandKind.Loop)
        {
            positional.RemoveAt(0);
        }

        if (positional.Count > 1 || (positional.Count == 1 && command != CommandKind.Loop))
        {
            throw new UsageException($"Unexpected argument '{positional[^1]}'. Run `./kata --help` for the usage.");
        }

        if (command != CommandKind.Demo && (options.Reference || options.Seed is not null || options.NoLive))
        {
            throw new UsageException("--reference, --seed and --no-live go with `./kata demo`.");
        }

        return options with { Command = command, Target = positional.SingleOrDefault() };
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException($"{args[i]} needs a value.");
        }

        return args[++i];
    }
}
