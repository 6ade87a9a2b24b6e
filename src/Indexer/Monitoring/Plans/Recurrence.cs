namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>How often a recurring deadline or report comes round.</summary>
public enum Recurrence
{
    Yearly,
    HalfYearly,
    Quarterly,
    Monthly,
}
