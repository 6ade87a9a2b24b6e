namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>
/// A task a plan (kế hoạch, chương trình, đề án) gives a body: what is to be done, the lead body (cơ quan chủ
/// trì) and the cooperating bodies (cơ quan phối hợp), by when, what it produces, and the provision it comes from.
/// Proposed by reading the plan, confirmed, edited or rejected by a person, then tracked to done (with the
/// document that shows it) or cancelled. Overdue is derived (<see cref="TaskDue"/>), never stored.
/// </summary>
/// <param name="Id">Its number in the register (0 before it is stored).</param>
/// <param name="Content">What is to be done, in the plan's words.</param>
public sealed record PlanTask(PlanTaskId Id, string Content)
{
    /// <summary>The plan and the item or table row it was read from ("Mục II.3", "Phụ lục, STT 4").</summary>
    public ProvisionReference Source { get; init; } = new(default, 0, "");

    /// <summary>The plan's words the task was read from, as written.</summary>
    public string? SourceText { get; init; }

    /// <summary>Cơ quan chủ trì.</summary>
    public string? LeadBody { get; init; }

    /// <summary>Cơ quan phối hợp.</summary>
    public IReadOnlyList<string> CooperatingBodies { get; init; } = [];

    /// <summary>By when, as the plan says it and as a day.</summary>
    public TaskDeadline Deadline { get; init; } = TaskDeadline.Unspecified;

    /// <summary>Sản phẩm: báo cáo, kế hoạch, quyết định …</summary>
    public string? Product { get; init; }

    /// <summary>What kind of work it is (inspections and surveys are counted apart in the annual report).</summary>
    public TaskKind Kind { get; init; } = TaskKind.Other;

    /// <summary>Lĩnh vực, when the plan names one.</summary>
    public string? Field { get; init; }

    public PlanTaskStatus Status { get; init; } = PlanTaskStatus.Proposed;

    /// <summary>What makes it the same proposal when the plan is read again (never proposed twice).</summary>
    public string? ProposalKey { get; init; }

    /// <summary>Who proposed it: "rule:plan-tasks" for the reader, else a person.</summary>
    public string ProposedBy { get; init; } = "";

    /// <summary>The document or report that shows it done (a document id or number).</summary>
    public string? DoneWith { get; init; }

    /// <summary>The day it was done.</summary>
    public DateOnly? DoneOn { get; init; }

    /// <summary>Why it was rejected or cancelled.</summary>
    public string? Reason { get; init; }

    /// <summary>For an inspection or a survey: the report it produced (a document id or number).</summary>
    public string? ReportDocument { get; init; }

    /// <summary>For an inspection or a survey: the findings it produced.</summary>
    public IReadOnlyList<FindingId> FindingIds { get; init; } = [];

    /// <summary>The row version (see <see cref="Finding.Version"/>).</summary>
    public int Version { get; init; } = 1;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Due and not done on <paramref name="today"/> (<see cref="TaskDue"/>).</summary>
    public bool IsOverdue(DateOnly today) => TaskDue.IsOverdue(this, today);
}
