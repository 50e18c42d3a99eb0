using System.Globalization;

namespace Katas.DriftChecker;

/// <summary>
/// A configuration file that cannot be read. The message names the file and the line, and says what is
/// wrong, but never quotes the line: it may hold a password.
/// </summary>
public sealed class ConfigFormatException : FormatException
{
    /// <param name="sourceName">Where the text came from: a file name, or a server and its URL.</param>
    /// <param name="lineNumber">The line of the problem, counted from 1.</param>
    /// <param name="reason">What is wrong, without the line's content: <c>expected 'key = value'</c>.</param>
    /// <param name="innerException">The parser's own exception, if there was one.</param>
    public ConfigFormatException(string sourceName, int lineNumber, string reason, Exception? innerException = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"{sourceName}, line {lineNumber}: {reason}"), innerException)
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>Where the text came from, for example <c>app.conf</c>.</summary>
    public string SourceName { get; }

    /// <summary>The line of the problem, counted from 1.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong with the line.</summary>
    public string Reason { get; }
}
