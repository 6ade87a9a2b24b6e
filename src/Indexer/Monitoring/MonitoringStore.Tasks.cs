using LawMonitor.Indexer.Monitoring.Plans;
using LawMonitor.Indexer.Outcomes;

namespace LawMonitor.Indexer.Monitoring;

public sealed partial class MonitoringStore
{
    public const string TaskEntity = "task";

    private static readonly Register<PlanTask> Tasks = new("tasks", TaskEntity, "nhiệm vụ", t => t.Version, t => t.CreatedAt,
        (t, id, version, created, updated) => t with { Id = new PlanTaskId(id), Version = version, CreatedAt = created, UpdatedAt = updated },
        t => [("status", t.Status.ToString()), ("lead_body", t.LeadBody), ("due", t.Deadline.Due?.ToString("O")), ("plan_document", t.Source.DocumentId.Value ?? string.Empty), ("proposal_key", t.ProposalKey)]);

    /// <summary>Records a task a person adds to a plan (planned at once: nothing to confirm).</summary>
    public PlanTask AddTask(PlanTask task, string actor) =>
        Insert(Tasks, task with { Status = PlanTaskStatus.Planned, ProposedBy = actor }, actor, "created", null);

    /// <summary>Records the proposals whose key is not in the register yet (whatever the status of the one that is); the ones added.</summary>
    public IReadOnlyList<PlanTask> ProposeTasks(IEnumerable<PlanTask> proposals)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        return [.. proposals.Select(p => InsertUnlessKeyed(Tasks, "proposal_key", p.ProposalKey, p with { Status = PlanTaskStatus.Proposed }, p.ProposedBy, "proposed")).OfType<PlanTask>()];
    }

    public PlanTask? GetTask(PlanTaskId id) => Get(Tasks, id.Value);

    /// <summary>The tasks (with <paramref name="status"/>, of the plan <paramref name="planDocument"/>, when given), oldest first.</summary>
    public IReadOnlyList<PlanTask> ListTasks(PlanTaskStatus? status = null, string? planDocument = null) =>
        List(Tasks, "($s IS NULL OR status=$s) AND ($p IS NULL OR plan_document=$p)", ("$s", status?.ToString()), ("$p", planDocument));

    public Outcome<PlanTask> ConfirmTask(PlanTaskId id, int expectedVersion, string actor) =>
        Change(Tasks, id.Value, expectedVersion, PlanTaskLifecycle.Confirm, actor, "confirmed", null);

    public Outcome<PlanTask> RejectTask(PlanTaskId id, int expectedVersion, string actor, string? reason) =>
        Change(Tasks, id.Value, expectedVersion, t => PlanTaskLifecycle.Reject(t, reason), actor, "rejected", reason);

    public Outcome<PlanTask> StartTask(PlanTaskId id, int expectedVersion, string actor) =>
        Change(Tasks, id.Value, expectedVersion, PlanTaskLifecycle.Start, actor, "started", null);

    public Outcome<PlanTask> CompleteTask(PlanTaskId id, int expectedVersion, string actor, string? doneWith, DateOnly? doneOn) =>
        Change(Tasks, id.Value, expectedVersion, t => PlanTaskLifecycle.Complete(t, doneWith, doneOn), actor, "done", null);

    public Outcome<PlanTask> CancelTask(PlanTaskId id, int expectedVersion, string actor, string? reason) =>
        Change(Tasks, id.Value, expectedVersion, t => PlanTaskLifecycle.Cancel(t, reason), actor, "cancelled", reason);

    public Outcome<PlanTask> LinkTaskResults(PlanTaskId id, int expectedVersion, string actor, string? reportDocument, IReadOnlyList<FindingId> findingIds) =>
        Change(Tasks, id.Value, expectedVersion, t => PlanTaskLifecycle.LinkResults(t, reportDocument, findingIds), actor, "results-linked", null);

    /// <summary>
    /// Edits what a task says (content, lead and cooperating bodies, deadline, product, kind, field), keeping where
    /// it stands and where it came from; a task with no content is refused.
    /// </summary>
    public Outcome<PlanTask> EditTask(PlanTaskId id, int expectedVersion, string actor, Func<PlanTask, PlanTask> edit, string? reason = null) =>
        Change(Tasks, id.Value, expectedVersion, t =>
        {
            var e = edit(t);
            if (string.IsNullOrWhiteSpace(e.Content))
            {
                return Outcome<PlanTask>.Fail(LifecycleErrorCodes.Required, "Cần nêu nội dung nhiệm vụ (a task needs its content).", "content");
            }

            return Outcome<PlanTask>.Ok(t with
            {
                Content = e.Content.Trim(),
                LeadBody = string.IsNullOrWhiteSpace(e.LeadBody) ? null : e.LeadBody.Trim(),
                CooperatingBodies = e.CooperatingBodies,
                Deadline = e.Deadline,
                Product = e.Product,
                Kind = e.Kind,
                Field = e.Field,
            });
        }, actor, "edited", reason);
}
