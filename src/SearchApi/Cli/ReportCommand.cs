using System.CommandLine;
using System.Globalization;
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
        var from = new Option<string?>("--from") { Description = "First day of the period (2025-01-01 or 01/01/2025)" };
        var to = new Option<string?>("--to") { Description = "Last day of the period" };
        var year = new Option<int?>("--year") { Description = "The calendar year as the period (instead of --from/--to)" };
        var authority = new Option<string?>("--authority") { Description = "Words of the competent body (UBND tỉnh, Sở Tài nguyên …)" };
        var cls = new Option<string?>("--class") { Description = RegisterValues.Names<FindingClass>() };
        var field = new Option<string?>("--field") { Description = "Words of the field (lĩnh vực)" };
        var status = new Option<string?>("--status") { Description = "A finding or recommendation status, or overdue" };
        var format = new Option<string>("--format") { Description = "text, json, csv, xlsx or docx", DefaultValueFactory = _ => "text" };
        var table = new Option<string>("--table") { Description = "For csv: " + string.Join(", ", ReportTable.Names), DefaultValueFactory = _ => "summary" };
        var output = new Option<string?>("--out") { Description = "Write the file here (required for xlsx and docx)" };
        var command = new Command("report", "Report on findings and recommendations for a period: table, JSON, CSV, XLSX or the DOCX draft");
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

            var report = Reports.Build(RegisterCli.Store(result), RegisterCli.Index(result), query, RegisterCli.Today());
            byte[]? bytes = kind switch
            {
                "csv" => ReportTable.Named(report, result.GetValue(table)!) is { } rows ? ReportCsv.Write(rows) : null,
                "xlsx" => ReportXlsx.Write(report),
                "docx" => ReportDocx.Write(report, CliSettings.Monitoring().Letterhead()),
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
                Console.Error.WriteLine($"Đã ghi {path} ({bytes.Length:N0} byte)");
            }
            else
            {
                using var stdout = Console.OpenStandardOutput();
                stdout.Write(bytes);
            }

            return 0;
        });
        return command;
    }

    private static void Print(RecommendationReport report)
    {
        var rate = report.Totals.OnTimeRate is { } r ? r.ToString("P0", CultureInfo.GetCultureInfo("vi-VN")) : "—";
        var t = report.Totals;
        AnsiConsole.MarkupLine($"[bold]Tình hình xử lý kiến nghị[/] — số liệu đến ngày {report.AsOf:dd/MM/yyyy}");
        AnsiConsole.MarkupLine($"Phát hiện: {t.FindingsFound} (đã xác nhận {t.FindingsConfirmed}); kiến nghị: {t.Sent} đã gửi, {t.Answered} đã trả lời (tiếp thu {t.Accepted}, một phần {t.PartlyAccepted}, không tiếp thu {t.Rejected}), {t.Implemented} đã thực hiện, [red]{t.Overdue} quá hạn[/]; trả lời đúng hạn {rate}.");
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
            AnsiConsole.MarkupLine($"[red]Quá hạn {o.DaysOverdue} ngày[/]: #{o.Id} {Markup.Escape(o.DispatchNumber ?? "")} gửi {Markup.Escape(o.CompetentBody)}, hạn {o.Deadline:dd/MM/yyyy}");
        }
    }
}
