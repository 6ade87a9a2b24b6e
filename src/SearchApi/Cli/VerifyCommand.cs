using System.CommandLine;
using LawMonitor.Indexer.Storage;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary><c>verify</c>: check that the index is whole (after a crash, a copy, a restore).</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var command = new Command("verify", "Kiểm tra chỉ mục: tính toàn vẹn SQLite và FTS5, mọi văn bản đủ quy định, thống kê khớp khi đếm lại");
        command.SetAction((result, cancellationToken) =>
        {
            var index = LegalIndex.Open(result.GetValue(CliOptions.Data)!);
            var health = IndexVerifier.Verify(index);
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(health);
            }
            else
            {
                AnsiConsole.MarkupLine(health.Ok
                    ? $"[green]Chỉ mục toàn vẹn[/] (index OK): {health.Documents} văn bản, {health.Units} đơn vị"
                    : "[red]Chỉ mục có lỗi[/] (index damaged):");
                foreach (var problem in health.Problems)
                {
                    AnsiConsole.MarkupLine("  " + Markup.Escape(problem));
                }

                // Not damage: a reading this build would make otherwise, until the kept originals are read again.
                var older = index.Documents.ParsedBefore(Indexer.Ingestion.DocumentAssembler.ParserVersion);
                if (older.Count > 0)
                {
                    AnsiConsole.MarkupLine($"[yellow]{older.Count} văn bản được đọc bằng bộ phân tích cũ (từ parser {older.Min(v => v.ParserVersion)}, nay là parser {Indexer.Ingestion.DocumentAssembler.ParserVersion})[/]: chạy ./lawmonitor reparse để đọc lại tệp gốc.");
                }
            }

            return Task.FromResult(health.Ok ? 0 : 3);
        });
        return command;
    }
}
