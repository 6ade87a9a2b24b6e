using System.CommandLine;
using LawMonitor.Indexer.Import;
using LawMonitor.Indexer.Storage;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary><c>index-jsonl FILE…</c>: index corpora of <c>{"id","text",…}</c> lines.</summary>
internal static class IndexJsonlCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "JSONL files: one {\"id\", \"text\", …} object per line", Arity = ArgumentArity.OneOrMore };
        var batch = new Option<int>("--batch-size") { Description = "Documents per transaction (a crash loses at most one batch)", DefaultValueFactory = _ => 5000 };
        var command = new Command("index-jsonl", "Index a corpus of JSON lines ({\"id\",\"text\",…}; other fields become metadata)");
        command.Arguments.Add(files);
        command.Options.Add(batch);
        command.SetAction((result, cancellationToken) =>
        {
            var json = result.GetValue(CliOptions.Json);
            var batchSize = result.GetValue(batch);
            if (batchSize < 1)
            {
                Console.Error.WriteLine("--batch-size phải ≥ 1 (--batch-size must be at least 1)");
                return Task.FromResult(1);
            }

            var index = LegalIndex.Open(result.GetValue(CliOptions.Data)!);
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

                var summary = Run(new BatchIndexer(index) { BatchDocuments = batchSize }, file, json, cancellationToken);
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
                    characters = summary.Characters,
                    seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
                });
            }

            if (json)
            {
                CliJson.Print(reports);
            }

            return Task.FromResult(exit);
        });
        return command;
    }

    private static IndexSummary Run(BatchIndexer indexer, string file, bool json, CancellationToken cancellationToken)
    {
        if (json || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return indexer.Index(JsonlCorpusReader.Read(file), null, cancellationToken);
        }

        IndexSummary? summary = null;
        AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: Math.Max(1, File.ReadLines(file).Count()));
            summary = indexer.Index(JsonlCorpusReader.Read(file), new Progress<int>(n => task.Value = n), cancellationToken);
            task.Value = task.MaxValue;
        });
        return summary!;
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
