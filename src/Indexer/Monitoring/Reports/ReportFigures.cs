namespace LawMonitor.Indexer.Monitoring.Reports;

/// <summary>
/// The counts of one row of a report. "Due" are the sent recommendations whose answer was due by the report
/// date or that were answered; the on-time rate is those answered by their deadline over the due ones.
/// </summary>
public sealed record ReportFigures(
    int FindingsFound,
    int FindingsConfirmed,
    int Drafted,
    int Sent,
    int Answered,
    int Accepted,
    int PartlyAccepted,
    int Rejected,
    int Implemented,
    int Overdue,
    int AnsweredOnTime,
    int Due)
{
    /// <summary>Answered on time over due (0–1), or null when nothing was due yet.</summary>
    public double? OnTimeRate => Due == 0 ? null : (double)AnsweredOnTime / Due;
}
