using LawMonitor.Indexer.Monitoring.Obligations;
using LawMonitor.Indexer.Outcomes;

namespace LawMonitor.Indexer.Monitoring;

public sealed partial class MonitoringStore
{
    public const string ObligationEntity = "obligation";

    private static readonly Register<ReportingObligation> Obligations = new("obligations", ObligationEntity, "nghĩa vụ báo cáo", o => o.Version, o => o.CreatedAt,
        (o, id, version, created, updated) => o with { Id = new ObligationId(id), Version = version, CreatedAt = created, UpdatedAt = updated },
        o => [("status", o.Status.ToString()), ("recipient", o.Recipient), ("source_document", o.Source.DocumentId.Value ?? string.Empty), ("proposal_key", o.ProposalKey)]);

    /// <summary>Records the obligations read from provisions whose key is not in the register yet; the ones added.</summary>
    public IReadOnlyList<ReportingObligation> AddObligations(IEnumerable<ReportingObligation> obligations, string actor)
    {
        ArgumentNullException.ThrowIfNull(obligations);
        return [.. obligations.Select(o => InsertUnlessKeyed(Obligations, "proposal_key", o.ProposalKey, o, actor, "read")).OfType<ReportingObligation>()];
    }

    public ReportingObligation? GetObligation(ObligationId id) => Get(Obligations, id.Value);

    /// <summary>The obligations (with <paramref name="status"/>, when given), oldest first.</summary>
    public IReadOnlyList<ReportingObligation> ListObligations(ObligationStatus? status = null) =>
        List(Obligations, "$s IS NULL OR status=$s", ("$s", status?.ToString()));

    /// <summary>Records one body's report for one period (replacing what was recorded for that body and period).</summary>
    public Outcome<ReportingObligation> RecordReceipt(ObligationId id, int expectedVersion, string actor, ReportReceipt receipt) =>
        Change(Obligations, id.Value, expectedVersion, o => ObligationLifecycle.Receive(o, receipt with { RecordedBy = receipt.RecordedBy.Length > 0 ? receipt.RecordedBy : actor }), actor, "received", receipt.Note);

    public Outcome<ReportingObligation> RejectObligation(ObligationId id, int expectedVersion, string actor, string? reason) =>
        Change(Obligations, id.Value, expectedVersion, o => ObligationLifecycle.Reject(o, reason), actor, "rejected", reason);

    /// <summary>Edits who owes the report, to whom, which report and by when; its receipts and where it stands are kept.</summary>
    public Outcome<ReportingObligation> EditObligation(ObligationId id, int expectedVersion, string actor, Func<ReportingObligation, ReportingObligation> edit, string? reason = null) =>
        Change(Obligations, id.Value, expectedVersion, o => ObligationLifecycle.Edit(o, edit(o)), actor, "edited", reason);

    /// <summary>
    /// Marks <paramref name="earlier"/> as applying no more from <paramref name="from"/>: superseded by
    /// <paramref name="later"/> (which records what it replaced), or, with no later one, ended with its document.
    /// Nothing is written when it already says so.
    /// </summary>
    public void EndObligation(ObligationId earlier, ObligationId? later, DateOnly from, string reason, string actor)
    {
        var current = GetObligation(earlier);
        var status = later is null ? ObligationStatus.Ended : ObligationStatus.Superseded;
        if (current is null || current.Status == ObligationStatus.Rejected || (current.Status == status && current.AppliesUntil == from && current.SupersededBy == later))
        {
            return;
        }

        Change(Obligations, earlier.Value, current.Version, o => Outcome<ReportingObligation>.Ok(o with
        {
            Status = status,
            AppliesUntil = from,
            SupersededBy = later,
            Reason = reason,
        }), actor, later is null ? "ended" : "superseded", reason);
        if (later is { } id && GetObligation(id) is { } successor && successor.Supersedes != earlier)
        {
            Change(Obligations, id.Value, successor.Version, o => Outcome<ReportingObligation>.Ok(o with { Supersedes = earlier }), actor, "supersedes", reason);
        }
    }
}
