using System.CommandLine;

namespace Katas.Tool.Cli;

/// <summary>`./kata help`: the usage, in the student's language (the same as `./kata --help`).</summary>
internal static class HelpCommandLine
{
    public static CommandLineEntry Create() =>
        new(new Command("help", "The usage, in your language."), CommandKind.Help, static (_, options) => options);
}
