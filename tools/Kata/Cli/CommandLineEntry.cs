using System.CommandLine;

namespace Katas.Tool.Cli;

/// <summary>One command of the tool: its System.CommandLine definition, and how its values become <see cref="Options"/>.</summary>
/// <param name="Bind">Adds this command's own values to the options every command shares.</param>
internal sealed record CommandLineEntry(Command Command, CommandKind Kind, Func<ParseResult, Options, Options> Bind);
