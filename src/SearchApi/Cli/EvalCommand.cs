using System.CommandLine;
using LawMonitor.Indexer.Evaluation;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary><c>eval --corpus --queries --qrels [--run]</c>: relevance of the search on a judged query set.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "Kho văn bản JSONL (mỗi dòng một {\"id\",\"text\",…})", Required = true };
        var queries = new Option<string>("--queries") { Description = "Câu truy vấn: mỗi dòng qid<TAB>nội dung", Required = true };
        var qrels = new Option<string>("--qrels") { Description = "Đánh giá liên quan: mỗi dòng 'qid 0 docid mức'", Required = true };
        var run = new Option<string?>("--run") { Description = "Ghi kết quả xếp hạng thành tệp TREC run" };
        var command = new Command("eval", "Lập chỉ mục mới cho một kho văn bản, chạy bộ truy vấn và in nDCG@10, Recall@10, MRR@10");
        command.Options.Add(corpus);
        command.Options.Add(queries);
        command.Options.Add(qrels);
        command.Options.Add(run);
        command.SetAction(async (result, cancellationToken) =>
        {
            foreach (var option in new[] { corpus, queries, qrels })
            {
                var path = result.GetValue(option)!;
                if (!File.Exists(path))
                {
                    Console.Error.WriteLine($"{option.Name}: không tìm thấy tệp {path} (file not found)");
                    return 1;
                }
            }

            var work = Path.Combine(result.GetValue(CliOptions.Data)!, "eval-" + Environment.ProcessId);
            try
            {
                var report = await RelevanceEvaluator.RunAsync(result.GetValue(corpus)!, result.GetValue(queries)!, result.GetValue(qrels)!, work, result.GetValue(run), cancellationToken);
                if (result.GetValue(CliOptions.Json))
                {
                    CliJson.Print(report);
                }
                else
                {
                    var table = new Table().AddColumns("metric", "value");
                    table.AddRow("queries", report.Queries.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    table.AddRow("nDCG@10", report.NdcgAt10.ToString("F4", System.Globalization.CultureInfo.InvariantCulture));
                    table.AddRow("Recall@10", report.RecallAt10.ToString("F4", System.Globalization.CultureInfo.InvariantCulture));
                    table.AddRow("MRR@10", report.MrrAt10.ToString("F4", System.Globalization.CultureInfo.InvariantCulture));
                    table.AddRow("relaxed (any word)", report.Relaxed.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    table.AddRow("naming a document", report.WithReferences.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    foreach (var (band, count, gain) in report.ByLength)
                    {
                        table.AddRow($"nDCG@10, {band} words ({count})", gain.ToString("F4", System.Globalization.CultureInfo.InvariantCulture));
                    }

                    table.AddRow("index seconds", report.IndexSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
                    table.AddRow("query seconds", report.QuerySeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
                    AnsiConsole.Write(table);
                }

                return 0;
            }
            catch (Exception e) when (e is FormatException or InvalidDataException or IOException)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
            finally
            {
                if (Directory.Exists(work))
                {
                    Directory.Delete(work, recursive: true);
                }
            }
        });
        return command;
    }
}
