using System.CommandLine;
using System.CommandLine.Help;
using System.Runtime.InteropServices;
using System.Globalization;
using System.Text;
using Katas.Tool;
using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Grading;
using Katas.Tool.Maintainer;
using Katas.Tool.Rendering;
using Katas.Tool.Watching;

if (!Console.IsOutputRedirected)
{
    // Korean text and the progress marks on consoles that do not default to UTF-8 (Windows).
    Console.OutputEncoding = Encoding.UTF8;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

// `kill` (SIGTERM) stops the tool as Ctrl+C does, its children with it; a second one ends it at once.
// A background job started by a script cannot be stopped with SIGINT: the shell makes it ignore that.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
});

// The language the command asked for, once it is known: the tool's last word on Ctrl+C speaks it too.
var spoken = Languages.FromEnvironment(Environment.GetEnvironmentVariable, CultureInfo.CurrentUICulture);
var asked = Languages.FromArguments(args) ?? spoken;
var root = CommandLine.Create(
    (options, cancellationToken) =>
    {
        spoken = options.Language ?? spoken;
        return RunAsync(options, cancellationToken);
    },
    asked);
ParseResult parsed;
try
{
    parsed = CommandLine.Parse(root, args, spoken);
}
catch (UsageException exception)
{
    Console.Error.WriteLine(exception.Message);
    return ExitCodes.Usage;
}

try
{
    // Ctrl+C is the tool's own (above): every command stops its children and says so.
    // A subcommand's generated help: its headings ("Usage:", "Options:") in the student's language too.
    using var helpCulture = parsed.Action is HelpAction or RootHelpAction ? UiCulture.Of(asked) : null;
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, cancel.Token);
}
catch (UsageException exception)
{
    Console.Error.WriteLine(exception.Message);
    return ExitCodes.Usage;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine(spoken == Language.Korean ? "중지했습니다." : "Stopped.");
    return 130;
}

static async Task<int> RunAsync(Options options, CancellationToken cancellationToken)
{
    var language = options.Language ?? Languages.FromEnvironment(Environment.GetEnvironmentVariable, CultureInfo.CurrentUICulture);
    var terminal = new Terminal(Console.Out, Terminal.WantsColor(options.Color, Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR")));

    if (options.Command == CommandKind.Help)
    {
        Console.WriteLine(HelpText.For(language));
        return ExitCodes.Green;
    }

    var layout = RepositoryLayout.Find(options.Repository, Environment.CurrentDirectory, AppContext.BaseDirectory, language);
    var course = CourseCatalog.Load(layout);
    if (options.Command != CommandKind.Check && course.Problems.Count > 0)
    {
        throw new UsageException(CourseTexts.For(language).CourseProblems + Environment.NewLine + string.Join(Environment.NewLine, course.Problems.Select(p => "  " + p)));
    }

    return options.Command switch
    {
        CommandKind.List => ListCommand.Run(layout, course, terminal, language),
        CommandKind.Check => await new MaintainerCheck(layout, course, options, terminal).RunAsync(cancellationToken).ConfigureAwait(false),
        CommandKind.ExportStudent => await Katas.Tool.Exporting.ExportStudentEntry.RunAsync(layout, options.Export!, terminal, cancellationToken).ConfigureAwait(false),
        CommandKind.Pair => await Katas.Tool.Pairing.PairEntry.RunAsync(layout, options.Pair!, terminal, language, cancellationToken).ConfigureAwait(false),
        CommandKind.Demo => await DemoCommand.RunAsync(layout, options, terminal, language, cancellationToken).ConfigureAwait(false),
        CommandKind.Grade => await GradeCommand.RunAsync(layout, course, options, language, cancellationToken).ConfigureAwait(false),
        CommandKind.Watch => await new WatchCommand(layout, course, options, terminal, language).RunAsync(cancellationToken).ConfigureAwait(false),
        _ => await new StudentLoop(layout, course, options, terminal, language).RunAsync(cancellationToken).ConfigureAwait(false),
    };
}
