using Microsoft.CodeAnalysis;

namespace Katas.Analyzers;

/// <summary>
/// The code of a logger: a type named as one (<c>...Logger</c>, <c>...Appender</c>) or one that implements a logging
/// library's writer (<c>ILogger</c>, <c>ILoggerProvider</c>, Serilog's <c>ILogEventSink</c>, log4net's <c>IAppender</c>,
/// NLog's <c>Target</c>). A logger must never fail the code that logs, so it swallows its own failures on purpose:
/// log4net's appenders hand them to an error handler that writes once to the console, NLog's targets drop them unless
/// <c>throwExceptions</c> is set, Serilog's sinks report them to <c>SelfLog</c>, which is off by default. An empty catch
/// of everything there hides a lost line of log, not a dead dependency the rest of the code relies on; a catch of
/// one failure (<c>catch (IOException) { }</c>) is a decision about it, and is read as anywhere else.
/// </summary>
internal static class LoggerCode
{
    // The last word of the name of a type that writes log lines.
    private static readonly NameSet s_loggerWord = new("Logger", "Appender");

    // Interfaces of logging libraries that a log writer implements.
    private static readonly NameSet s_loggerContract = new("ILogger", "ILoggerProvider", "ILogEventSink", "IAppender");

    public static bool Contains(ISymbol? member)
    {
        for (var type = member?.ContainingType; type is not null; type = type.ContainingType)
        {
            if (IsLogger(type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLogger(INamedTypeSymbol type)
    {
        if (s_loggerWord.Contains(IdentifierWords.Last(type.Name)))
        {
            return true;
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (s_loggerContract.Contains(contract.Name))
            {
                return true;
            }
        }

        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            // NLog's Target, TargetWithLayout, AsyncTaskTarget; a base class named as a logger.
            if (baseType.ContainingNamespace is { Name: "Targets", ContainingNamespace.Name: "NLog" } || s_loggerWord.Contains(IdentifierWords.Last(baseType.Name)))
            {
                return true;
            }
        }

        return false;
    }
}
