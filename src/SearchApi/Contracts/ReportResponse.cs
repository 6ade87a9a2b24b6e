using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Reports;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A report's figures: totals, breakdowns by competent body, class and field, counts by status, the overdue list, and the records behind them.</summary>
public sealed record ReportResponse(
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo,
    DateOnly AsOf,
    ReportFigures Totals,
    IReadOnlyList<ReportRow> ByAuthority,
    IReadOnlyList<ReportRow> ByClass,
    IReadOnlyList<ReportRow> ByField,
    IReadOnlyDictionary<string, int> FindingsByStatus,
    IReadOnlyDictionary<string, int> RecommendationsByStatus,
    IReadOnlyList<OverdueItem> Overdue,
    IReadOnlyList<FindingResponse> Findings,
    IReadOnlyList<RecommendationResponse> Recommendations)
{
    /// <summary>How many of the overdue were sent before the period (overdue counts them whenever they were sent).</summary>
    public int OverdueSentBefore { get; init; }

    /// <summary>The overdue as the drafts word them: "2 (trong đó 1 kiến nghị gửi từ trước kỳ báo cáo)".</summary>
    public string OverdueInWords { get; init; } = "0";

    public static ReportResponse From(RecommendationReport r, DocumentLabels labels) => new(
        r.Query.From, r.Query.To, r.AsOf, r.Totals, r.ByAuthority, r.ByClass, r.ByField,
        r.FindingsByStatus.ToDictionary(p => p.Key, p => p.Value), r.RecommendationsByStatus.ToDictionary(p => p.Key, p => p.Value), r.Overdue,
        r.Findings.Select(f => FindingResponse.From(f, labels)).ToList(), r.Recommendations.Select(x => RecommendationResponse.From(x, r.AsOf, labels)).ToList())
    {
        OverdueSentBefore = r.OverdueSentBefore,
        OverdueInWords = r.OverdueInWords,
    };
}
