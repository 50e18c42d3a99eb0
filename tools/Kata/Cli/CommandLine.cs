using System.CommandLine;
using System.CommandLine.Help;

namespace Katas.Tool.Cli;

/// <summary>
/// The tool's command line, on System.CommandLine: every command is defined in a file of its own
/// (<c>*CommandLine.cs</c>) and listed here once. Each command's action binds its values to
/// <see cref="Options"/> and hands them to the one function that runs the tool.
/// </summary>
internal static class CommandLine
{
    /// <summary>
    /// The command tree; each command's action calls <paramref name="run"/> with what was asked for. Its
    /// descriptions (what a subcommand's generated --help shows) are in <paramref name="language"/>.
    /// </summary>
    public static RootCommand Create(Func<Options, CancellationToken, Task<int>> run, Language language = Language.English)
    {
        // System.CommandLine's own options (--help, --version) take their descriptions when they are made.
        using var culture = UiCulture.Of(language);
        var root = new RootCommand("kata: the kata loop of this course.");
        root.Options.Add(CommonOptions.Language);
        root.Options.Add(CommonOptions.Repository);
        root.Options.Add(CommonOptions.Color);
        root.Options.Add(CommonOptions.NoColor);

        CommandLineEntry[] entries =
        [
            LoopCommandLine.Add(root),
            ListCommandLine.Create(),
            CheckCommandLine.Create(),
            DemoCommandLine.Create(),
            GradeCommandLine.Create(),
            HelpCommandLine.Create(),
            ExportStudentCommandLine.Create(),
            PairCommandLine.Create(),
            WatchCommandLine.Create(),
        ];
        foreach (var entry in entries)
        {
            if (entry.Command != root)
            {
                root.Subcommands.Add(entry.Command);
            }

            entry.Command.SetAction((result, cancellationToken) => run(Bind(entry, result), cancellationToken));
        }

        // The root's --help is the tool's own usage, in the student's language; a subcommand's is generated.
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new RootHelpAction(help.Action!, (result, cancellationToken) => run(CommonOptions.Bind(result) with { Command = CommandKind.Help }, cancellationToken));
        HelpDescriptions.Apply(root, language);
        return root;
    }

    /// <summary>
    /// Parses the arguments; a mistake throws <see cref="UsageException"/> with every error the parser found,
    /// in the language the command line asks for (<c>--lang</c>), else <paramref name="spoken"/>.
    /// </summary>
    public static ParseResult Parse(RootCommand root, IReadOnlyList<string> args, Language spoken)
    {
        // System.CommandLine's messages come from its resources in the user interface culture, and the
        // tool's own (UsageTexts) follow it too: both speak the student's language while parsing.
        using var culture = UiCulture.Of(Languages.FromArguments(args) ?? spoken);
        var result = root.Parse(args);

        // `--help` answers even a command line with mistakes in it (`./kata grade --help`).
        if (result.Errors.Count > 0 && result.Action is not { ClearsParseErrors: true })
        {
            var errors = result.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal);
            throw new UsageException(string.Join(Environment.NewLine, errors) + Environment.NewLine + UsageTexts.Current.SeeUsage);
        }

        return result;
    }

    /// <summary>What the command line asks for, without running it.</summary>
    public static Options Parse(IReadOnlyList<string> args, Language spoken = Language.English)
    {
        Options? asked = null;
        var root = Create((options, _) =>
        {
            asked = options;
            return Task.FromResult(ExitCodes.Green);
        });
        var result = Parse(root, args, spoken);
        result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        return asked ?? throw new UsageException(UsageTexts.English.NothingToRun);
    }

    private static Options Bind(CommandLineEntry entry, ParseResult result) =>
        entry.Bind(result, CommonOptions.Bind(result)) with { Command = entry.Kind };
}
