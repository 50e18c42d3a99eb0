namespace Katas.DriftChecker;

/// <summary>
/// The drift status of one server, named after AWS CloudFormation's resource drift statuses
/// (<c>IN_SYNC</c>, <c>MODIFIED</c>, <c>DELETED</c>, <c>NOT_CHECKED</c>).
/// </summary>
public enum DriftStatus
{
    /// <summary>IN_SYNC: every key the baseline decides has the baseline's value, and there is no extra key.</summary>
    InSync,

    /// <summary>MODIFIED: at least one key was added, removed or changed.</summary>
    Modified,

    /// <summary>DELETED: the server answered, but it has no configuration at all.</summary>
    Deleted,

    /// <summary>NOT_CHECKED: the configuration could not be read (server down, timeout, unreadable file).</summary>
    NotChecked,
}
