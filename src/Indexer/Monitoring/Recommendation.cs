namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// A kiến nghị: the findings behind it, the target document and provisions, the proposed action, the
/// competent body, the sending dispatch, the answer deadline, the answer, and the outcome — the amending or
/// repealing document once issued.
/// </summary>
/// <param name="Id">Its number in the register (0 before it is stored).</param>
/// <param name="Action">What the competent body is asked to do.</param>
/// <param name="CompetentBody">Who must act (the issuer, or the body above it).</param>
public sealed record Recommendation(RecommendationId Id, RecommendedAction Action, string CompetentBody)
{
    public IReadOnlyList<FindingId> FindingIds { get; init; } = [];

    /// <summary>The target document and provisions.</summary>
    public IReadOnlyList<ProvisionReference> Targets { get; init; } = [];

    /// <summary>What is proposed, in the officer's words.</summary>
    public string Content { get; init; } = "";

    /// <summary>Lĩnh vực, as for findings (reports count recommendations by it).</summary>
    public string? Field { get; init; }

    public RecommendationStatus Status { get; init; } = RecommendationStatus.Draft;

    /// <summary>The dispatch it was sent under ("125/STP-XDPL").</summary>
    public string? DispatchNumber { get; init; }

    public DateOnly? SentOn { get; init; }

    /// <summary>The day by which the answer is due.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The answering document (number or id).</summary>
    public string? AnswerReference { get; init; }

    public DateOnly? AnsweredOn { get; init; }

    public AnswerVerdict? Verdict { get; init; }

    public string? AnswerSummary { get; init; }

    /// <summary>The document that carried out the recommendation (amending, replacing, repealing…).</summary>
    public string? OutcomeDocumentId { get; init; }

    public DateOnly? ImplementedOn { get; init; }

    /// <summary>A document the closing-the-loop detector found that seems to carry it out, awaiting a person's confirmation.</summary>
    public ProposedOutcome? ProposedOutcome { get; init; }

    /// <summary>Why it was closed without being carried out.</summary>
    public string? CloseReason { get; init; }

    /// <summary>The row version (see <see cref="Finding.Version"/>).</summary>
    public int Version { get; init; } = 1;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Sent, unanswered, and its deadline has passed on <paramref name="today"/> (<see cref="Overdue"/>).</summary>
    public bool IsOverdue(DateOnly today) => Overdue.IsOverdue(this, today);

    /// <summary>Answered, and on or before its deadline.</summary>
    public bool AnsweredOnTime => AnsweredOn is { } on && Deadline is { } due && on <= due;
}
