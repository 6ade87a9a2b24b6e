using System.CommandLine;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary><c>reparse [DOCID…] [--all]</c>: read stored originals again with the current parser.</summary>
internal static class ReparseCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("docid") { Description = "Documents to re-parse (default: every document parsed by an older parser)", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Re-parse even documents already parsed by the current parser" };
        var command = new Command("reparse", "Read the stored original files again with the current parser (no new versions)");
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

            var docIds = new List<DocumentId>();
            foreach (var text in result.GetValue(ids) ?? [])
            {
                if (!DocumentId.TryCreate(text, out var id, out var idError))
                {
                    Console.Error.WriteLine($"docid: {idError}");
                    return 1;
                }

                docIds.Add(id);
            }

            var data = result.GetValue(CliOptions.Data)!;
            var pipeline = new IngestPipeline(LegalIndex.Open(data), new RawFileStore(data), limits, CliClock.Clock);
            var results = await pipeline.ReparseAsync(docIds, result.GetValue(all) || docIds.Count > 0, null, cancellationToken);
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

            return results.All(r => r.Ok) ? 0 : 2;
        });
        return command;
    }
}
