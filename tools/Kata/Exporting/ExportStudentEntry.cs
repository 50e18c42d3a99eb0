using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Rendering;
using Katas.Tool.Running;

namespace Katas.Tool.Exporting;

/// <summary>What `./kata export-student` was asked for.</summary>
internal sealed record ExportRequest(string Folder, bool Replace);

/// <summary>Runs `./kata export-student`: exit 0 written, 2 for a folder it must not write to, 1 when git or the disk failed.</summary>
internal static class ExportStudentEntry
{
    public static async Task<int> RunAsync(RepositoryLayout layout, ExportRequest request, Terminal terminal, CancellationToken cancellationToken)
    {
        try
        {
            return await new StudentExport(layout, terminal).RunAsync(request.Folder, request.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is GitFailedException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // Nothing was moved into place: the folder is as it was.
            Console.Error.WriteLine($"export-student stopped: {exception.Message} Nothing was written to '{request.Folder}'.");
            return ExitCodes.Red;
        }
    }
}
