using System.CommandLine;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using LawMonitor.SearchApi.Monitoring;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary><c>reparse [DOCID…] [--all]</c>: read stored originals again with the current parser.</summary>
internal static class ReparseCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("docid") { Description = "Văn bản cần đọc lại, theo mã hoặc số, ký hiệu (mặc định: mọi văn bản được đọc bằng bộ phân tích cũ hơn)", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Đọc lại cả văn bản đã được đọc bằng bộ phân tích hiện tại" };
        var command = new Command("reparse", "Đọc lại tệp gốc đã lưu bằng bộ phân tích hiện tại (không tạo phiên bản mới)");
        command.Arguments.Add(ids);
        command.Options.Add(all);
        IngestLimitOptions.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var (limits, error) = IngestLimitOptions.Read(result);
            if (limits is null)
            {
                Console.Error.WriteLine(error);
                return 1;
            }

            var data = result.GetValue(CliOptions.Data)!;
            var index = LegalIndex.Open(data);
            var docIds = new List<DocumentId>();
            foreach (var text in result.GetValue(ids) ?? [])
            {
                var (id, idError, note) = CliDocuments.Resolve(index, text);
                if (id is null)
                {
                    Console.Error.WriteLine(idError);
                    return 3;
                }

                if (note is not null)
                {
                    Console.Error.WriteLine(note);
                }

                docIds.Add(id.Value);
            }

            var pipeline = new IngestPipeline(index, new RawFileStore(data), limits, CliClock.Clock);
            var results = await pipeline.ReparseAsync(docIds, result.GetValue(all) || docIds.Count > 0, null, cancellationToken);
            var moved = ProvisionMoves.Apply(results, () => MonitoringStore.Open(data, CliClock.Clock), () => new Alerts.AlertStore(data, CliClock.Clock));
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(results.Select(IngestResultResponse.From));
            }
            else
            {
                AnsiConsole.MarkupLine($"Đọc lại {results.Count(r => r.Ok)} văn bản (parser {DocumentAssembler.ParserVersion}), [red]{results.Count(r => !r.Ok)} lỗi[/]");
                foreach (var failed in results.Where(r => !r.Ok))
                {
                    AnsiConsole.MarkupLine($"[red]{Markup.Escape(failed.Code ?? "")}[/] {Markup.Escape(failed.Message ?? "")}");
                }
            }

            if (moved > 0)
            {
                Console.Error.WriteLine(ProvisionMoves.Words(moved));
            }

            return results.All(r => r.Ok) ? 0 : 2;
        });
        return command;
    }
}
