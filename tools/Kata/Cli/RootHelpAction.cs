using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Katas.Tool.Cli;

/// <summary>
/// `./kata --help`: the tool's own usage (<see cref="HelpText"/>, in the student's language) for the root
/// command; System.CommandLine's generated help for a subcommand (`./kata grade --help`).
/// </summary>
internal sealed class RootHelpAction(CommandLineAction generated, Func<ParseResult, CancellationToken, Task<int>> rootHelp) : AsynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
    {
        if (parseResult.CommandResult.Command is RootCommand)
        {
            return await rootHelp(parseResult, cancellationToken).ConfigureAwait(false);
        }

        return generated switch
        {
            SynchronousCommandLineAction synchronous => synchronous.Invoke(parseResult),
            AsynchronousCommandLineAction asynchronous => await asynchronous.InvokeAsync(parseResult, cancellationToken).ConfigureAwait(false),
            _ => ExitCodes.Green,
        };
    }
}
