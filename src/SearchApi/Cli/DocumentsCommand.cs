using System.CommandLine;
using System.Globalization;
using LawMonitor.Indexer.Calendar;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary><c>documents</c>: the documents held, the last indexed first, as <c>GET /api/documents</c> lists them.</summary>
internal static class DocumentsCommand
{
    public static Command Create()
    {
        var page = new Option<int>("--page") { Description = "Trang", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "Số văn bản mỗi trang (1–500)", DefaultValueFactory = _ => 20 };
        var command = new Command("documents", "Các văn bản trong kho, văn bản mới cập nhật trước: số hiệu, trích yếu, hiệu lực, thời điểm cập nhật");
        command.Options.Add(page);
        command.Options.Add(size);
        command.SetAction((result, cancellationToken) =>
        {
            var (pageValue, sizeValue) = (result.GetValue(page), result.GetValue(size));
            if (pageValue < 1 || sizeValue is < 1 or > 500)
            {
                Console.Error.WriteLine("--page phải ≥ 1 và --size trong khoảng 1–500 (--page must be ≥ 1, --size 1–500)");
                return Task.FromResult(1);
            }

            var index = LegalIndex.Open(result.GetValue(CliOptions.Data)!);
            var total = index.Documents.Count();
            var items = index.Documents.Recent(sizeValue, (long)(pageValue - 1) * sizeValue).Select(DocumentListItemResponse.From).ToList();
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(new DocumentListResponse(total, pageValue, sizeValue, items));
                return Task.FromResult(0);
            }

            var table = new Table().AddColumn("Văn bản").AddColumn("Trích yếu").AddColumn("Hiệu lực, thời kỳ").AddColumn(new TableColumn("Cập nhật").NoWrap());
            foreach (var d in items)
            {
                table.AddRow(Markup.Escape(d.Label), Markup.Escape(d.Title ?? "—"), Markup.Escape(d.StatusName ?? d.PeriodName ?? "—"), VietnamCalendar.Display(d.IndexedAt));
            }

            if (items.Count > 0)
            {
                AnsiConsole.Write(table);
            }

            var pages = Math.Max(1, (total + sizeValue - 1) / sizeValue);
            AnsiConsole.MarkupLine($"[grey]{total.ToString(CultureInfo.InvariantCulture)} văn bản trong kho — trang {pageValue.ToString(CultureInfo.InvariantCulture)}/{pages.ToString(CultureInfo.InvariantCulture)}[/]");
            return Task.FromResult(0);
        });
        return command;
    }
}
