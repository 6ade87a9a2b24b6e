using System.Diagnostics;
using System.Threading.Channels;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LawMonitor.Indexer.Ingestion;

/// <summary>
/// Ingests files: reads and parses several at once (one per core; OCR is the slow part), then writes them
/// one after another in batches — raw file to the content-addressed store, a version row, the document and
/// its citations into the index — each batch one transaction. A file that fails gets its result and the
/// batch goes on; nothing stored is changed by a failure; a process killed mid-batch leaves what was
/// committed and nothing half-written.
/// </summary>
public sealed partial class IngestPipeline
{
    private readonly LegalIndex index;
    private readonly RawFileStore store;
    private readonly IngestLimits limits;
    private readonly TimeProvider clock;
    private readonly ILogger logger;

    public IngestPipeline(LegalIndex index, RawFileStore store, IngestLimits limits, TimeProvider? clock = null, ILogger? logger = null)
    {
        this.index = index ?? throw new ArgumentNullException(nameof(index));
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.limits = limits ?? throw new ArgumentNullException(nameof(limits));
        this.clock = clock ?? TimeProvider.System;
        this.logger = logger ?? NullLogger.Instance;

        // A pipeline killed mid-file (kill -9, power) leaves a half-written raw file, a work folder and perhaps a
        // pdftotext still running: the next one to start clears them. The index itself is consistent (one transaction per batch).
        var files = store.RemoveInterrupted();
        var (processes, folders) = WorkFolders.SweepOrphans();
        if (files + processes + folders > 0)
        {
            LogCleared(this.logger, files, folders, processes);
        }
    }

    /// <summary>Files read at once (default: one per core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Files per transaction, at most.</summary>
    public int BatchFiles { get; init; } = 25;

    /// <summary>Longest a written file waits for its batch to commit.</summary>
    public TimeSpan BatchTime { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Ingests <paramref name="inputs"/>; results come back in input order, and each is reported as it is final.</summary>
    public Task<IReadOnlyList<IngestResult>> IngestAsync(IEnumerable<IngestInput> inputs, IProgress<IngestResult>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(inputs.Select((input, i) => (input, (DocumentVersion?)null, i)).ToAsyncEnumerable(), progress, keep: true, cancellationToken);

    /// <summary>
    /// Ingests files as they arrive (a crawl hands them over while it fetches) until <paramref name="inputs"/>
    /// ends; each result is reported through <paramref name="progress"/> once it is final (committed), and
    /// none is kept, so memory stays flat however long the stream.
    /// </summary>
    public async Task IngestStreamAsync(IAsyncEnumerable<IngestInput> inputs, IProgress<IngestResult> progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var ordinal = 0;
        await RunAsync(inputs.Select(input => (input, (DocumentVersion?)null, ordinal++)), progress, keep: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Re-reads the stored original of the latest version of every ingested document parsed by an older
    /// parser (all of them with <paramref name="force"/>, or only <paramref name="ids"/> when given), and
    /// replaces that version's parse and the indexed document. No new version is made.
    /// </summary>
    public Task<IReadOnlyList<IngestResult>> ReparseAsync(IReadOnlyCollection<DocumentId>? ids, bool force, IProgress<IngestResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var reader = index.Documents;
        var versions = ids is { Count: > 0 }
            ? ids.Select(id => reader.LatestVersion(id)).OfType<DocumentVersion>().Where(v => force || v.ParserVersion < DocumentAssembler.ParserVersion).ToList()
            : reader.ParsedBefore(force ? int.MaxValue : DocumentAssembler.ParserVersion).ToList();
        var work = versions.Select((v, i) =>
        {
            var path = store.PathOf(v.FileSha256);
            var input = new IngestInput(v.FileName, v.SourceKey, reader.Get(v.DocumentId, withText: false)?.Document.Source ?? SourceNames.Ingest, File.Exists(path) ? new FileInfo(path).Length : 0,
                async ct => await store.GetAsync(v.FileSha256, ct).ConfigureAwait(false) ?? throw new FileNotFoundException("raw file missing", path));
            return (input, (DocumentVersion?)v, i);
        });
        return RunAsync(work.ToAsyncEnumerable(), progress, keep: true, cancellationToken);
    }

    private async Task<IReadOnlyList<IngestResult>> RunAsync(IAsyncEnumerable<(IngestInput Input, DocumentVersion? Reparsing, int Ordinal)> items, IProgress<IngestResult>? progress, bool keep, CancellationToken cancellationToken)
    {
        var results = new SortedDictionary<int, IngestResult>();
        var channel = Channel.CreateBounded<(int Ordinal, IngestResult? Final, IngestWork? Work)>(Math.Max(2, Parallelism * 2));
        var produce = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Parallelism), CancellationToken = cancellationToken }, async (item, ct) =>
                {
                    var prepared = await PrepareAsync(item.Input, item.Reparsing, item.Ordinal, ct).ConfigureAwait(false);
                    await channel.Writer.WriteAsync(prepared, ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        }, CancellationToken.None);

        using (var batch = new IngestBatch(index, store, clock, logger))
        {
            void Publish(IngestResult result, int ordinal)
            {
                if (keep)
                {
                    results[ordinal] = result;
                }

                progress?.Report(result);
            }

            var firstPending = (DateTimeOffset?)null;
            try
            {
                await foreach (var (ordinal, final, work) in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (final is not null)
                    {
                        Publish(final, ordinal);
                    }
                    else if (batch.Apply(work!) is { } immediate)
                    {
                        Publish(immediate, ordinal);
                    }

                    firstPending ??= batch.Pending > 0 ? clock.GetUtcNow() : null;
                    if (batch.Pending >= BatchFiles || (firstPending is { } since && clock.GetUtcNow() - since >= BatchTime))
                    {
                        foreach (var (o, r) in batch.Commit())
                        {
                            Publish(r, o);
                        }

                        firstPending = null;
                    }
                }
            }
            finally
            {
                // What was written completely is committed, also when the run is cancelled.
                foreach (var (o, r) in batch.Commit())
                {
                    Publish(r, o);
                }
            }
        }

        await produce.ConfigureAwait(false);
        return results.Values.ToList();
    }

    /// <summary>Reads, checks and parses one file; a final result when there is nothing to write.</summary>
    private async Task<(int, IngestResult?, IngestWork?)> PrepareAsync(IngestInput input, DocumentVersion? reparsing, int ordinal, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            if (input.Length > limits.MaxFileBytes)
            {
                return (ordinal, IngestResult.Failure(input, ExtractionErrorCodes.TooLarge,
                    $"{input.Name}: {input.Length / (1024.0 * 1024):F0} MB, vượt giới hạn {limits.MaxFileBytes / (1024 * 1024)} MB (too large; setting Ingest:MaxFileMegabytes)", stopwatch.Elapsed), null);
            }

            byte[] content;
            try
            {
                content = await input.Read(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (ordinal, IngestResult.Failure(input, ExtractionErrorCodes.Unreadable, $"{input.Name}: không đọc được tệp ({e.Message})", stopwatch.Elapsed), null);
            }

            var sha = RawFileStore.Hash(content);
            var id = reparsing?.DocumentId ?? input.DocumentId ?? DocumentIds.ForSource(input.SourceKey, input.Name);
            if (reparsing is null && Settled(input, id, sha) is { } settled)
            {
                return (ordinal, settled with { Elapsed = stopwatch.Elapsed }, null);
            }

            var extracted = await DocumentExtractor.ExtractAsync(new RawFile(input.Name, content, input.ContentType), limits, cancellationToken).ConfigureAwait(false);
            if (!extracted.Succeeded)
            {
                return (ordinal, IngestResult.Failure(input, extracted.Error.Code, extracted.Error.Message, stopwatch.Elapsed) with { DocumentId = reparsing?.DocumentId }, null);
            }

            var parsed = DocumentAssembler.Assemble(id, extracted.Value, input.Source);
            var facts = DocumentAssembler.Facts(extracted.Value, content.LongLength);
            return (ordinal, null, new IngestWork(ordinal, input, content, sha, parsed, facts, stopwatch.Elapsed, reparsing));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            LogUnexpected(logger, e, input.Name);
            return (ordinal, IngestResult.Failure(input, ExtractionErrorCodes.InternalError, $"{input.Name}: lỗi không mong đợi khi đọc tệp ({e.GetType().Name}: {e.Message}); tệp khác vẫn được xử lý", stopwatch.Elapsed), null);
        }
    }

    /// <summary>Unchanged (same bytes as the latest version, parsed by this parser, in the index) or a duplicate of another source's document.</summary>
    private IngestResult? Settled(IngestInput input, DocumentId id, string sha)
    {
        var reader = index.Documents;
        var latest = reader.LatestVersion(id);
        if (latest is not null && latest.FileSha256 == sha && latest.ParserVersion == DocumentAssembler.ParserVersion && reader.Contains(id))
        {
            return new IngestResult(input.Name, input.SourceKey, IngestStatus.Unchanged) { DocumentId = id, Version = latest.Version, Facts = latest.Facts };
        }

        return reader.DocumentWithFile(sha, id) is { } other
            ? new IngestResult(input.Name, input.SourceKey, IngestStatus.Duplicate) { DocumentId = other, Message = $"trùng nội dung với văn bản {other} (same bytes as document {other})" }
            : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleared what an interrupted ingest left: {Files} temporary raw files, {Folders} work folders, {Processes} tool processes")]
    private static partial void LogCleared(ILogger logger, int files, int folders, int processes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error ingesting {File}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string file);
}
