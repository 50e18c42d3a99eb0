using Xunit.Sdk;

namespace Katas.Specs;

/// <summary>
/// Passes on every message of a test run except those of a spec that <see cref="StepGate"/> skipped
/// as locked. A spec's messages are held from its start until it finishes (the specs of a kata run
/// one at a time), then passed on or dropped together, so a runner sees a locked spec not at all.
/// </summary>
internal sealed class LockedSpecFilter(IMessageSink inner) : IMessageSink
{
    private readonly Lock _lock = new();
    private readonly List<IMessageSinkMessage> _held = [];
    private bool _holding;
    private bool _locked;

    /// <summary>Whether the process is a test application started by <c>dotnet test</c> (Microsoft.Testing.Platform's CLI server mode).</summary>
    public static bool IsDotnetTest(IReadOnlyList<string> arguments) =>
        arguments.Any(a => string.Equals(a, "dotnettestcli", StringComparison.OrdinalIgnoreCase));

    public bool OnMessage(IMessageSinkMessage message)
    {
        IMessageSinkMessage[] release;
        lock (_lock)
        {
            switch (message)
            {
                case ITestCaseStarting:
                    _holding = true;
                    _locked = false;
                    _held.Add(message);
                    return true;
                case ITestSkipped skipped when _holding:
                    _locked |= skipped.Reason.StartsWith(StepGate.LockedPrefix, StringComparison.Ordinal);
                    _held.Add(message);
                    return true;
                case ITestCaseFinished when _holding:
                    _held.Add(message);
                    release = _locked ? [] : [.. _held];
                    _held.Clear();
                    _holding = false;
                    break;
                default:
                    if (_holding)
                    {
                        _held.Add(message);
                        return true;
                    }

                    release = [message];
                    break;
            }
        }

        var keepGoing = true;
        foreach (var held in release)
        {
            keepGoing &= inner.OnMessage(held);
        }

        return keepGoing;
    }
}
