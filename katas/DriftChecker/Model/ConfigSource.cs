namespace Katas.DriftChecker;

/// <summary>Where to read one server's configuration over HTTP.</summary>
/// <param name="Server">The server's name in the report: <c>server1</c>.</param>
/// <param name="Uri">The absolute URL of its configuration, for example <c>http://10.0.0.7:8080/app.conf</c>.</param>
public sealed record ConfigSource(string Server, Uri Uri);
