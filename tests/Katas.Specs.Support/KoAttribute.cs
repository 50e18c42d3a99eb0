using Xunit.v3;

namespace Katas.Specs;

/// <summary>
/// The Korean title of a spec, written beside it: <c>[Ko("200 응답은 정상입니다")]</c> above
/// <c>A_200_answer_is_healthy</c>. `./kata --lang ko` shows it where the English name would be; it
/// travels as the trait <c>ko</c>, so test explorers show it too.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class KoAttribute : Attribute, ITraitAttribute
{
    /// <summary>The trait name that carries the Korean title.</summary>
    public const string TraitName = "ko";

    public KoAttribute(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
    }

    public string Title { get; }

    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [new(TraitName, Title)];
}
