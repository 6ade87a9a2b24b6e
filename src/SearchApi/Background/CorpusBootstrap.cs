using LawMonitor.Indexer.Import;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Settings;

namespace LawMonitor.SearchApi.Background;

/// <summary>
/// On first start (an empty index), ingests the bundled corpus so the service has something to show: its
/// documents go through the same pipeline as <c>./lawmonitor ingest</c> (JSONL corpora through the JSONL
/// importer). README files are documentation, not documents; folders starting with "_" hold what the corpus
/// was made from (corpus/_authoring); <c>demo-registers.json</c> holds the demo's findings and
/// recommendations, recorded once the documents are in. Runs before every hosted service that works (only the
/// one-line <see cref="OlderParserNotice"/> comes first), so the host has
/// finished it (and the server answers) only once the first start's documents and registers are in. A stop
/// requested meanwhile cancels it between batches (each batch is one transaction); the index is then no longer
/// empty, so the next start does not offer the corpus again: <c>./lawmonitor ingest corpus/hoa-phong</c> completes it.
/// </summary>
internal sealed partial class CorpusBootstrap(
    IngestPipeline pipeline, LegalIndex index, Indexer.Monitoring.MonitoringStore store, MonitoringSettings settings, DetectionRunner detection, string? corpusDirectory,
    Security.AccountStore accounts, ILogger<CorpusBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (index.Generation != 0 || corpusDirectory is null || !Directory.Exists(corpusDirectory))
        {
            return;
        }

        await IngestAsync(corpusDirectory, cancellationToken).ConfigureAwait(false);
        await RecordDemoAsync(corpusDirectory, cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task IngestAsync(string corpusDirectory, CancellationToken cancellationToken)
    {
        var files = IngestInput.FilesUnder(corpusDirectory)
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase) && Path.GetFileName(f) != DemoRegisters.FileName)
            .Where(f => !Path.GetRelativePath(corpusDirectory, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('_')))
            .ToList();
        var inputs = files.Where(f => !f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            .Select(f => IngestInput.FromFile(f, SourceNames.Corpus, "corpus:" + Path.GetRelativePath(corpusDirectory, f).Replace('\\', '/')));
        var results = await pipeline.IngestAsync(inputs, null, cancellationToken).ConfigureAwait(false);
        foreach (var failed in results.Where(r => !r.Ok))
        {
            LogError(logger, failed.Message ?? failed.Name);
        }

        var ok = results.Count(r => r.Ok);
        var failedCount = results.Count(r => !r.Ok);
        foreach (var corpus in files.Where(f => f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)))
        {
            var summary = await JsonlImport.ImportAsync(pipeline, corpus, SourceNames.Corpus, cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var error in summary.Errors)
            {
                LogError(logger, error.Message);
            }

            ok += summary.Added + summary.Updated + summary.Unchanged;
            failedCount += summary.Failed;
        }

        LogIndexed(logger, corpusDirectory, ok, failedCount);
    }

    /// <summary>The demo's registers next to the corpus folder's documents, recorded once they are in; then the detectors run.</summary>
    private async Task RecordDemoAsync(string corpusDirectory, CancellationToken cancellationToken)
    {
        try
        {
            var (findings, recommendations) = DemoRegisters.Record(Path.Combine(corpusDirectory, DemoRegisters.FileName), index, store, settings.AnswerDays);
            if (findings + recommendations > 0)
            {
                LogRegisters(logger, findings, recommendations);
            }

            // The demo province's letterhead on its report drafts, unless an admin has set one.
            if (accounts.Letterhead is null && DemoRegisters.Letterhead(Path.Combine(corpusDirectory, DemoRegisters.FileName)) is { } letterhead)
            {
                accounts.Letterhead = letterhead;
            }
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or IOException)
        {
            LogError(logger, e.Message);
        }

        try
        {
            // The demo's plans are read on the day officers took them up; the detectors then read the other plans.
            DemoRegisters.ProposeTasks(Path.Combine(corpusDirectory, DemoRegisters.FileName), index, store);
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or IOException)
        {
            LogError(logger, e.Message);
        }

        await detection.RunNowAsync("corpus", cancellationToken).ConfigureAwait(false);
        try
        {
            // What officers did with the proposed tasks comes after.
            DemoRegisters.RecordTasks(Path.Combine(corpusDirectory, DemoRegisters.FileName), index, store);
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or IOException)
        {
            LogError(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo registers recorded: {Findings} findings, {Recommendations} recommendations")]
    private static partial void LogRegisters(ILogger logger, int findings, int recommendations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested the bundled corpus from {Directory}: {Added} documents, {Failed} failed")]
    private static partial void LogIndexed(ILogger logger, string directory, int added, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bundled corpus: {Message}")]
    private static partial void LogError(ILogger logger, string message);
}
