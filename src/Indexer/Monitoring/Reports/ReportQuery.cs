namespace LawMonitor.Indexer.Monitoring.Reports;

/// <summary>
/// What a report covers: a period (findings by the day they were recorded, recommendations by the day they
/// were sent, drafts by the day they were written), and optionally one competent body, finding class,
/// field or status. Every filter is optional; text filters match without diacritics or case.
/// </summary>
/// <param name="From">First day of the period (inclusive), or open.</param>
/// <param name="To">Last day of the period (inclusive), or open.</param>
public sealed record ReportQuery(DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>Words of the competent body ("UBND tỉnh", "Sở Tài nguyên").</summary>
    public string? Authority { get; init; }

    public FindingClass? Class { get; init; }

    /// <summary>Words of the field (lĩnh vực).</summary>
    public string? Field { get; init; }

    /// <summary>A finding status, a recommendation status, or "overdue".</summary>
    public string? Status { get; init; }

    public bool Contains(DateOnly day) => (From is null || day >= From) && (To is null || day <= To);
}
