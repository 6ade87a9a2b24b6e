namespace LawMonitor.Indexer.Monitoring;

/// <summary>Where a finding stands: a candidate (from a detector or a person) is confirmed or dismissed by a person.</summary>
public enum FindingStatus
{
    Open,
    Confirmed,
    Dismissed,
}
