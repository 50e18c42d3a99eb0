using System.Text.Json;
using Katas.Tool.Cli;

namespace Katas.Tool.Pairing;

/// <summary>
/// The people who paired in this clone, remembered in .kata/pair/people.json (never committed), so that
/// the next start needs only the names, or nothing at all for the same pair.
/// </summary>
internal sealed class PairPeople
{
    private readonly string _path;
    private readonly Dictionary<string, string> _emails;
    private readonly PairTexts _texts;

    private PairPeople(string path, Dictionary<string, string> emails, string? lastDriver, string? lastNavigator, Language language)
    {
        _path = path;
        _texts = PairTexts.For(language);
        _emails = emails;
        LastDriver = lastDriver;
        LastNavigator = lastNavigator;
    }

    public string? LastDriver { get; private set; }

    public string? LastNavigator { get; private set; }

    public static PairPeople Load(string folder, Language language)
    {
        var path = Path.Combine(folder, "people.json");
        try
        {
            var saved = File.Exists(path) ? JsonSerializer.Deserialize<Saved>(File.ReadAllText(path)) : null;
            return new PairPeople(path, new Dictionary<string, string>(saved?.Emails ?? [], StringComparer.OrdinalIgnoreCase), saved?.LastDriver, saved?.LastNavigator, language);
        }
        catch (JsonException)
        {
            // A file edited by hand into something unreadable: start again rather than stop the pair.
            return new PairPeople(path, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), null, null, language);
        }
    }

    /// <summary>"Name &lt;email&gt;" as given, or a name remembered from an earlier start.</summary>
    public PairPerson Resolve(string text, string option)
    {
        if (PairPerson.Parse(text) is { } person)
        {
            return person;
        }

        var name = text.Trim();
        if (name.Length == 0 || name.Contains('<', StringComparison.Ordinal) || name.Contains('>', StringComparison.Ordinal))
        {
            throw new UsageException(_texts.NotAName(option, text));
        }

        return _emails.TryGetValue(name, out var email)
            ? new PairPerson(_emails.Keys.First(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)), email)
            : throw new UsageException(_texts.UnknownName(option, name));
    }

    public void Remember(PairPerson driver, PairPerson navigator)
    {
        _emails[driver.Name] = driver.Email;
        _emails[navigator.Name] = navigator.Email;
        LastDriver = driver.Name;
        LastNavigator = navigator.Name;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        File.WriteAllText(_path, JsonSerializer.Serialize(new Saved(new Dictionary<string, string>(_emails), LastDriver, LastNavigator), new JsonSerializerOptions { WriteIndented = true }));
    }

    private sealed record Saved(Dictionary<string, string> Emails, string? LastDriver, string? LastNavigator);
}
