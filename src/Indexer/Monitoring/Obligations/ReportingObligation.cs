using LawMonitor.Indexer.Monitoring.Plans;

namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>
/// A duty to report that a provision sets: who owes (<see cref="Obligor"/>, as the provision names them, and the
/// bodies of the province that are meant), what report, to whom, by when, once or every year, quarter or month,
/// and the provision it comes from. Each period's report is recorded as received (<see cref="Receipts"/>);
/// whether one is late or missing is derived (<see cref="ObligationDue"/>). A later provision that sets another
/// deadline for the same report supersedes this one from its own date.
/// </summary>
/// <param name="Id">Its number in the register (0 before it is stored).</param>
/// <param name="Obligor">Who owes the report, as written ("các sở, ban, ngành, Ủy ban nhân dân cấp huyện").</param>
/// <param name="Recipient">To whom ("Sở Tư pháp").</param>
/// <param name="ReportName">What report ("báo cáo công tác theo dõi tình hình thi hành pháp luật").</param>
public sealed record ReportingObligation(ObligationId Id, string Obligor, string Recipient, string ReportName)
{
    /// <summary>The provision that sets it.</summary>
    public ProvisionReference Source { get; init; } = new(default, 0, "");

    /// <summary>The provision's words.</summary>
    public string? SourceText { get; init; }

    /// <summary>By when: a day once, or a day every year (or the end of every quarter, half-year or month).</summary>
    public TaskDeadline Deadline { get; init; } = TaskDeadline.Unspecified;

    /// <summary>The bodies that owe it (the directory's bodies the obligor names; the obligor itself when none).</summary>
    public IReadOnlyList<string> Bodies { get; init; } = [];

    public ObligationStatus Status { get; init; } = ObligationStatus.Active;

    /// <summary>The day the provision applies from (its document's effective or issue date).</summary>
    public DateOnly? AppliesFrom { get; init; }

    /// <summary>The first day it no longer applies: a later provision's, or the day its document ceased to have effect.</summary>
    public DateOnly? AppliesUntil { get; init; }

    /// <summary>The obligation a later provision replaced this one's deadline with.</summary>
    public ObligationId? SupersededBy { get; init; }

    /// <summary>The obligation whose deadline this one replaced.</summary>
    public ObligationId? Supersedes { get; init; }

    /// <summary>The reports received, by body and period.</summary>
    public IReadOnlyList<ReportReceipt> Receipts { get; init; } = [];

    /// <summary>What makes it the same proposal when its document is read again.</summary>
    public string? ProposalKey { get; init; }

    /// <summary>Why it was rejected, superseded or ended, in words a person reads.</summary>
    public string? Reason { get; init; }

    /// <summary>The row version (see <see cref="Finding.Version"/>).</summary>
    public int Version { get; init; } = 1;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
