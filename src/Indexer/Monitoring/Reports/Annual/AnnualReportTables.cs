namespace LawMonitor.Indexer.Monitoring.Reports.Annual;

/// <summary>The annual report's figures as tables (a header row, then the rows): the XLSX export's sheets, the same figures as the DOCX.</summary>
public static class AnnualReportTables
{
    /// <summary>The sheets: name and rows.</summary>
    public static IReadOnlyList<(string Name, List<object?[]> Rows)> Sheets(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            ("Kế hoạch", Tasks("Kế hoạch", report.Plans, report.TaskTotals)),
            ("Theo cơ quan chủ trì", Tasks("Cơ quan chủ trì", report.TasksByBody, report.TaskTotals)),
            ("Kiểm tra, khảo sát", Inspections(report)),
            ("Kiến nghị, phát hiện", ReportTable.Summary(report.Recommendations)),
            ("Kiến nghị quá hạn", ReportTable.Overdue(report.Recommendations)),
            ("Báo cáo định kỳ", Reports(report)),
        ];
    }

    private static List<object?[]> Tasks(string group, IReadOnlyList<TaskRow> rows, TaskFigures totals)
    {
        var table = new List<object?[]> { new object?[] { group, "Số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành muộn", "Đang thực hiện", "Quá hạn", "Hủy" } };
        table.AddRange(rows.Select(r => Row(r.Group, r.Figures)));
        table.Add(Row("Tổng cộng", totals));
        return table;

        static object?[] Row(string name, TaskFigures f) => [name, f.Total, f.DoneOnTime, f.DoneLate, f.Open, f.Overdue, f.Cancelled];
    }

    private static List<object?[]> Inspections(AnnualReport report)
    {
        var table = new List<object?[]> { new object?[] { "Loại", "Nội dung", "Cơ quan chủ trì", "Tình trạng", "Báo cáo kết quả", "Số phát hiện" } };
        table.AddRange(report.Inspections.Select(i => new object?[] { i.Kind, i.Content, i.LeadBody, i.Status, i.Report, i.Findings }));
        return table;
    }

    private static List<object?[]> Reports(AnnualReport report)
    {
        var table = new List<object?[]> { new object?[] { "Cơ quan", "Phải gửi", "Đúng hạn", "Muộn", "Chưa gửi (quá hạn)", "Chưa đến hạn" } };
        table.AddRange(report.ReportsByBody.Select(r => new object?[] { r.Body, r.Figures.Owed, r.Figures.OnTime, r.Figures.Late, r.Figures.Missing, r.Figures.Pending }));
        var t = report.ReportTotals;
        table.Add(["Tổng cộng", t.Owed, t.OnTime, t.Late, t.Missing, t.Pending]);
        return table;
    }
}
