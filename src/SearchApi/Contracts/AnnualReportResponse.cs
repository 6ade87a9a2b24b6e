using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Reports.Annual;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>The figures of the annual report on monitoring law implementation, and its sections in the order the DOCX draft prints them.</summary>
public sealed record AnnualReportResponse(
    int Year,
    DateOnly AsOf,
    TaskFigures TaskTotals,
    IReadOnlyList<TaskRow> Plans,
    IReadOnlyList<TaskRow> TasksByBody,
    IReadOnlyList<InspectionItem> Inspections,
    ReportResponse Recommendations,
    ReportDutyFigures ReportTotals,
    IReadOnlyList<ReportDutyRow> ReportsByBody,
    IReadOnlyList<AnnualSectionResponse> Sections)
{
    public static AnnualReportResponse From(AnnualReport r, IReadOnlyList<AnnualSection> sections, DocumentLabels labels)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(sections);
        return new(r.Year, r.AsOf, r.TaskTotals, r.Plans, r.TasksByBody, r.Inspections, ReportResponse.From(r.Recommendations, labels), r.ReportTotals, r.ReportsByBody,
            sections.Select(s => new AnnualSectionResponse(s.Key, s.Heading, !AnnualSection.FilledKeys.Contains(s.Key), s.Prompt)).ToList());
    }
}
