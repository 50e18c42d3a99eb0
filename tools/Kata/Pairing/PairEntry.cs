using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Rendering;
using Katas.Tool.Running;

namespace Katas.Tool.Pairing;

/// <summary>
/// Runs `./kata pair`. Exit codes: 0 done; 1 refused for now, with nothing changed (a session already
/// runs, conflicts or uncommitted changes at a handover, the remote unreachable, the branch moved, no
/// session); 2 a wrong command line, an unknown name, no git repository or no remote.
/// </summary>
internal static class PairEntry
{
    public static async Task<int> RunAsync(RepositoryLayout layout, PairOptions options, Terminal terminal, Language language, CancellationToken cancellationToken)
    {
        try
        {
            return await new PairCommand(layout, terminal, language).RunAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (PairRefusedException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return ExitCodes.Red;
        }
        catch (GitFailedException failed)
        {
            Console.Error.WriteLine(PairTexts.For(language).GitStopped(options.Action.ToString().ToLowerInvariant(), failed.Message));
            return ExitCodes.Red;
        }
    }
}
