using LawMonitor.Indexer.Outcomes;

namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// The stable codes of a register's refusal (its <see cref="Problem"/>): what the API turns into a problem's status (404, 412, 409, 400)
/// and the CLI into its exit code (3, 4). Said once here, read by the registers, the endpoints and the CLI.
/// </summary>
public static class LifecycleErrorCodes
{
    /// <summary>No such record.</summary>
    public const string NotFound = "not-found";

    /// <summary>The record changed since the version the change was made from.</summary>
    public const string Conflict = "conflict";

    /// <summary>The change is not allowed from the record's status.</summary>
    public const string InvalidTransition = "invalid-transition";

    /// <summary>A fact the change needs is missing (the field names it).</summary>
    public const string Required = "required";

    /// <summary>A value cannot be used (the field names it).</summary>
    public const string Invalid = "invalid";
}
