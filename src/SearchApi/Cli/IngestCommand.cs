using System.CommandLine;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using LawMonitor.SearchApi.Monitoring;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// <c>ingest PATH…</c>: read files or folders (recursively) into the index, with a progress bar and a per-file
/// summary. Exit code 0 when every file is in the index, 2 when some failed, 1 on bad usage.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Tệp hoặc thư mục (đọc cả thư mục con; bỏ qua tệp ẩn)", Arity = ArgumentArity.OneOrMore };
        var source = new Option<string>("--source") { Description = "Tên nguồn hiển thị và dùng để lọc (nguon:)", DefaultValueFactory = _ => SourceNames.Ingest };
        var noDetect = new Option<bool>("--no-detect") { Description = "Không chạy các bộ phát hiện sau khi nhập" };
        var command = new Command("ingest", "Nhập tệp HTML, PDF (cả bản quét), DOC, DOCX, RTF và văn bản thuần: thông tin văn bản, quy định, viện dẫn, phiên bản");
        command.Arguments.Add(paths);
        command.Options.Add(source);
        command.Options.Add(noDetect);
        IngestLimitOptions.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var (limits, error) = IngestLimitOptions.Read(result);
            if (limits is null)
            {
                Console.Error.WriteLine(error);
                return 1;
            }

            var json = result.GetValue(CliOptions.Json);
            var data = result.GetValue(CliOptions.Data)!;
            var sourceName = result.GetValue(source)!;
            var missing = new List<IngestResult>();
            var inputs = new List<IngestInput>();
            foreach (var path in result.GetValue(paths)!)
            {
                if (File.Exists(path))
                {
                    inputs.Add(IngestInput.FromFile(path, sourceName));
                }
                else if (Directory.Exists(path))
                {
                    inputs.AddRange(IngestInput.FilesUnder(path).Select(f => IngestInput.FromFile(f, sourceName)));
                }
                else
                {
                    missing.Add(new IngestResult(path, "file:" + Path.GetFullPath(path), IngestStatus.Failed) { Code = "not-found", Message = $"{path}: không tìm thấy tệp hay thư mục (no such file or folder)" });
                }
            }

            var index = LegalIndex.Open(data);
            var pipeline = new IngestPipeline(index, new RawFileStore(data), limits, CliClock.Clock);
            var results = missing.Concat(await Run(pipeline, inputs, json, cancellationToken)).ToList();
            var moved = ProvisionMoves.Apply(results, () => Indexer.Monitoring.MonitoringStore.Open(data, CliClock.Clock), () => new Alerts.AlertStore(data, CliClock.Clock));
            if (json)
            {
                CliJson.Print(results.Select(IngestResultResponse.From));
            }
            else
            {
                PrintSummary(results);
            }

            if (moved > 0)
            {
                Console.Error.WriteLine(ProvisionMoves.Words(moved));
            }

            if (!result.GetValue(noDetect) && results.Any(r => r.Status is IngestStatus.Added or IngestStatus.NewVersion or IngestStatus.Reparsed))
            {
                var summary = Indexer.Monitoring.Detectors.Detection.Run(index, Indexer.Monitoring.MonitoringStore.Open(data, CliClock.Clock), Indexer.Monitoring.Detectors.DetectorUnitStore.Open(data), calendar: CliClock.Calendar, cancellationToken: cancellationToken);
                var byDetector = string.Join(", ", summary.Added.Where(p => p.Value > 0).Select(p => $"{Indexer.Monitoring.MonitoringNames.FoundBy(p.Key)}: {p.Value}"));
                Console.Error.WriteLine($"Phát hiện: {summary.TotalAdded} ứng viên mới{(byDetector.Length > 0 ? $" ({byDetector})" : string.Empty)}; xem ./lawmonitor findings");
                if (summary.RegistersText is { } registers)
                {
                    Console.Error.WriteLine($"Kế hoạch và báo cáo: {registers}; xem ./lawmonitor tasks, ./lawmonitor obligations");
                }
            }

            return results.All(r => r.Ok) ? 0 : 2;
        });
        return command;
    }

    private static async Task<IReadOnlyList<IngestResult>> Run(IngestPipeline pipeline, List<IngestInput> inputs, bool json, CancellationToken cancellationToken)
    {
        if (json || !AnsiConsole.Profile.Capabilities.Interactive || inputs.Count == 0)
        {
            return await pipeline.IngestAsync(inputs, null, cancellationToken);
        }

        IReadOnlyList<IngestResult> results = [];
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Đang đọc văn bản", maxValue: inputs.Count);
                var progress = new Progress<IngestResult>(r =>
                {
                    task.Increment(1);
                    task.Description = Markup.Escape(r.Name.Length > 40 ? r.Name[..40] + "…" : r.Name);
                });
                results = await pipeline.IngestAsync(inputs, progress, cancellationToken);
                task.Value = task.MaxValue;
            });
        return results;
    }

    private static void PrintSummary(IReadOnlyList<IngestResult> results)
    {
        var table = new Table().AddColumn("Tệp").AddColumn("Kết quả").AddColumn("Văn bản").AddColumn("Mã (show)").AddColumn("Ghi chú");
        foreach (var r in results)
        {
            var outcome = r.Status switch
            {
                IngestStatus.Added => "[green]mới[/]",
                IngestStatus.NewVersion => $"[green]phiên bản {r.Version}[/]",
                IngestStatus.Reparsed => "[green]đọc lại[/]",
                IngestStatus.Unchanged => "[grey]không đổi[/]",
                IngestStatus.Duplicate => "[yellow]trùng[/]",
                _ => $"[red]lỗi {Markup.Escape(r.Code ?? string.Empty)}[/]",
            };
            var what = r.Ok ? Indexer.Legal.DocumentName.Of(Indexer.Legal.DocumentNumberParser.TryParse(r.Number), r.Type, r.Title) : string.Empty;
            var note = r.Ok
                ? string.Join("; ", new[] { r.Message, Ocr(r) }.Concat(r.Warnings).Where(s => !string.IsNullOrEmpty(s)))
                : r.Message ?? string.Empty;
            table.AddRow(Markup.Escape(r.Name), outcome, Markup.Escape(what), Markup.Escape(r.Ok ? r.DocumentId?.Value ?? string.Empty : string.Empty), Markup.Escape(note));
        }

        AnsiConsole.Write(table);
        var counts = results.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        int Count(IngestStatus s) => counts.GetValueOrDefault(s);
        AnsiConsole.MarkupLine(
            $"{results.Count} tệp: [green]{Count(IngestStatus.Added)} mới, {Count(IngestStatus.NewVersion)} phiên bản mới, {Count(IngestStatus.Reparsed)} đọc lại[/], " +
            $"{Count(IngestStatus.Unchanged)} không đổi, [yellow]{Count(IngestStatus.Duplicate)} trùng[/], [red]{Count(IngestStatus.Failed)} lỗi[/]");
    }

    private static string? Ocr(IngestResult r) =>
        r.Facts is { OcrPages.Count: > 0 } f ? $"OCR {f.OcrPages.Count} trang, độ tin cậy {f.OcrConfidence:F0}%" : null;
}
