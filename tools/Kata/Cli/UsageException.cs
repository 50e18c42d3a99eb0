namespace Katas.Tool.Cli;

/// <summary>The command line or the course files are wrong: the message says what and where.</summary>
internal sealed class UsageException(string message) : Exception(message);
