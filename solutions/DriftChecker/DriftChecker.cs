using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Katas.DriftChecker;

/// <summary>
/// Reads a configuration file into a flat map of keys to values. A file that cannot be read completely
/// is an error that names the file and the line: never a partial result, which would look like drift.
/// </summary>
public static class ConfigParser
{
    private const string Separator = ".";

    /// <summary>Parses <paramref name="text"/> as <paramref name="format"/>.</summary>
    /// <param name="sourceName">Where the text came from, for error messages: <c>app.conf</c>, or a server and its URL.</param>
    /// <param name="text">The whole file.</param>
    /// <param name="format">How to read it.</param>
    /// <returns>Every key with its value; keys are case-sensitive (ordinal), as on a Linux file system.</returns>
    /// <exception cref="ConfigFormatException">The text is malformed; the message names the source and the line.</exception>
    public static IReadOnlyDictionary<string, string> Parse(string sourceName, string text, ConfigFormat format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        ArgumentNullException.ThrowIfNull(text);

        // An editor may have saved a byte order mark; it is not part of the first key.
        text = text.StartsWith('\uFEFF') ? text[1..] : text;
        return format switch
        {
            ConfigFormat.Conf => ParseConf(sourceName, text),
            ConfigFormat.Json => ParseJson(sourceName, text),
            // Stryker disable once String : the words of an error are the author's; the specs check the kind of error and the source and line it names.
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown configuration format."),
        };
    }

    private static Dictionary<string, string> ParseConf(string sourceName, string text)
    {
        var settings = new SettingsBuilder(sourceName);
        var section = "";
        var lineNumber = 0;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.IsEmpty || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                if (line[^1] != ']')
                {
                    // Stryker disable once String : the words of an error are the author's; the specs check the kind of error and the source and line it names.
                    throw new ConfigFormatException(sourceName, lineNumber, "a section header must end with ']'");
                }

                var name = line[1..^1].Trim();
                if (name.IsEmpty)
                {
                    // Stryker disable once String : the words of an error are the author's; the specs check the kind of error and the source and line it names.
                    throw new ConfigFormatException(sourceName, lineNumber, "a section header needs a name");
                }

                section = string.Concat(name, Separator);
                continue;
            }

            // The first '=' ends the key: a value may contain '=' (a base64 secret, a query string).
            var equals = line.IndexOf('=');
            // Stryker disable once Equality : '=' first ('= value') is rejected either way, only the words of the error differ.
            if (equals < 0)
            {
                // The line is not quoted: it could be a password that lost its '='.
                // Stryker disable once String : the words of an error are the author's; the specs check the kind of error and the source and line it names.
                throw new ConfigFormatException(sourceName, lineNumber, "expected 'key = value'");
            }

            var key = line[..equals].TrimEnd();
            if (key.IsEmpty)
            {
                // Stryker disable once String : the words of an error are the author's; the specs check the kind of error and the source and line it names.
                throw new ConfigFormatException(sourceName, lineNumber, "the key before '=' is empty");
            }

            settings.Add(string.Concat(section, key), line[(equals + 1)..].TrimStart().ToString(), lineNumber);
        }

        return settings.Build();
    }

    private static Dictionary<string, string> ParseJson(string sourceName, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var settings = new SettingsBuilder(sourceName);
        var lines = new LineCounter(utf8);

        // Comments and trailing commas are common in hand-written JSON configuration (appsettings.json).
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                // Stryker disable once String : the words of an error are the author's; the specs check the kind of error and the source and line it names.
                throw new ConfigFormatException(sourceName, lines.LineOf(reader.TokenStartIndex), "expected a JSON object");
            }

            ReadValue(ref reader, "", settings, ref lines);

            // The reader was given the whole text, so anything after the object is an error it reports.
            if (reader.Read())
            {
                // Stryker disable once all : the reader, given the whole text, throws on content after the object itself; this line is a guard that never runs.
                throw new ConfigFormatException(sourceName, lines.LineOf(reader.TokenStartIndex), "unexpected content after the JSON object");
            }
        }
        catch (JsonException exception)
        {
            var lineNumber = (int)(exception.LineNumber ?? 0) + 1;
            throw new ConfigFormatException(sourceName, lineNumber, "invalid JSON: " + WithoutPosition(exception.Message), exception);
        }

        return settings.Build();
    }

    /// <summary>Flattens one JSON value into dotted keys: objects by property name, arrays by index.</summary>
    private static void ReadValue(ref Utf8JsonReader reader, string path, SettingsBuilder settings, ref LineCounter lines)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    ReadValue(ref reader, Join(path, name), settings, ref lines);
                }

                break;

            case JsonTokenType.StartArray:
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    ReadValue(ref reader, Join(path, index++.ToString(CultureInfo.InvariantCulture)), settings, ref lines);
                }

                break;

            case JsonTokenType.String:
                settings.Add(path, reader.GetString()!, lines.LineOf(reader.TokenStartIndex));
                break;

            case JsonTokenType.Number:
                // Keep the number as written: 1.20 and 1.2 are different text in a file, and re-formatting
                // a double could change a value the checker is supposed to report as it is.
                settings.Add(path, Encoding.UTF8.GetString(reader.ValueSpan), lines.LineOf(reader.TokenStartIndex));
                break;

            case JsonTokenType.True or JsonTokenType.False:
                settings.Add(path, reader.GetBoolean() ? "true" : "false", lines.LineOf(reader.TokenStartIndex));
                break;

            case JsonTokenType.Null:
                // Values here are text, and null has none: an empty value. (Microsoft.Extensions.Configuration
                // keeps it as null, a key without a value; the guide says where the kata parts from it.)
                settings.Add(path, "", lines.LineOf(reader.TokenStartIndex));
                break;
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : string.Concat(path, Separator, name);

    /// <summary>"'x' is invalid after a value. LineNumber: 2 | BytePositionInLine: 4." without the position: the message names the line already.</summary>
    private static string WithoutPosition(string message)
    {
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (position < 0 ? message : message[..position]).TrimEnd('.', ' ');
    }

    /// <summary>Collects the settings and remembers the line of each key, to name both lines of a duplicate.</summary>
    private sealed class SettingsBuilder(string sourceName)
    {
        private readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

        public void Add(string key, string value, int lineNumber)
        {
            // A duplicate key is ambiguous: which of the two values does the application use? Do not guess.
            if (!_lines.TryAdd(key, lineNumber))
            {
                throw new ConfigFormatException(sourceName, lineNumber, $"duplicate key '{key}' (first set on line {_lines[key]})");
            }

            _settings.Add(key, value);
        }

        public Dictionary<string, string> Build() => _settings;
    }

    /// <summary>
    /// Turns byte offsets into line numbers. The reader moves forward only, so counting the newlines since
    /// the last offset keeps the whole parse linear.
    /// </summary>
    private struct LineCounter(byte[] utf8)
    {
        private int _offset;
        private int _line = 1;

        public int LineOf(long offset)
        {
            var end = (int)Math.Min(offset, utf8.Length);
            // Stryker disable once Equality : counting the newlines of an empty span adds nothing.
            if (end > _offset)
            {
                _line += utf8.AsSpan(_offset, end - _offset).Count((byte)'\n');
                _offset = end;
            }

            return _line;
        }
    }
}

/// <summary>
/// Which keys the checker ignores (host-specific keys such as <c>hostname</c>, which differ on every
/// server by design) and which it treats as secrets (compared, but never shown). Patterns match whole
/// keys, ignoring case; <c>*</c> matches any run of characters, dots included.
/// </summary>
public sealed class DriftRules
{
    private readonly string[] _ignore;
    private readonly string[] _sensitive;

    /// <param name="ignore">Patterns of keys that are never compared: <c>hostname</c>, <c>*.node_id</c>.</param>
    /// <param name="sensitive">Patterns of keys whose values are secrets: <c>*password*</c>.</param>
    public DriftRules(IEnumerable<string> ignore, IEnumerable<string> sensitive)
    {
        _ignore = Patterns(ignore, nameof(ignore));
        _sensitive = Patterns(sensitive, nameof(sensitive));
    }

    /// <summary>No key is ignored and none is secret.</summary>
    public static DriftRules None { get; } = new([], []);

    /// <summary>Host-specific keys are ignored, and keys that look like passwords, secrets or tokens are secret.</summary>
    // Stryker disable once String : a static initializer runs once per process, so Stryker cannot switch these mutants per spec; step 5 has a spec for every pattern.
    public static DriftRules Default { get; } = new(
        ignore: ["hostname", "*.hostname", "node.id", "node_id", "*.node_id"],
        sensitive: ["*password*", "*secret*", "*token*", "*api_key*", "*apikey*"]);

    /// <summary>True when <paramref name="key"/> is host-specific and must not be compared.</summary>
    public bool IsIgnored(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return MatchesAny(_ignore, key);
    }

    /// <summary>True when <paramref name="key"/> holds a secret: compared, but its values never shown.</summary>
    public bool IsSensitive(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return MatchesAny(_sensitive, key);
    }

    private static string[] Patterns(IEnumerable<string> patterns, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(patterns, parameterName);
        var array = patterns.ToArray();
        if (Array.FindIndex(array, string.IsNullOrWhiteSpace) is var blank and >= 0)
        {
            // An empty pattern would match nothing and look like a rule that works.
            // Stryker disable once String : the words of an error are the author's; the specs check the kind of error and the source and line it names.
            throw new ArgumentException($"Pattern {blank} is empty; a rule needs a key or a pattern such as '*.hostname'.", parameterName);
        }

        return array;
    }

    private static bool MatchesAny(string[] patterns, string key)
    {
        foreach (var pattern in patterns)
        {
            if (Matches(pattern, key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Glob matching with '*' only: on a mismatch, let the last '*' swallow one more character.</summary>
    private static bool Matches(string pattern, string key)
    {
        int p = 0, k = 0, star = -1, resume = 0;
        while (k < key.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = k;
            }
            else if (p < pattern.Length && char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(key[k]))
            {
                p++;
                k++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                k = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}

/// <summary>
/// Finds configuration drift: compares servers with a baseline (given, or the majority of the fleet)
/// key by key, and reports what was added, removed or changed, the way CloudFormation reports drift.
/// </summary>
public sealed class DriftDetector
{
    /// <param name="rules">Which keys to ignore and which to mask; <see cref="DriftRules.None"/> when null.</param>
    public DriftDetector(DriftRules? rules = null)
    {
        Rules = rules ?? DriftRules.None;
    }

    public DriftRules Rules { get; }

    /// <summary>
    /// Compares one server with the baseline. The order of the keys does not matter; differences come
    /// ordered by key (ordinal).
    /// </summary>
    public ServerDrift Compare(string server, IReadOnlyDictionary<string, string> baseline, IReadOnlyDictionary<string, string> actual)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(server);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(actual);

        var kinds = new KeyKinds(Rules, skipped: []);
        var (entries, lookup) = Prepare(baseline, kinds);
        return Compare(server, entries, lookup, actual, kinds);
    }

    /// <summary>Compares every server of a fleet with <paramref name="baseline"/>.</summary>
    /// <exception cref="ArgumentException">Two servers have the same name.</exception>
    public DriftReport CheckFleet(IReadOnlyDictionary<string, string> baseline, IReadOnlyList<ServerConfig> servers)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(servers);
        return Check(baseline, servers, ambiguousKeys: []);
    }

    /// <summary>
    /// Takes the baseline from the fleet: for every key, the value most servers have, where "the key is
    /// absent" counts as a value too. When values tie, the key is ambiguous and stays out of the baseline.
    /// Servers whose configuration was not read do not vote.
    /// </summary>
    public InferredBaseline InferBaseline(IReadOnlyList<ServerConfig> servers)
    {
        ArgumentNullException.ThrowIfNull(servers);

        var kinds = new KeyKinds(Rules, skipped: []);
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var voters = 0;
        foreach (var config in servers)
        {
            ArgumentNullException.ThrowIfNull(config, nameof(servers));
            if (config.Settings is not { } settings)
            {
                continue;
            }

            voters++;
            foreach (var (key, value) in settings)
            {
                // A host-specific key differs everywhere: it would be ambiguous on every fleet.
                if (kinds.Of(key) == KeyKind.Skipped)
                {
                    continue;
                }

                ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(votes, key, out _);
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out _)++;
            }
        }

        var baseline = new Dictionary<string, string>(votes.Count, StringComparer.Ordinal);
        var ambiguous = new List<AmbiguousKey>();
        foreach (var (key, counts) in votes)
        {
            // The servers that lack the key vote for its absence (null).
            var absent = voters - counts.Values.Sum();
            var top = Math.Max(absent, counts.Values.Max());
            var tied = counts.Where(vote => vote.Value == top).Select(vote => (string?)vote.Key).ToList();
            if (absent == top)
            {
                tied.Add(null);
            }

            if (tied.Count == 1)
            {
                if (tied[0] is { } value)
                {
                    baseline.Add(key, value);
                }

                continue;
            }

            // A tie is reported, never decided: picking one would "fix" half the fleet to a guess.
            tied.Sort(string.CompareOrdinal);
            var sensitive = kinds.Of(key) == KeyKind.Sensitive;
            var shown = sensitive ? tied.ConvertAll(value => value is null ? null : PropertyDifference.SensitiveValue) : tied;
            ambiguous.Add(new AmbiguousKey(key, shown, top, sensitive));
        }

        ambiguous.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new InferredBaseline(baseline, ambiguous);
    }

    /// <summary>Compares every server with the baseline the fleet's majority gives (<see cref="InferBaseline"/>).</summary>
    /// <exception cref="ArgumentException">Two servers have the same name.</exception>
    public DriftReport CheckFleet(IReadOnlyList<ServerConfig> servers)
    {
        ArgumentNullException.ThrowIfNull(servers);
        var inferred = InferBaseline(servers);
        return Check(inferred.Values, servers, inferred.AmbiguousKeys);
    }

    private DriftReport Check(IReadOnlyDictionary<string, string> baseline, IReadOnlyList<ServerConfig> servers, IReadOnlyList<AmbiguousKey> ambiguousKeys)
    {
        // Keys repeat on every server: decide each key's rule once per check, not once per server.
        var kinds = new KeyKinds(Rules, skipped: ambiguousKeys.Select(ambiguous => ambiguous.Key));
        var (entries, lookup) = Prepare(baseline, kinds);
        var names = new HashSet<string>(servers.Count, StringComparer.Ordinal);
        var results = new ServerDrift[servers.Count];
        for (var i = 0; i < servers.Count; i++)
        {
            // Stryker disable once String : the words of an error are the author's; the specs check the kind of error and the source and line it names.
            var config = servers[i] ?? throw new ArgumentException($"Server {i} is null.", nameof(servers));
            if (!names.Add(config.Server))
            {
                throw new ArgumentException($"Two servers are named '{config.Server}'; names in a fleet must be unique.", nameof(servers));
            }

            results[i] = config switch
            {
                { Settings: { } settings } => Compare(config.Server, entries, lookup, settings, kinds),
                { NotCheckedReason: { } reason } => new ServerDrift(config.Server, DriftStatus.NotChecked, [], reason),
                // CloudFormation lists no differences for a deleted resource; listing every baseline key as
                // REMOVE says the same and gives the plan what it needs to rebuild the file.
                _ => new ServerDrift(config.Server, DriftStatus.Deleted, Array.ConvertAll(entries, entry => Difference(entry.Key, entry.Value, null, DifferenceType.Remove, entry.IsSensitive))),
            };
        }

        return new DriftReport(lookup, results, ambiguousKeys);
    }

    /// <summary>The baseline without skipped keys: as an array in key order to walk, and as a dictionary to look up.</summary>
    private static (BaselineEntry[] Entries, Dictionary<string, string> Lookup) Prepare(IReadOnlyDictionary<string, string> baseline, KeyKinds kinds)
    {
        var lookup = new Dictionary<string, string>(baseline.Count, StringComparer.Ordinal);
        var entries = new List<BaselineEntry>(baseline.Count);
        foreach (var (key, value) in baseline)
        {
            var kind = kinds.Of(key);
            if (kind != KeyKind.Skipped)
            {
                lookup.Add(key, value);
                entries.Add(new BaselineEntry(key, value, kind == KeyKind.Sensitive));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return (entries.ToArray(), lookup);
    }

    private static ServerDrift Compare(
        string server, BaselineEntry[] baseline, Dictionary<string, string> lookup, IReadOnlyDictionary<string, string> actual, KeyKinds kinds)
    {
        // Most servers are in sync: allocate the list only when the first difference shows up.
        List<PropertyDifference>? differences = null;

        // Look every baseline key up by name: the order of the lines in a file means nothing.
        var found = 0;
        foreach (var entry in baseline)
        {
            if (!actual.TryGetValue(entry.Key, out var value))
            {
                (differences ??= []).Add(Difference(entry.Key, entry.Value, null, DifferenceType.Remove, entry.IsSensitive));
                continue;
            }

            // Stryker disable once all : found only saves the loop over the server's keys when every one was in the baseline; without it the loop finds nothing more.
            found++;
            if (!string.Equals(entry.Value, value, StringComparison.Ordinal))
            {
                (differences ??= []).Add(Difference(entry.Key, entry.Value, value, DifferenceType.NotEqual, entry.IsSensitive));
            }
        }

        // Keys the baseline does not have; when every key of the server was found there are none.
        // Stryker disable once Equality : as above, <= only runs the loop that finds nothing more.
        if (found < actual.Count)
        {
            foreach (var (key, value) in actual)
            {
                var kind = lookup.ContainsKey(key) ? KeyKind.Skipped : kinds.Of(key);
                if (kind != KeyKind.Skipped)
                {
                    (differences ??= []).Add(Difference(key, null, value, DifferenceType.Add, kind == KeyKind.Sensitive));
                }
            }
        }

        if (differences is null)
        {
            return new ServerDrift(server, DriftStatus.InSync, []);
        }

        differences.Sort((a, b) => string.CompareOrdinal(a.PropertyPath, b.PropertyPath));
        return new ServerDrift(server, DriftStatus.Modified, differences);
    }

    /// <summary>A difference whose values are masked when the key is a secret, so no report can leak it.</summary>
    private static PropertyDifference Difference(string key, string? expected, string? actual, DifferenceType type, bool sensitive) =>
        sensitive
            ? new PropertyDifference(key, Mask(expected), Mask(actual), type, IsSensitive: true)
            : new PropertyDifference(key, expected, actual, type);

    private static string? Mask(string? value) => value is null ? null : PropertyDifference.SensitiveValue;

    private readonly record struct BaselineEntry(string Key, string Value, bool IsSensitive);

    private enum KeyKind
    {
        Compared,
        Sensitive,
        Skipped,
    }

    /// <summary>The rule of each key, decided once per check; ambiguous keys are skipped like ignored ones.</summary>
    private sealed class KeyKinds(DriftRules rules, IEnumerable<string> skipped)
    {
        private readonly Dictionary<string, KeyKind> _kinds = skipped.ToDictionary(key => key, _ => KeyKind.Skipped, StringComparer.Ordinal);

        public KeyKind Of(string key)
        {
            ref var kind = ref CollectionsMarshal.GetValueRefOrAddDefault(_kinds, key, out var known);
            if (!known)
            {
                kind = rules.IsIgnored(key) ? KeyKind.Skipped : rules.IsSensitive(key) ? KeyKind.Sensitive : KeyKind.Compared;
            }

            return kind;
        }
    }
}

/// <summary>
/// What it takes to bring every server back to the baseline, as Terraform plans it: a text for humans
/// ("Plan: 1 to add, 2 to change, 0 to destroy."), an RFC 6902 JSON Patch per server for machines, and
/// the exit code of <c>terraform plan -detailed-exitcode</c>.
/// </summary>
public sealed class DriftPlan
{
    /// <summary>Every server matches the baseline.</summary>
    public const int InSyncExitCode = 0;

    /// <summary>The check is incomplete: a server was not checked, or a key is ambiguous.</summary>
    public const int ErrorExitCode = 1;

    /// <summary>Some servers drifted, and the plan brings them back.</summary>
    public const int DriftExitCode = 2;

    private readonly DriftReport _report;

    private DriftPlan(DriftReport report, int toAdd, int toChange, int toDestroy)
    {
        _report = report;
        ToAdd = toAdd;
        ToChange = toChange;
        ToDestroy = toDestroy;
    }

    /// <summary>Keys to add: the server lacks them (REMOVE), or its whole configuration is gone.</summary>
    public int ToAdd { get; }

    /// <summary>Keys to set back to the baseline's value (NOT_EQUAL).</summary>
    public int ToChange { get; }

    /// <summary>Keys to remove: the baseline does not have them (ADD).</summary>
    public int ToDestroy { get; }

    /// <summary>0 when every server is in sync, 2 when some drifted, 1 when the check is incomplete.</summary>
    public int ExitCode =>
        _report.AmbiguousKeys.Count > 0 || _report.Servers.Any(server => server.Status == DriftStatus.NotChecked) ? ErrorExitCode
        : ToAdd + ToChange + ToDestroy > 0 ? DriftExitCode
        : InSyncExitCode;

    /// <summary>The plan for <paramref name="report"/>.</summary>
    public static DriftPlan For(DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        int toAdd = 0, toChange = 0, toDestroy = 0;
        foreach (var difference in report.Servers.SelectMany(server => server.Differences))
        {
            // The difference describes the server; the plan does the opposite to undo it.
            switch (difference.DifferenceType)
            {
                case DifferenceType.Remove:
                    toAdd++;
                    break;
                case DifferenceType.NotEqual:
                    toChange++;
                    break;
                case DifferenceType.Add:
                    toDestroy++;
                    break;
            }
        }

        return new DriftPlan(report, toAdd, toChange, toDestroy);
    }

    /// <summary>
    /// The plan as Terraform prints it: one block per server that needs changes, <c>+</c> add, <c>~</c>
    /// change, <c>-</c> destroy, <c>!</c> for what could not be planned, and the summary line. Secrets show
    /// as <c>(sensitive value)</c>. Lines end with <c>\n</c>.
    /// </summary>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var server in _report.Servers)
        {
            switch (server.Status)
            {
                case DriftStatus.Modified:
                case DriftStatus.Deleted:
                    // A deleted configuration is created again: the whole block is "+".
                    text.Append(server.Status == DriftStatus.Deleted ? "  + " : "  ~ ").Append(server.Server).Append('\n');
                    foreach (var difference in server.Differences)
                    {
                        text.Append("      ").Append(Line(difference)).Append('\n');
                    }

                    break;

                case DriftStatus.NotChecked:
                    text.Append("  ! ").Append(server.Server).Append(": not checked (").Append(server.Reason).Append(")\n");
                    break;
            }
        }

        foreach (var ambiguous in _report.AmbiguousKeys)
        {
            text.Append("  ! ").Append(ambiguous.Key).Append(": ").Append(Describe(ambiguous)).Append('\n');
        }

        if (text.Length == 0)
        {
            return "No changes. Every server matches the baseline.\n";
        }

        return text.Append('\n')
            .Append(CultureInfo.InvariantCulture, $"Plan: {ToAdd} to add, {ToChange} to change, {ToDestroy} to destroy.\n")
            .ToString();
    }

    /// <summary>
    /// The RFC 6902 JSON Patch that brings <paramref name="server"/>'s settings, as a flat JSON object, back
    /// to the baseline: <c>add</c> what it lacks, <c>replace</c> what differs, <c>remove</c> what the baseline
    /// does not have, in key order. <c>[]</c> when it is in sync; a deleted server's patch applies to <c>{}</c>.
    /// </summary>
    /// <remarks>The patch carries the baseline's values, secrets included, because applying it must set them: keep it like a secret.</remarks>
    /// <exception cref="ArgumentException">The report has no such server.</exception>
    /// <exception cref="InvalidOperationException">The server was not checked: nothing is known to patch.</exception>
    public string JsonPatchFor(string server)
    {
        ArgumentNullException.ThrowIfNull(server);
        // Stryker disable once String : the words of an error are the author's; the specs check the kind of error and the source and line it names.
        var drift = _report.Servers.FirstOrDefault(entry => entry.Server == server)
            ?? throw new ArgumentException($"The report has no server '{server}'.", nameof(server));
        if (drift.Status == DriftStatus.NotChecked)
        {
            // Stryker disable once String : the words of an error are the author's; the specs check the kind of error and the source and line it names.
            throw new InvalidOperationException($"{server} was not checked ({drift.Reason}): there is nothing to patch.");
        }

        var buffer = new ArrayBufferWriter<byte>();
        // The patch is JSON for a machine, not HTML: escape what JSON requires and keep '+' or '<' readable.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var difference in drift.Differences)
            {
                json.WriteStartObject();
                json.WriteString("op", difference.DifferenceType switch
                {
                    DifferenceType.Remove => "add",
                    DifferenceType.NotEqual => "replace",
                    _ => "remove",
                });
                json.WriteString("path", Pointer(difference.PropertyPath));
                if (difference.DifferenceType != DifferenceType.Add)
                {
                    // From the baseline, not from the difference: a secret's difference is masked.
                    json.WriteString("value", _report.Baseline[difference.PropertyPath]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A JSON Pointer (RFC 6901) to one key: '~' becomes ~0 first, then '/' becomes ~1.</summary>
    private static string Pointer(string key) => "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string Line(PropertyDifference difference) => difference.DifferenceType switch
    {
        DifferenceType.Remove => $"+ {difference.PropertyPath} = {Value(difference.ExpectedValue, difference.IsSensitive)}",
        DifferenceType.NotEqual when difference.IsSensitive => $"~ {difference.PropertyPath} = {PropertyDifference.SensitiveValue}",
        DifferenceType.NotEqual => $"~ {difference.PropertyPath} = {Value(difference.ActualValue, false)} -> {Value(difference.ExpectedValue, false)}",
        _ => $"- {difference.PropertyPath} = {Value(difference.ActualValue, difference.IsSensitive)} -> null",
    };

    private static string Describe(AmbiguousKey ambiguous)
    {
        var servers = ambiguous.ServersEach == 1 ? "1 server" : $"{ambiguous.ServersEach} servers";
        return ambiguous.IsSensitive
            ? $"ambiguous, {ambiguous.TiedValues.Count} different values with {servers} each ({PropertyDifference.SensitiveValue})"
            : $"ambiguous, {servers} each for {string.Join(", ", ambiguous.TiedValues.Select(value => value is null ? "(absent)" : Value(value, false)))}";
    }

    private static string Value(string? value, bool sensitive) =>
        sensitive ? PropertyDifference.SensitiveValue
        : value is null ? "null"
        : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// Reads the configuration of real servers over HTTP. A server that is down, slow, or serves something
/// unreadable is reported NOT_CHECKED with the reason; it never stops the check of the others.
/// </summary>
public sealed class ConfigCollector
{
    /// <summary>The longest the collector's HTTP client may wait, whatever timeout a read asks for.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The default bound on reads in flight.</summary>
    public const int DefaultMaxConcurrency = 8;

    /// <summary>The largest configuration the default client reads: anything larger is not a config file.</summary>
    public const int MaxConfigBytes = 1024 * 1024;

    private readonly HttpClient _client;
    private readonly TimeProvider _time;
    private readonly int _maxConcurrency;

    /// <param name="client">Sends the requests. Its own <see cref="HttpClient.Timeout"/> is not the read's timeout.</param>
    /// <param name="timeProvider">Measures timeouts; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="maxConcurrency">The most reads in flight at once.</param>
    public ConfigCollector(HttpClient client, TimeProvider? timeProvider = null, int maxConcurrency = DefaultMaxConcurrency)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        _client = client;
        _time = timeProvider ?? TimeProvider.System;
        _maxConcurrency = maxConcurrency;
    }

    /// <summary>A collector with an HTTP client set up for real servers.</summary>
    public static ConfigCollector CreateDefault(TimeProvider? timeProvider = null)
    {
        var handler = new SocketsHttpHandler
        {
            // A redirect is not this server's configuration: following it could report another server's
            // file as this one's.
            AllowAutoRedirect = false,
            // The read's own timeout cancels a slow connect; this cap holds even for a caller that never cancels.
            ConnectTimeout = MaxTimeout,
            // Read from the server itself, never from a proxy that could answer for it.
            // Stryker disable once Boolean : no proxy is set where the specs run, so a proxy that is allowed is never used.
            UseProxy = false,
            // Reconnect now and then, so a server that moved to another address is found again.
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        };

        var client = new HttpClient(handler) { Timeout = MaxTimeout, MaxResponseContentBufferSize = MaxConfigBytes };
        return new ConfigCollector(client, timeProvider);
    }

    /// <summary>
    /// Reads one server's configuration: 2xx is read (<c>application/json</c> as JSON, <c>text/plain</c> or
    /// no content type as app.conf), 404 is DELETED, anything else NOT_CHECKED with the reason.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is zero, negative or above <see cref="MaxTimeout"/>.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public async Task<ServerConfig> ReadAsync(ConfigSource source, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(timeout, MaxTimeout);

        using var timeoutSource = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            using var response = await _client.GetAsync(source.Uri, linked.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return ServerConfig.Deleted(source.Server);
            }

            if (!response.IsSuccessStatusCode)
            {
                return ServerConfig.Unreachable(source.Server, "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            }

            if (FormatOf(response.Content.Headers.ContentType) is not { } format)
            {
                return ServerConfig.Unreachable(source.Server, $"unsupported content type '{response.Content.Headers.ContentType?.MediaType}'");
            }

            var text = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            return ServerConfig.Of(source.Server, ConfigParser.Parse($"{source.Server} ({source.Uri})", text, format));
        }
        catch (ConfigFormatException exception)
        {
            // One broken file must not stop the check of the fleet; its message names the line.
            return ServerConfig.Unreachable(source.Server, exception.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The read's timeout, or the client's own (HttpClient.Timeout) when that is the shorter one:
            // either way no answer came in time.
            var waited = timeoutSource.IsCancellationRequested ? timeout : _client.Timeout;
            // Stryker disable once String : "0.###" and the default format differ only below a millisecond.
            return ServerConfig.Unreachable(source.Server, "timed out after " + waited.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s");
        }
        catch (HttpRequestException exception)
        {
            return ServerConfig.Unreachable(source.Server, exception.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused }
                ? "connection refused"
                : exception.Message);
        }
    }

    /// <summary>Reads every server at once, at most <c>maxConcurrency</c> at a time; results in the order of <paramref name="sources"/>.</summary>
    public async Task<IReadOnlyList<ServerConfig>> CollectAsync(
        IReadOnlyList<ConfigSource> sources, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);

        var results = new ServerConfig[sources.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxConcurrency, CancellationToken = cancellationToken };

        // Each read writes only its own slot: no lock, and the order of the sources is kept.
        await Parallel.ForEachAsync(Enumerable.Range(0, sources.Count), options, async (index, token) =>
            results[index] = await ReadAsync(sources[index], timeout, token).ConfigureAwait(false)).ConfigureAwait(false);

        return results;
    }

    /// <summary>Media types are case-insensitive (RFC 9110); <c>application/problem+json</c> and the like are JSON too.</summary>
    private static ConfigFormat? FormatOf(MediaTypeHeaderValue? contentType) => contentType?.MediaType switch
    {
        null => ConfigFormat.Conf,
        { } type when type.Equals("text/plain", StringComparison.OrdinalIgnoreCase) => ConfigFormat.Conf,
        { } type when type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase) => ConfigFormat.Json,
        _ => null,
    };
}
