using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Reports;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Monitoring;

/// <summary>
/// The application layer of the period report, shared by <c>./lawmonitor report</c> and <c>GET /api/reports</c>:
/// the period and filters read and checked the same way, the report built as of the same Vietnam day, and
/// documents named by type and number from the index.
/// </summary>
internal static class Reports
{
    /// <summary>The letterhead every report draft carries: as an admin set it in the web UI, else the <c>Monitoring:Report*</c> settings.</summary>
    public static ReportLetterhead Letterhead(Security.AccountStore accounts, Settings.MonitoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(settings);
        return accounts.Letterhead ?? settings.Letterhead();
    }

    /// <summary>The period and the enum filters, checked; or the option at fault and why.</summary>
    public static (ReportQuery? Query, (string Option, string Message)? Error) Query(string? from, string? to, int? year, string? cls, string? status)
    {
        DateOnly? start = null, end = null;
        if (year is { } y)
        {
            if (y is < 1945 or > 2200)
            {
                return (null, ("--year", $"{y}: năm không hợp lệ (not a year)"));
            }

            (start, end) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        }

        if (from is not null)
        {
            if (!RegisterValues.TryDate(from, out var f))
            {
                return (null, ("--from", $"'{from}' không phải ngày: viết 2025-01-01 hoặc 01/01/2025 (not a date)"));
            }

            start = f;
        }

        if (to is not null)
        {
            if (!RegisterValues.TryDate(to, out var t))
            {
                return (null, ("--to", $"'{to}' không phải ngày: viết 2025-12-31 hoặc 31/12/2025 (not a date)"));
            }

            end = t;
        }

        if (start > end)
        {
            return (null, ("--from", "ngày bắt đầu sau ngày kết thúc (the period starts after it ends)"));
        }

        FindingClass? c = null;
        if (cls is not null)
        {
            if (!RegisterValues.TryEnum<FindingClass>(cls, out var parsed))
            {
                return (null, ("--class", $"'{cls}': dùng {RegisterValues.Names<FindingClass>()}"));
            }

            c = parsed;
        }

        if (!ReportBuilder.IsKnownStatus(status))
        {
            return (null, ("--status", $"'{status}': dùng {RegisterValues.Names<FindingStatus>()}, {RegisterValues.Names<RecommendationStatus>()} hoặc overdue"));
        }

        return (new ReportQuery(start, end) { Class = c, Status = status }, null);
    }

    /// <summary>The report as of <paramref name="today"/> (the Vietnam calendar's today), naming documents as the index knows them and people as their accounts do.</summary>
    public static RecommendationReport Build(MonitoringStore store, DocumentLabels labels, ReportQuery query, DateOnly today) =>
        ReportBuilder.Build(store, query, today, id => Indexer.Model.DocumentId.TryCreate(id, out var documentId, out _) ? labels.Of(documentId) : id, labels.Person);

    /// <summary>The annual report of <paramref name="year"/> as of <paramref name="today"/>, naming documents as the index knows them.</summary>
    public static Indexer.Monitoring.Reports.Annual.AnnualReport BuildAnnual(MonitoringStore store, DocumentLabels labels, int year, DateOnly today)
    {
        return Indexer.Monitoring.Reports.Annual.AnnualReportBuilder.Build(store, year, today, id => Indexer.Model.DocumentId.TryCreate(id, out var documentId, out _) ? labels.OfReference(documentId.Value) : id);
    }
}
