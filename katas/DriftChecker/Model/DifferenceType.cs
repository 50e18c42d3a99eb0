namespace Katas.DriftChecker;

/// <summary>
/// How one key differs from the baseline, named after CloudFormation's property difference types
/// (<c>ADD</c>, <c>REMOVE</c>, <c>NOT_EQUAL</c>). They describe the server as it is, compared with what
/// is expected.
/// </summary>
public enum DifferenceType
{
    /// <summary>ADD: the server has a key that the baseline does not have.</summary>
    Add,

    /// <summary>REMOVE: the server lacks a key that the baseline has.</summary>
    Remove,

    /// <summary>NOT_EQUAL: both have the key, with different values.</summary>
    NotEqual,
}
