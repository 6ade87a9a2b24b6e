using System.CommandLine;
using LawMonitor.Indexer.Import;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary><c>index-jsonl FILE…</c>: index corpora of <c>{"id","text",…}</c> lines.</summary>
internal static class IndexJsonlCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "Tệp JSONL: mỗi dòng một đối tượng {\"id\", \"text\", …}", Arity = ArgumentArity.OneOrMore };
        var batch = new Option<int>("--batch-size") { Description = "Số bản ghi mỗi giao dịch (sự cố chỉ làm mất tối đa một lô)", DefaultValueFactory = _ => 5000 };
        var command = new Command("index-jsonl", "Lập chỉ mục một kho văn bản dạng JSON lines ({\"id\",\"text\",…}; các trường khác thành thông tin văn bản): mỗi bản ghi được nhập như một tệp, có phiên bản, bản gốc, quy định và viện dẫn");
        command.Arguments.Add(files);
        command.Options.Add(batch);
        command.SetAction(async (result, cancellationToken) =>
        {
            var json = result.GetValue(CliOptions.Json);
            var batchSize = result.GetValue(batch);
            if (batchSize < 1)
            {
                Console.Error.WriteLine("--batch-size phải ≥ 1 (--batch-size must be at least 1)");
                return 1;
            }

            var data = result.GetValue(CliOptions.Data)!;
            var pipeline = new IngestPipeline(LegalIndex.Open(data), new RawFileStore(data), IngestLimits.Default, CliClock.Clock) { BatchFiles = batchSize, BatchTime = TimeSpan.MaxValue };
            var reports = new List<object>();
            var exit = 0;
            foreach (var file in result.GetValue(files)!)
            {
                if (!File.Exists(file))
                {
                    Report(json, reports, new { file, ok = false, error = "not-found", message = $"{file}: không tìm thấy tệp (file not found)" });
                    exit = 1;
                    continue;
                }

                var summary = await Run(pipeline, file, json, cancellationToken);
                exit = Math.Max(exit, summary.Failed > 0 ? 2 : 0);
                Report(json, reports, new
                {
                    file,
                    ok = summary.Failed == 0,
                    summary.Added,
                    summary.Updated,
                    summary.Unchanged,
                    summary.Failed,
                    errors = summary.Errors,
                    bytes = summary.Bytes,
                    seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
                });
            }

            if (json)
            {
                CliJson.Print(reports);
            }

            return exit;
        });
        return command;
    }

    private static async Task<IndexSummary> Run(IngestPipeline pipeline, string file, bool json, CancellationToken cancellationToken)
    {
        if (json || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await JsonlImport.ImportAsync(pipeline, file, cancellationToken: cancellationToken);
        }

        return await AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: Math.Max(1, File.ReadLines(file).Count()));
            var summary = await JsonlImport.ImportAsync(pipeline, file, progress: new Progress<int>(n => task.Value = n), cancellationToken: cancellationToken);
            task.Value = task.MaxValue;
            return summary;
        });
    }

    private static void Report(bool json, List<object> reports, object report)
    {
        if (json)
        {
            reports.Add(report);
            return;
        }

        var table = new Table().AddColumn("").AddColumn("");
        table.HideHeaders();
        foreach (var property in report.GetType().GetProperties())
        {
            var value = property.GetValue(report);
            if (value is IReadOnlyList<ImportError> errors)
            {
                foreach (var error in errors.Take(20))
                {
                    table.AddRow("[red]lỗi[/]", Markup.Escape($"[{error.Code}] {error.Message}"));
                }

                if (errors.Count > 20)
                {
                    table.AddRow("[red]lỗi[/]", Markup.Escape($"… và {errors.Count - 20} lỗi khác"));
                }

                continue;
            }

            table.AddRow(Markup.Escape(property.Name), Markup.Escape(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
        }

        AnsiConsole.Write(table);
    }
}
