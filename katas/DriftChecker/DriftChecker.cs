namespace Katas.DriftChecker;

// Kata 4: the drift checker. This is the file you edit.
// Run `./kata` (or `dotnet run --project tools/Kata`) to see which step is next and why it fails.
// The guide, README.md (한국어: README.ko.md), explains each step; Model/ holds the types you use.

/// <summary>
/// Reads a configuration file into a flat map of keys to values. A file that cannot be read completely
/// is an error that names the file and the line: never a partial result, which would look like drift.
/// </summary>
public static class ConfigParser
{
    /// <summary>Parses <paramref name="text"/> as <paramref name="format"/>.</summary>
    /// <param name="sourceName">Where the text came from, for error messages: <c>app.conf</c>, or a server and its URL.</param>
    /// <param name="text">The whole file.</param>
    /// <param name="format">How to read it.</param>
    /// <returns>Every key with its value; keys are case-sensitive (ordinal), as on a Linux file system.</returns>
    /// <exception cref="ConfigFormatException">The text is malformed; the message names the source and the line.</exception>
    public static IReadOnlyDictionary<string, string> Parse(string sourceName, string text, ConfigFormat format) =>
        throw new NotImplementedException("Step 1: write ConfigParser.Parse. / 1단계: ConfigParser.Parse를 구현하세요.");
}

/// <summary>
/// Which keys the checker ignores (host-specific keys such as <c>hostname</c>, which differ on every
/// server by design) and which it treats as secrets (compared, but never shown). Patterns match whole
/// keys, ignoring case; <c>*</c> matches any run of characters, dots included.
/// </summary>
public sealed class DriftRules
{
    private readonly IEnumerable<string> _ignore;
    private readonly IEnumerable<string> _sensitive;

    /// <param name="ignore">Patterns of keys that are never compared: <c>hostname</c>, <c>*.node_id</c>.</param>
    /// <param name="sensitive">Patterns of keys whose values are secrets: <c>*password*</c>.</param>
    public DriftRules(IEnumerable<string> ignore, IEnumerable<string> sensitive)
    {
        _ignore = ignore;
        _sensitive = sensitive;
    }

    /// <summary>No key is ignored and none is secret.</summary>
    public static DriftRules None { get; } = new([], []);

    /// <summary>Host-specific keys are ignored, and keys that look like passwords, secrets or tokens are secret.</summary>
    public static DriftRules Default { get; } = new(
        ignore: ["hostname", "*.hostname", "node.id", "node_id", "*.node_id"],
        sensitive: ["*password*", "*secret*", "*token*", "*api_key*", "*apikey*"]);

    /// <summary>True when <paramref name="key"/> is host-specific and must not be compared.</summary>
    public bool IsIgnored(string key) =>
        throw new NotImplementedException("Step 5: write DriftRules.IsIgnored. / 5단계: DriftRules.IsIgnored를 구현하세요.");

    /// <summary>True when <paramref name="key"/> holds a secret: compared, but its values never shown.</summary>
    public bool IsSensitive(string key) =>
        throw new NotImplementedException("Step 5: write DriftRules.IsSensitive. / 5단계: DriftRules.IsSensitive를 구현하세요.");
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
    public ServerDrift Compare(string server, IReadOnlyDictionary<string, string> baseline, IReadOnlyDictionary<string, string> actual) =>
        throw new NotImplementedException("Step 2: write DriftDetector.Compare. / 2단계: DriftDetector.Compare를 구현하세요.");

    /// <summary>Compares every server of a fleet with <paramref name="baseline"/>.</summary>
    /// <exception cref="ArgumentException">Two servers have the same name.</exception>
    public DriftReport CheckFleet(IReadOnlyDictionary<string, string> baseline, IReadOnlyList<ServerConfig> servers) =>
        throw new NotImplementedException("Step 3: write DriftDetector.CheckFleet. / 3단계: DriftDetector.CheckFleet을 구현하세요.");

    /// <summary>
    /// Takes the baseline from the fleet: for every key, the value most servers have, where "the key is
    /// absent" counts as a value too. When values tie, the key is ambiguous and stays out of the baseline.
    /// Servers whose configuration was not read do not vote.
    /// </summary>
    public InferredBaseline InferBaseline(IReadOnlyList<ServerConfig> servers) =>
        throw new NotImplementedException("Step 4: write DriftDetector.InferBaseline. / 4단계: DriftDetector.InferBaseline을 구현하세요.");

    /// <summary>Compares every server with the baseline the fleet's majority gives (<see cref="InferBaseline"/>).</summary>
    /// <exception cref="ArgumentException">Two servers have the same name.</exception>
    public DriftReport CheckFleet(IReadOnlyList<ServerConfig> servers) =>
        throw new NotImplementedException("Step 4: write DriftDetector.CheckFleet(servers). / 4단계: DriftDetector.CheckFleet(servers)를 구현하세요.");
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

    private DriftPlan()
    {
    }

    /// <summary>Keys to add: the server lacks them (REMOVE), or its whole configuration is gone.</summary>
    public int ToAdd =>
        throw new NotImplementedException("Step 6: write DriftPlan.ToAdd. / 6단계: DriftPlan.ToAdd를 구현하세요.");

    /// <summary>Keys to set back to the baseline's value (NOT_EQUAL).</summary>
    public int ToChange =>
        throw new NotImplementedException("Step 6: write DriftPlan.ToChange. / 6단계: DriftPlan.ToChange를 구현하세요.");

    /// <summary>Keys to remove: the baseline does not have them (ADD).</summary>
    public int ToDestroy =>
        throw new NotImplementedException("Step 6: write DriftPlan.ToDestroy. / 6단계: DriftPlan.ToDestroy를 구현하세요.");

    /// <summary>0 when every server is in sync, 2 when some drifted, 1 when the check is incomplete.</summary>
    public int ExitCode =>
        throw new NotImplementedException("Step 6: write DriftPlan.ExitCode. / 6단계: DriftPlan.ExitCode를 구현하세요.");

    /// <summary>The plan for <paramref name="report"/>.</summary>
    public static DriftPlan For(DriftReport report) =>
        throw new NotImplementedException("Step 6: write DriftPlan.For. / 6단계: DriftPlan.For를 구현하세요.");

    /// <summary>
    /// The plan as Terraform prints it: one block per server that needs changes, <c>+</c> add, <c>~</c>
    /// change, <c>-</c> destroy, <c>!</c> for what could not be planned, and the summary line. Secrets show
    /// as <c>(sensitive value)</c>. Lines end with <c>\n</c>.
    /// </summary>
    public string ToText() =>
        throw new NotImplementedException("Step 6: write DriftPlan.ToText. / 6단계: DriftPlan.ToText를 구현하세요.");

    /// <summary>
    /// The RFC 6902 JSON Patch that brings <paramref name="server"/>'s settings, as a flat JSON object, back
    /// to the baseline: <c>add</c> what it lacks, <c>replace</c> what differs, <c>remove</c> what the baseline
    /// does not have, in key order. <c>[]</c> when it is in sync; a deleted server's patch applies to <c>{}</c>.
    /// </summary>
    /// <remarks>The patch carries the baseline's values, secrets included, because applying it must set them: keep it like a secret.</remarks>
    /// <exception cref="ArgumentException">The report has no such server.</exception>
    /// <exception cref="InvalidOperationException">The server was not checked: nothing is known to patch.</exception>
    public string JsonPatchFor(string server) =>
        throw new NotImplementedException("Step 6: write DriftPlan.JsonPatchFor. / 6단계: DriftPlan.JsonPatchFor를 구현하세요.");
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
        _client = client;
        _time = timeProvider ?? TimeProvider.System;
        _maxConcurrency = maxConcurrency;
    }

    /// <summary>A collector with an HTTP client set up for real servers.</summary>
    public static ConfigCollector CreateDefault(TimeProvider? timeProvider = null) =>
        throw new NotImplementedException("Step 7: write ConfigCollector.CreateDefault. / 7단계: ConfigCollector.CreateDefault를 구현하세요.");

    /// <summary>
    /// Reads one server's configuration: 2xx is read (<c>application/json</c> as JSON, <c>text/plain</c> or
    /// no content type as app.conf), 404 is DELETED, anything else NOT_CHECKED with the reason.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is zero, negative or above <see cref="MaxTimeout"/>.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public Task<ServerConfig> ReadAsync(ConfigSource source, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Step 7: write ConfigCollector.ReadAsync. / 7단계: ConfigCollector.ReadAsync를 구현하세요.");

    /// <summary>Reads every server at once, at most <c>maxConcurrency</c> at a time; results in the order of <paramref name="sources"/>.</summary>
    public Task<IReadOnlyList<ServerConfig>> CollectAsync(
        IReadOnlyList<ConfigSource> sources, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Step 7: write ConfigCollector.CollectAsync. / 7단계: ConfigCollector.CollectAsync를 구현하세요.");
}
