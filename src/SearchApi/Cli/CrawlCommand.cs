using System.CommandLine;
using LawMonitor.Crawler.Adapters;
using LawMonitor.Crawler.Engine;
using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Sources;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// <c>crawl SOURCE</c> (a source file or a configured source's name) or <c>crawl --seed URL</c>: collects a
/// portal through the ingestion pipeline, resuming the source's interrupted run if there is one. Exit code 0
/// when the run completed without errors, 2 when some URLs failed, 1 on bad usage or a refused source, 3 when
/// no such source is configured.
/// </summary>
internal static class CrawlCommand
{
    public static Command Create()
    {
        var source = new Argument<string?>("source") { Description = "Tệp nguồn thu thập (JSON) hoặc tên một nguồn đã cấu hình", Arity = ArgumentArity.ZeroOrOne };
        var seed = new Option<string?>("--seed") { Description = "Thu thập riêng một trang từ địa chỉ này (phạm vi là máy chủ của nó, giãn cách mặc định)" };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Cho phép thu thập từ địa chỉ nội bộ (máy trong mạng LAN, trang thử nghiệm)" };
        var delay = new Option<double?>("--delay") { Description = "Số giây giữa hai yêu cầu tới cùng một máy chủ (mặc định 2; crawl-delay của robots.txt có thể tăng lên)" };
        var maxUrls = new Option<int?>("--max-urls") { Description = "Số địa chỉ tối đa một lượt thu thập" };
        var contact = new Option<string?>("--contact") { Description = "Địa chỉ liên hệ gửi kèm user agent (thay cho thiết lập Crawler:Contact)" };
        var command = new Command("crawl", "Thu thập văn bản từ cổng thông tin của cơ quan nhà nước một cách lịch sự (robots.txt, giãn cách, yêu cầu có điều kiện), tiếp tục được khi bị ngắt");
        command.Arguments.Add(source);
        command.Options.Add(seed);
        command.Options.Add(allowPrivate);
        command.Options.Add(delay);
        command.Options.Add(maxUrls);
        command.Options.Add(contact);
        command.SetAction(async (result, cancellationToken) =>
        {
            var data = result.GetValue(CliOptions.Data)!;
            var json = result.GetValue(CliOptions.Json);
            var store = CrawlStore.Open(data);
            var (crawlSource, error, exit) = Resolve(store, result.GetValue(source), result.GetValue(seed), result.GetValue(allowPrivate));
            if (crawlSource is null)
            {
                Console.Error.WriteLine(error);
                return exit;
            }

            if (result.GetValue(delay) is { } seconds)
            {
                if (seconds is < 0 or > 3600)
                {
                    Console.Error.WriteLine("--delay: cần trong khoảng 0–3600 giây (seconds between requests, 0–3600)");
                    return 1;
                }

                crawlSource = crawlSource with { Delay = TimeSpan.FromSeconds(seconds) };
            }

            if (result.GetValue(maxUrls) is { } max)
            {
                crawlSource = crawlSource with { MaxPages = Math.Max(1, max) };
            }

            var index = LegalIndex.Open(data);
            var pipeline = new IngestPipeline(index, new RawFileStore(data), IngestLimits.Default with { MaxFileBytes = crawlSource.MaxResponseBytes }, CliClock.Clock);
            var options = new CrawlerOptions { DataDirectory = data, Contact = result.GetValue(contact) ?? Environment.GetEnvironmentVariable("Crawler__Contact") ?? new CrawlerOptions { DataDirectory = data }.Contact };
            var engine = new CrawlEngine(store, pipeline, options, CliClock.Clock,
                ingested: r => Monitoring.ProvisionMoves.Apply([r], () => Indexer.Monitoring.MonitoringStore.Open(data, CliClock.Clock), () => new Alerts.AlertStore(data, CliClock.Clock)));
            var outcome = await Run(engine, crawlSource, json, cancellationToken);
            if (!outcome.Succeeded)
            {
                Console.Error.WriteLine($"{crawlSource.Name}: {outcome.Error.Message}");
                return 1;
            }

            if (outcome.Value.Counts.DocumentsNew + outcome.Value.Counts.DocumentsChanged > 0)
            {
                // What the crawl ingested is checked like any ingest batch.
                var detected = Indexer.Monitoring.Detectors.Detection.Run(index, Indexer.Monitoring.MonitoringStore.Open(data, CliClock.Clock), Indexer.Monitoring.Detectors.DetectorUnitStore.Open(data), calendar: CliClock.Calendar, cancellationToken: cancellationToken);
                Console.Error.WriteLine($"Phát hiện: {detected.TotalAdded} ứng viên mới; xem ./lawmonitor findings");
            }

            var errors = store.Errors(outcome.Value.Id, 1000, 0);
            if (json)
            {
                CliJson.Print(CrawlRunResponse.From(outcome.Value, errors));
            }
            else
            {
                PrintSummary(outcome.Value, errors);
            }

            return outcome.Value.Status != CrawlRunStatus.Completed ? 1 : outcome.Value.Counts.ErrorTotal > 0 ? 2 : 0;
        });
        return command;
    }

    private static (CrawlSource? Source, string? Error, int Exit) Resolve(CrawlStore store, string? nameOrFile, string? seed, bool allowPrivate)
    {
        if ((nameOrFile is null) == (seed is null))
        {
            return (null, "crawl: cần đúng một trong hai: SOURCE (tệp nguồn hoặc tên nguồn) hoặc --seed URL (give a source or --seed, not both)", 1);
        }

        if (seed is not null)
        {
            if (!Uri.TryCreate(seed, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                return (null, $"--seed: \"{seed}\" không phải địa chỉ http(s) tuyệt đối (an absolute http or https URL is expected)", 1);
            }

            if (ForbiddenSites.Match(url.IdnHost) is { } forbidden)
            {
                return (null, $"--seed: {CrawlSourceReader.Forbidden(forbidden)}", 1);
            }

            return (CrawlSource.ForSeed(url, allowPrivate), null, 0);
        }

        var catalog = new SourceCatalog(store, SiteAdapters.Default, CliClock.Clock);
        var read = catalog.Resolve(nameOrFile!);
        if (read is null)
        {
            return (null, $"{nameOrFile}: không có tệp nguồn hay nguồn nào tên này (no such source file or configured source)", 3);
        }

        if (!read.Succeeded)
        {
            return (null, string.Join(Environment.NewLine, read.Errors.Select(e => $"{e.Field}: {e.Message}")), 1);
        }

        return (allowPrivate ? read.Source with { AllowPrivate = true } : read.Source, null, 0);
    }

    private static async Task<Outcome<CrawlRun>> Run(CrawlEngine engine, CrawlSource source, bool json, CancellationToken cancellationToken)
    {
        if (json || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await engine.RunAsync(source, "cli", cancellationToken: cancellationToken);
        }

        Outcome<CrawlRun>? outcome = null;
        await AnsiConsole.Status().StartAsync($"Đang thu thập {Markup.Escape(source.Name)}…", async context =>
        {
            var progress = new Progress<CrawlProgress>(p => context.Status(Markup.Escape(
                $"Đã xử lý {p.Processed} địa chỉ, {p.Documents} văn bản, {p.Errors} lỗi — {Shorten(p.Current?.ToString() ?? "")}")));
            outcome = await engine.RunAsync(source, "cli", progress, cancellationToken: cancellationToken);
        });
        return outcome!;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static void PrintSummary(CrawlRun run, IReadOnlyList<CrawlError> errors)
    {
        var c = run.Counts;
        Console.WriteLine($"Lần thu thập {run.Id} ({run.Source}): {run.Status}{(run.Resumes > 0 ? $", tiếp tục {run.Resumes} lần" : "")}");
        Console.WriteLine($"  trang: {c.Pages} (không đổi, 304: {c.NotModified}), yêu cầu HTTP: {c.Requests}");
        Console.WriteLine($"  văn bản: mới {c.DocumentsNew}, thay đổi {c.DocumentsChanged}, không đổi {c.DocumentsUnchanged}, trùng {c.Duplicates}");
        if (c.Queued > 0)
        {
            Console.WriteLine($"  còn chờ: {c.Queued}");
        }

        if (run.Dropped > 0)
        {
            Console.WriteLine($"  bỏ qua do giới hạn số địa chỉ: {run.Dropped}");
        }

        foreach (var (code, count) in c.Skipped)
        {
            Console.WriteLine($"  không tải ({code}): {count}");
        }

        foreach (var (code, count) in c.Errors)
        {
            Console.WriteLine($"  lỗi {code}: {count}");
        }

        foreach (var error in errors.Where(e => e.State != FrontierState.Skipped).Take(20))
        {
            Console.WriteLine($"    {error.Code}  {error.Message}");
        }

        if (run.Message is not null)
        {
            Console.WriteLine($"  ghi chú: {run.Message}");
        }
    }
}
