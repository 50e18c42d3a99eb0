using System.CommandLine;

namespace Katas.Tool.Cli;

/// <summary>`./kata list`: the katas and their steps.</summary>
internal static class ListCommandLine
{
    public static CommandLineEntry Create() =>
        new(new Command("list", "The katas and their steps."), CommandKind.List, static (_, options) => options);
}
