using System.CommandLine;
using Katas.Tool.Exporting;

namespace Katas.Tool.Cli;

/// <summary>`./kata export-student &lt;folder&gt; [--replace]`: the template repository a class gets.</summary>
internal static class ExportStudentCommandLine
{
    private static readonly Argument<string> s_folder = new("folder")
    {
        Description = "The folder to write the template to: new, empty, or an earlier export with --replace.",
    };

    private static readonly Option<bool> s_replace = new("--replace")
    {
        Description = "Replace an earlier export in the folder (a kata repository without solutions/).",
    };

    public static CommandLineEntry Create()
    {
        var command = new Command("export-student", "Maintainers: write the student template repository (no solutions, one commit).")
        {
            s_folder,
            s_replace,
        };
        return new CommandLineEntry(command, CommandKind.ExportStudent, static (result, options) => options with
        {
            Export = new ExportRequest(result.GetValue(s_folder)!, result.GetValue(s_replace)),
        });
    }
}
