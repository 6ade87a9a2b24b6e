using LawMonitor.Indexer.Outcomes;
using static LawMonitor.Indexer.Storage.Sqlite.Sql;

namespace LawMonitor.Indexer.Monitoring;

public sealed partial class MonitoringStore
{
    public const string FindingEntity = "finding";

    private static readonly Register<Finding> Findings = new("findings", FindingEntity, "phát hiện", f => f.Version, f => f.CreatedAt,
        (f, id, version, created, updated) => f with { Id = new FindingId(id), Version = version, CreatedAt = created, UpdatedAt = updated },
        f => [("class", f.Class.ToString()), ("status", f.Status.ToString()), ("field", f.Field), ("detector_key", f.DetectorKey)]);

    /// <summary>Records a finding (open) by <paramref name="actor"/>.</summary>
    public Finding AddFinding(Finding finding, string actor) =>
        Insert(Findings, finding with { Status = FindingStatus.Open, FoundBy = finding.FoundBy.Length > 0 ? finding.FoundBy : actor }, actor, "created", null);

    /// <summary>
    /// Records a detector's candidate unless a finding with its key exists (whatever its status): returns the
    /// new finding, or null when it is already in the register.
    /// </summary>
    public Finding? AddCandidate(Finding candidate)
    {
        ArgumentException.ThrowIfNullOrEmpty(candidate.DetectorKey);
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using var exists = Command(connection, transaction, "SELECT 1 FROM findings WHERE detector_key=$k", ("$k", candidate.DetectorKey));
        if (exists.ExecuteScalar() is not null)
        {
            return null;
        }

        var stored = Insert(connection, transaction, Findings, candidate with { Status = FindingStatus.Open }, candidate.FoundBy, "detected", null);
        transaction.Commit();
        return stored;
    }

    public Finding? GetFinding(FindingId id) => Get(Findings, id.Value);

    /// <summary>The findings (with <paramref name="status"/>, when given), oldest first.</summary>
    public IReadOnlyList<Finding> ListFindings(FindingStatus? status = null) =>
        List(Findings, "$s IS NULL OR status=$s", ("$s", status?.ToString()));

    public Outcome<Finding> ConfirmFinding(FindingId id, int expectedVersion, string actor) =>
        Change(Findings, id.Value, expectedVersion, FindingLifecycle.Confirm, actor, "confirmed", null);

    public Outcome<Finding> DismissFinding(FindingId id, int expectedVersion, string actor, string? reason) =>
        Change(Findings, id.Value, expectedVersion, f => FindingLifecycle.Dismiss(f, reason), actor, "dismissed", reason);

    public Outcome<Finding> ReopenFinding(FindingId id, int expectedVersion, string actor, string? reason) =>
        Change(Findings, id.Value, expectedVersion, f => FindingLifecycle.Reopen(f, reason), actor, "reopened", reason);

    /// <summary>Edits what a finding says (description, provisions, evidence, field), keeping its status.</summary>
    public Outcome<Finding> EditFinding(FindingId id, int expectedVersion, string actor, Func<Finding, Finding> edit, string? reason = null) =>
        Change(Findings, id.Value, expectedVersion, f =>
        {
            var edited = edit(f);
            return Outcome<Finding>.Ok(edited with { Status = f.Status, DetectorKey = f.DetectorKey, FoundBy = f.FoundBy });
        }, actor, "edited", reason);
}
