using System.CommandLine;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Reports;
using LawMonitor.SearchApi.Monitoring;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// <c>report</c>: the figures of a period (findings found and confirmed; recommendations sent, answered,
/// accepted, implemented, overdue; the on-time answer rate) in total and by competent body, class and field,
/// with the overdue list; as a table, JSON, CSV (one table), XLSX or the DOCX draft of "Báo cáo tình hình xử
/// lý kiến nghị". Exit code 1 for a bad option, naming it.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "Ngày đầu kỳ (2025-01-01 hoặc 01/01/2025)" };
        var to = new Option<string?>("--to") { Description = "Ngày cuối kỳ" };
        var year = new Option<int?>("--year") { Description = "Lấy cả năm làm kỳ báo cáo (thay cho --from/--to)" };
        var authority = new Option<string?>("--authority") { Description = "Từ trong tên cơ quan có thẩm quyền (UBND tỉnh, Sở Tài nguyên …)" };
        var cls = new Option<string?>("--class") { Description = "Nhóm vấn đề: " + RegisterValues.Described<FindingClass>(MonitoringNames.Of) };
        var field = new Option<string?>("--field") { Description = "Từ trong tên lĩnh vực" };
        var status = new Option<string?>("--status") { Description = "Trạng thái của phát hiện hoặc kiến nghị, hoặc overdue (quá hạn)" };
        var format = new Option<string>("--format") { Description = "text, json, csv, xlsx hoặc docx", DefaultValueFactory = _ => "text" };
        var table = new Option<string>("--table") { Description = "Bảng xuất CSV: " + string.Join(", ", ReportTable.Names), DefaultValueFactory = _ => "summary" };
        var output = new Option<string?>("--out") { Description = "Ghi tệp vào đây (bắt buộc với xlsx và docx)" };
        var command = new Command("report", "Báo cáo tình hình phát hiện và xử lý kiến nghị trong một kỳ: bảng, JSON, CSV, XLSX hoặc dự thảo DOCX");
        foreach (var o in new Option[] { from, to, year, authority, cls, field, status, format, table, output })
        {
            command.Options.Add(o);
        }

        command.SetAction(result =>
        {
            var (query, error) = Reports.Query(result.GetValue(from), result.GetValue(to), result.GetValue(year), result.GetValue(cls), result.GetValue(status));
            if (query is null)
            {
                return RegisterCli.Invalid(error!.Value.Option, error.Value.Message);
            }

            query = query with { Authority = result.GetValue(authority), Field = result.GetValue(field) };
            var kind = result.GetValue(CliOptions.Json) ? "json" : result.GetValue(format)!.ToLowerInvariant();
            if (kind is not ("text" or "json" or "csv" or "xlsx" or "docx"))
            {
                return RegisterCli.Invalid("--format", $"'{kind}': dùng text, json, csv, xlsx hoặc docx");
            }

            if (kind is "xlsx" or "docx" && result.GetValue(output) is null)
            {
                return RegisterCli.Invalid("--out", $"cần tệp đích cho định dạng {kind} (a file is required for {kind})");
            }

            var report = Reports.Build(RegisterCli.Store(result), RegisterCli.Labels(result), query, RegisterCli.Today());
            byte[]? bytes = kind switch
            {
                "csv" => ReportTable.Named(report, result.GetValue(table)!) is { } rows ? ReportCsv.Write(rows) : null,
                "xlsx" => ReportXlsx.Write(report),
                "docx" => ReportDocx.Write(report, Letterhead(result, CliSettings.Monitoring())),
                _ => [],
            };
            if (bytes is null)
            {
                return RegisterCli.Invalid("--table", $"'{result.GetValue(table)}': dùng {string.Join(", ", ReportTable.Names)}");
            }

            if (kind == "json")
            {
                CliJson.Print(report);
            }
            else if (kind == "text")
            {
                Print(report);
            }
            else if (result.GetValue(output) is { } path)
            {
                File.WriteAllBytes(path, bytes);
                Console.Error.WriteLine($"Đã ghi {path} ({Indexer.Legal.VietnameseNumber.Whole(bytes.Length)} byte)");
            }
            else
            {
                using var stdout = Console.OpenStandardOutput();
                stdout.Write(bytes);
            }

            return 0;
        });
        command.Subcommands.Add(Annual());
        return command;
    }

    /// <summary>
    /// <c>report annual --year Y</c>: "Báo cáo công tác theo dõi tình hình thi hành pháp luật năm Y" — the figures
    /// as text or JSON, the XLSX of the same figures, or the DOCX draft with its sections as <c>Monitoring:AnnualSections</c> gives them.
    /// </summary>
    private static Command Annual()
    {
        var year = new Option<int?>("--year") { Description = "Năm báo cáo (mặc định: năm nay)" };
        var format = new Option<string>("--format") { Description = "text, json, xlsx hoặc docx", DefaultValueFactory = _ => "text" };
        var output = new Option<string?>("--out") { Description = "Ghi tệp vào đây (bắt buộc với xlsx và docx)" };
        var command = new Command("annual", "Báo cáo công tác theo dõi tình hình thi hành pháp luật hằng năm: số liệu, XLSX hoặc dự thảo DOCX");
        command.Options.Add(year);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var today = RegisterCli.Today();
            var y = result.GetValue(year) ?? today.Year;
            if (y is < 1945 or > 2200)
            {
                return RegisterCli.Invalid("--year", $"{y}: năm không hợp lệ (not a year)");
            }

            var kind = result.GetValue(CliOptions.Json) ? "json" : result.GetValue(format)!.ToLowerInvariant();
            if (kind is not ("text" or "json" or "xlsx" or "docx"))
            {
                return RegisterCli.Invalid("--format", $"'{kind}': dùng text, json, xlsx hoặc docx");
            }

            if (kind is "xlsx" or "docx" && result.GetValue(output) is null)
            {
                return RegisterCli.Invalid("--out", $"cần tệp đích cho định dạng {kind} (a file is required for {kind})");
            }

            var settings = CliSettings.Monitoring();
            var report = Reports.BuildAnnual(RegisterCli.Store(result), RegisterCli.Labels(result), y, today);
            switch (kind)
            {
                case "json":
                    CliJson.Print(report);
                    return 0;
                case "text":
                    PrintAnnual(report);
                    return 0;
            }

            var bytes = kind == "xlsx"
                ? ReportXlsx.Write(Indexer.Monitoring.Reports.Annual.AnnualReportTables.Sheets(report))
                : Indexer.Monitoring.Reports.Annual.AnnualReportDocx.Write(report, Letterhead(result, settings), settings.Sections());
            File.WriteAllBytes(result.GetValue(output)!, bytes);
            Console.Error.WriteLine($"Đã ghi {result.GetValue(output)} ({Indexer.Legal.VietnameseNumber.Whole(bytes.Length)} byte)");
            return 0;
        });
        return command;
    }

    private static void PrintAnnual(Indexer.Monitoring.Reports.Annual.AnnualReport report)
    {
        var t = report.TaskTotals;
        AnsiConsole.MarkupLine($"[bold]Công tác theo dõi tình hình thi hành pháp luật năm {report.Year}[/] — số liệu đến ngày {report.AsOf:dd/MM/yyyy}");
        AnsiConsole.MarkupLine($"Nhiệm vụ: {t.Total}; hoàn thành đúng hạn {t.DoneOnTime}, hoàn thành muộn {t.DoneLate}, đang thực hiện {t.Open}, [red]quá hạn {t.Overdue}[/], hủy {t.Cancelled}.");
        foreach (var (title, rows) in new[] { ("Theo kế hoạch", report.Plans), ("Theo cơ quan chủ trì", report.TasksByBody) })
        {
            var table = new Table().Title(title).AddColumn("").AddColumn("Số nhiệm vụ").AddColumn("Hoàn thành đúng hạn").AddColumn("Hoàn thành muộn").AddColumn("Đang thực hiện").AddColumn("Quá hạn").AddColumn("Hủy");
            foreach (var row in rows)
            {
                var f = row.Figures;
                table.AddRow(Markup.Escape(row.Group), $"{f.Total}", $"{f.DoneOnTime}", $"{f.DoneLate}", $"{f.Open}", f.Overdue > 0 ? $"[red]{f.Overdue}[/]" : "0", $"{f.Cancelled}");
            }

            AnsiConsole.Write(table);
        }

        var r = report.Recommendations.Totals;
        AnsiConsole.MarkupLine($"Kiểm tra, khảo sát: {report.Inspections.Count}; phát hiện: {r.FindingsFound} (đã xác nhận {r.FindingsConfirmed}); kiến nghị: {r.Sent} đã gửi, {r.Answered} đã trả lời, {r.Implemented} đã thực hiện, quá hạn chưa trả lời [red]{Markup.Escape(report.Recommendations.OverdueInWords)}[/].");
        var d = report.ReportTotals;
        var reports = new Table().Title($"Báo cáo định kỳ: {d.Owed} phải gửi").AddColumn("Cơ quan").AddColumn("Phải gửi").AddColumn("Đúng hạn").AddColumn("Muộn").AddColumn("Chưa gửi (quá hạn)").AddColumn("Chưa đến hạn");
        foreach (var row in report.ReportsByBody)
        {
            var f = row.Figures;
            reports.AddRow(Markup.Escape(row.Body), $"{f.Owed}", $"{f.OnTime}", $"{f.Late}", f.Missing > 0 ? $"[red]{f.Missing}[/]" : "0", $"{f.Pending}");
        }

        AnsiConsole.Write(reports);
    }

    private static void Print(RecommendationReport report)
    {
        var t = report.Totals;
        AnsiConsole.MarkupLine($"[bold]Tình hình xử lý kiến nghị[/] — số liệu đến ngày {report.AsOf:dd/MM/yyyy}");
        AnsiConsole.MarkupLine($"Phát hiện: {t.FindingsFound} (đã xác nhận {t.FindingsConfirmed}); kiến nghị: {t.Sent} đã gửi, {t.Answered} đã trả lời (tiếp thu {t.Accepted}, một phần {t.PartlyAccepted}, không tiếp thu {t.Rejected}), {t.Implemented} đã thực hiện, quá hạn [red]{Markup.Escape(report.OverdueInWords)}[/]. {Markup.Escape(Indexer.Monitoring.Reports.OfficialDocx.OnTimeSentence(t))}");
        foreach (var (title, rows) in new[] { ("Theo cơ quan có thẩm quyền", report.ByAuthority), ("Theo nhóm vấn đề", report.ByClass), ("Theo lĩnh vực", report.ByField) })
        {
            var table = new Table().Title(title).AddColumn("").AddColumn("Phát hiện").AddColumn("Đã gửi").AddColumn("Đã trả lời").AddColumn("Tiếp thu").AddColumn("Đã thực hiện").AddColumn("Quá hạn");
            foreach (var row in rows)
            {
                var f = row.Figures;
                table.AddRow(Markup.Escape(row.Group), $"{f.FindingsFound}", $"{f.Sent}", $"{f.Answered}", $"{f.Accepted + f.PartlyAccepted}", $"{f.Implemented}", $"{f.Overdue}");
            }

            AnsiConsole.Write(table);
        }

        foreach (var o in report.Overdue)
        {
            // As the draft's table says it: the dispatch and its day, the body, the day the answer was due.
            var dispatch = o.DispatchNumber is { } number ? $" — Công văn số {number}{(o.SentOn is { } sent ? $" ngày {sent:dd/MM/yyyy}" : "")}" : "";
            AnsiConsole.MarkupLine($"Kiến nghị #{o.Id}{Markup.Escape(dispatch)} gửi {Markup.Escape(o.CompetentBody)}: hạn trả lời {o.Deadline:dd/MM/yyyy}, [red]quá hạn {o.DaysOverdue} ngày[/].");
        }
    }

    /// <summary>The letterhead the service's drafts carry (an admin's in the web UI, else the settings), read from the data folder's accounts.</summary>
    private static Indexer.Monitoring.Reports.ReportLetterhead Letterhead(ParseResult result, Settings.MonitoringSettings settings) =>
        Reports.Letterhead(new Security.AccountStore(result.GetValue(CliOptions.Data)!, CliClock.Clock), settings);
}
