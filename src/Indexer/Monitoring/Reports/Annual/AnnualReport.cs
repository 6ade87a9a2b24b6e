namespace LawMonitor.Indexer.Monitoring.Reports.Annual;

/// <summary>
/// The figures of "Báo cáo công tác theo dõi tình hình thi hành pháp luật năm X", as of <see cref="AsOf"/>: the
/// plans of the year and their tasks (done, done late, open, overdue, cancelled), by plan and by lead body; the
/// inspections and surveys; the findings by class and field; the recommendations (the report on their handling
/// for the year); and the reports owed to the office, received on time, late and missing, by body.
/// </summary>
/// <param name="Year">The year reported on.</param>
/// <param name="AsOf">The day the figures are taken on: 31 December, or today if earlier.</param>
public sealed record AnnualReport(int Year, DateOnly AsOf)
{
    public required IReadOnlyList<TaskRow> Plans { get; init; }

    public required IReadOnlyList<TaskRow> TasksByBody { get; init; }

    public required TaskFigures TaskTotals { get; init; }

    public required IReadOnlyList<InspectionItem> Inspections { get; init; }

    public required RecommendationReport Recommendations { get; init; }

    public required IReadOnlyList<ReportDutyRow> ReportsByBody { get; init; }

    public required ReportDutyFigures ReportTotals { get; init; }
}
