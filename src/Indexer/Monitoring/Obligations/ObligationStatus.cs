namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>
/// Where an obligation stands: active once read from its provision (a person may reject one that is no duty);
/// superseded when a later provision set another deadline for the same report; ended when its document ceased to
/// have effect or, for a plan's or programme's duty, when its period has passed.
/// </summary>
public enum ObligationStatus
{
    Active,
    Superseded,
    Ended,
    Rejected,
}
