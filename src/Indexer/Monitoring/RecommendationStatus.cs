namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// Where a recommendation stands: drafted, sent to the competent body (the answer deadline runs), answered,
/// and finally implemented (the amending or repealing document was issued) or closed without it. Overdue is
/// not a status: it is derived from the deadline (<see cref="Recommendation.IsOverdue"/>).
/// </summary>
public enum RecommendationStatus
{
    Draft,
    Sent,
    Answered,
    Implemented,
    Closed,
}
