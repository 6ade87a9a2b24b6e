namespace LawMonitor.Indexer.Monitoring.Reports;

/// <summary>The tables of a report, as rows of cells: what the CSV and XLSX exports write, one per file or sheet.</summary>
public static class ReportTable
{
    /// <summary>The names of the tables: "summary", "recommendations", "findings", "overdue".</summary>
    public static readonly string[] Names = ["summary", "recommendations", "findings", "overdue"];

    private static readonly string[] FigureHeaders =
    [
        "Phát hiện", "Đã xác nhận", "Kiến nghị dự thảo", "Đã gửi", "Đã trả lời", "Tiếp thu", "Tiếp thu một phần", "Không tiếp thu", "Đã thực hiện", "Quá hạn", "Trả lời đúng hạn", "Đến hạn", "Tỷ lệ đúng hạn (%)",
    ];

    /// <summary>Totals, then a row per competent body, class and field: "Nhóm", "Giá trị", then the figures.</summary>
    public static List<object?[]> Summary(RecommendationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<object?[]> { new object?[] { "Nhóm", "Giá trị" }.Concat(FigureHeaders).ToArray() };
        rows.Add(Row("Tổng cộng", "", report.Totals));
        rows.AddRange(report.ByAuthority.Select(r => Row("Cơ quan có thẩm quyền", r.Group, r.Figures)));
        rows.AddRange(report.ByClass.Select(r => Row("Nhóm vấn đề", r.Group, r.Figures)));
        rows.AddRange(report.ByField.Select(r => Row("Lĩnh vực", r.Group, r.Figures)));
        return rows;
    }

    public static List<object?[]> Recommendations(RecommendationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<object?[]>
        {
            new object?[] { "Số", "Trạng thái", "Quá hạn", "Hình thức kiến nghị", "Cơ quan có thẩm quyền", "Văn bản, quy định kiến nghị", "Nội dung", "Phát hiện", "Lĩnh vực", "Số công văn", "Ngày gửi", "Hạn trả lời", "Văn bản trả lời", "Ngày trả lời", "Kết quả trả lời", "Trả lời đúng hạn", "Văn bản thực hiện", "Ngày thực hiện" },
        };
        rows.AddRange(report.Recommendations.Select(r => new object?[]
        {
            r.Id, MonitoringNames.Of(r.Status), ReportBuilder.IsOverdue(r, report.AsOf) ? "có" : "", MonitoringNames.Of(r.Action), r.CompetentBody,
            string.Join("; ", r.Targets.Select(t => ReportBuilder.Provision(t, report.DocumentLabels))), r.Content,
            string.Join(", ", r.FindingIds.Select(i => "#" + i)), r.Field, r.DispatchNumber, r.SentOn, r.Deadline, r.AnswerReference, r.AnsweredOn,
            r.Verdict is { } v ? MonitoringNames.Of(v) : null, r.AnsweredOn is null ? null : r.AnsweredOnTime ? "có" : "không", r.OutcomeDocumentId is { } outcome ? report.DocumentLabels.GetValueOrDefault(outcome, outcome) : null, r.ImplementedOn,
        }));
        return rows;
    }

    public static List<object?[]> Findings(RecommendationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<object?[]> { new object?[] { "Số", "Nhóm vấn đề", "Trạng thái", "Mô tả", "Quy định", "Lĩnh vực", "Phát hiện bởi", "Ngày phát hiện", "Lý do" } };
        rows.AddRange(report.Findings.Select(f => new object?[]
        {
            f.Id, MonitoringNames.Of(f.Class), MonitoringNames.Of(f.Status), f.Description,
            string.Join("; ", f.Provisions.Select(p => ReportBuilder.Provision(p, report.DocumentLabels)).Distinct()),
            f.Field, report.FoundByName(f.FoundBy), ReportBuilder.DayOf(f.CreatedAt), f.Reason,
        }));
        return rows;
    }

    public static List<object?[]> Overdue(RecommendationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<object?[]> { new object?[] { "Số", "Cơ quan có thẩm quyền", "Hình thức", "Văn bản, quy định", "Số công văn", "Ngày gửi", "Hạn trả lời", "Số ngày quá hạn", "Nội dung" } };
        rows.AddRange(report.Overdue.Select(o => new object?[] { o.Id, o.CompetentBody, o.Action, o.Targets, o.DispatchNumber, o.SentOn, o.Deadline, o.DaysOverdue, o.Content }));
        return rows;
    }

    /// <summary>The table named <paramref name="name"/> (see <see cref="Names"/>), or null.</summary>
    public static List<object?[]>? Named(RecommendationReport report, string name) => name switch
    {
        "summary" => Summary(report),
        "recommendations" => Recommendations(report),
        "findings" => Findings(report),
        "overdue" => Overdue(report),
        _ => null,
    };

    private static object?[] Row(string group, string value, ReportFigures f) =>
    [
        group, value, f.FindingsFound, f.FindingsConfirmed, f.Drafted, f.Sent, f.Answered, f.Accepted, f.PartlyAccepted, f.Rejected, f.Implemented, f.Overdue, f.AnsweredOnTime, f.Due,
        f.OnTimeRate is { } rate ? Math.Round(rate * 100, 1) : null,
    ];
}
