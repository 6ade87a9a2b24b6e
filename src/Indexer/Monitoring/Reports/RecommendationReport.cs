namespace LawMonitor.Indexer.Monitoring.Reports;

/// <summary>
/// "Báo cáo tình hình xử lý kiến nghị": the figures of a period as of <see cref="AsOf"/>, in total and by
/// competent body, finding class and field; the counts by status; the overdue recommendations; and the
/// records behind them.
/// </summary>
/// <param name="Query">What it covers.</param>
/// <param name="AsOf">The day the figures are taken on: the period's last day, or today if that is earlier.</param>
public sealed record RecommendationReport(ReportQuery Query, DateOnly AsOf)
{
    public required ReportFigures Totals { get; init; }

    public required IReadOnlyList<ReportRow> ByAuthority { get; init; }

    public required IReadOnlyList<ReportRow> ByClass { get; init; }

    public required IReadOnlyList<ReportRow> ByField { get; init; }

    /// <summary>Findings in the period by status (Vietnamese name → count).</summary>
    public required IReadOnlyList<KeyValuePair<string, int>> FindingsByStatus { get; init; }

    /// <summary>Recommendations in the period by status, overdue apart (Vietnamese name → count).</summary>
    public required IReadOnlyList<KeyValuePair<string, int>> RecommendationsByStatus { get; init; }

    public required IReadOnlyList<OverdueItem> Overdue { get; init; }

    /// <summary>
    /// How many of the overdue were sent before the period: overdue counts every recommendation still unanswered
    /// past its deadline, whenever it was sent, so a year's report can have more overdue than it has sent.
    /// </summary>
    public int OverdueSentBefore => Query.From is { } from ? Overdue.Count(o => o.SentOn < from) : 0;

    /// <summary>The overdue count as the reports write it: "2 (trong đó 1 kiến nghị gửi từ trước kỳ báo cáo)".</summary>
    public string OverdueInWords => OverdueSentBefore > 0 ? $"{Totals.Overdue} (trong đó {OverdueSentBefore} kiến nghị gửi từ trước kỳ báo cáo)" : $"{Totals.Overdue}";

    public required IReadOnlyList<Finding> Findings { get; init; }

    public required IReadOnlyList<Recommendation> Recommendations { get; init; }

    /// <summary>The documents the report names, by id: "Quyết định số 08/2021/QĐ-UBND".</summary>
    public IReadOnlyDictionary<string, string> DocumentLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>Who found the findings, by what is recorded: a detector's name, a person's display name.</summary>
    public IReadOnlyDictionary<string, string> FoundByNames { get; init; } = new Dictionary<string, string>();

    /// <summary>Who found a finding, as people read it.</summary>
    public string FoundByName(string? foundBy) => foundBy is not null && FoundByNames.TryGetValue(foundBy, out var name) ? name : MonitoringNames.FoundBy(foundBy);
}
