namespace Katas.DriftChecker;

/// <summary>The two kinds of configuration file the checker reads.</summary>
public enum ConfigFormat
{
    /// <summary>
    /// An <c>app.conf</c> style file: <c>key = value</c> lines, <c>#</c> and <c>;</c> comments, blank lines,
    /// and <c>[section]</c> headers that prefix the keys below them (<c>[db]</c> + <c>host</c> is <c>db.host</c>).
    /// </summary>
    Conf,

    /// <summary>A JSON object; nested objects and arrays become dotted keys (<c>db.host</c>, <c>hosts.0</c>).</summary>
    Json,
}
