using System.Text;

namespace Katas.Tool.Pairing;

/// <summary>
/// The message of a commit on the session branch. Its trailers carry the session to the partner's clone:
/// who drives next, the timer, the steps done together; a clone that takes over reads them back.
/// </summary>
internal static class SessionCommit
{
    private const string DriverKey = "Kata-Pair-Driver";
    private const string NavigatorKey = "Kata-Pair-Navigator";
    private const string MinutesKey = "Kata-Pair-Minutes";
    private const string StepsKey = "Kata-Pair-Steps";

    public static string Message(string subject, PairSession session)
    {
        var text = new StringBuilder(subject).Append("\n\n");
        text.Append(DriverKey).Append(": ").Append(session.Driver).Append('\n');
        text.Append(NavigatorKey).Append(": ").Append(session.Navigator).Append('\n');
        text.Append(MinutesKey).Append(": ").Append(session.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        if (session.StepsDone.Count > 0)
        {
            text.Append(StepsKey).Append(": ").Append(string.Join(' ', session.StepsDone)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The roles, timer and steps a session commit carries; null when the message is not one.</summary>
    public static (PairPerson Driver, PairPerson Navigator, double Minutes, IReadOnlyList<string> Steps)? Read(string message)
    {
        var values = message.ReplaceLineEndings("\n").Split('\n')
            .Select(line => line.Split(": ", 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last()[1].Trim(), StringComparer.Ordinal);
        if (!values.TryGetValue(DriverKey, out var driverText) || PairPerson.Parse(driverText) is not { } driver
            || !values.TryGetValue(NavigatorKey, out var navigatorText) || PairPerson.Parse(navigatorText) is not { } navigator)
        {
            return null;
        }

        var minutes = values.TryGetValue(MinutesKey, out var minutesText)
            && double.TryParse(minutesText, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : PairOptions.DefaultMinutes;
        var steps = values.TryGetValue(StepsKey, out var stepsText) ? stepsText.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return (driver, navigator, minutes, steps);
    }
}
