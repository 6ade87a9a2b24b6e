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

    /// <summary>
    /// Whether the row has a recommendation to show: drafted or sent in the period, or sent before it and still
    /// overdue. The tables by competent body (page, chart, DOCX) list these rows, so a body whose only
    /// recommendation is last year's unanswered one is not "Không có số liệu" above a list that names it.
    /// </summary>
    public bool HasRecommendations => Drafted + Sent + Overdue > 0;
}
