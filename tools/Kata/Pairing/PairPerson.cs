using System.Text.RegularExpressions;

namespace Katas.Tool.Pairing;

/// <summary>One of the pair: a name and the e-mail that GitHub knows them by (for the Co-authored-by trailer).</summary>
internal sealed partial record PairPerson(string Name, string Email)
{
    /// <summary>"Name &lt;email&gt;", as git writes an author and a trailer.</summary>
    public override string ToString() => $"{Name} <{Email}>";

    /// <summary>The trailer that credits this person on a commit.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Trailer => $"Co-authored-by: {this}";

    /// <summary>Reads "Name &lt;email&gt;"; null when the text has no e-mail in angle brackets.</summary>
    public static PairPerson? Parse(string text)
    {
        var match = WithEmail().Match(text.Trim());
        return match.Success ? new PairPerson(match.Groups["name"].Value.Trim(), match.Groups["email"].Value.Trim()) : null;
    }

    public bool IsSamePerson(PairPerson other) =>
        string.Equals(Email, other.Email, StringComparison.OrdinalIgnoreCase) || string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?<name>[^<>]*[^\s<>][^<>]*)<(?<email>[^<>\s@]+@[^<>\s@]+)>$")]
    private static partial Regex WithEmail();
}
