namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>Where one body's report for one period stands on a day.</summary>
public enum ReportState
{
    /// <summary>Not due yet, and more than a week away.</summary>
    Pending,

    /// <summary>Due within a week (or today), not received.</summary>
    DueSoon,

    /// <summary>Received on or before its day.</summary>
    OnTime,

    /// <summary>Received after its day.</summary>
    Late,

    /// <summary>Its day has passed and it has not been received.</summary>
    Missing,
}
