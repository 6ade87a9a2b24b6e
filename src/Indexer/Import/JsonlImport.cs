using System.Collections.Concurrent;
using System.Diagnostics;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Indexer.Import;

/// <summary>
/// Imports JSONL corpora through the ingest pipeline, the same assembler and writer as every other input:
/// each record gets a version, its raw file, its provision tree and its citations; a rerun skips what is
/// committed unchanged; a crash loses at most the batch in progress (the pipeline's <c>BatchFiles</c>).
/// </summary>
public static class JsonlImport
{
    /// <summary>Imports <paramref name="path"/>; a bad line is reported and skipped.</summary>
    /// <param name="pipeline">The pipeline that writes the records.</param>
    /// <param name="path">The JSONL file.</param>
    /// <param name="source">The source when a record gives none (default: the file's name).</param>
    /// <param name="progress">Lines done so far.</param>
    /// <param name="cancellationToken">Stops the import; what was committed stays.</param>
    public static async Task<IndexSummary> ImportAsync(IngestPipeline pipeline, string path, string? source = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var stopwatch = Stopwatch.StartNew();
        var tally = new Tally(path, progress);
        await pipeline.IngestStreamAsync(tally.Inputs(JsonlCorpusReader.Read(path, source)).ToAsyncEnumerable(), tally, cancellationToken).ConfigureAwait(false);
        return tally.Summary(stopwatch.Elapsed);
    }

    /// <summary>Counts results as the pipeline makes them final, and remembers which line each input in flight came from.</summary>
    private sealed class Tally(string path, IProgress<int>? progress) : IProgress<IngestResult>
    {
        private readonly ConcurrentDictionary<string, (int Line, long Bytes)> inFlight = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<ImportError> errors = new();
        private int added, updated, unchanged, done;
        private long bytes;

        public IEnumerable<IngestInput> Inputs(IEnumerable<JsonlLine> lines)
        {
            foreach (var line in lines)
            {
                if (line.Error is { } error)
                {
                    errors.Enqueue(error);
                    Interlocked.Increment(ref done);
                    continue;
                }

                var input = line.Input!;
                inFlight[input.SourceKey] = (line.Line, input.Length);
                yield return input;
            }
        }

        public void Report(IngestResult value)
        {
            inFlight.TryRemove(value.SourceKey, out var origin);
            switch (value.Status)
            {
                case IngestStatus.Added:
                    Interlocked.Increment(ref added);
                    Interlocked.Add(ref bytes, origin.Bytes);
                    break;
                case IngestStatus.NewVersion or IngestStatus.Reparsed:
                    Interlocked.Increment(ref updated);
                    Interlocked.Add(ref bytes, origin.Bytes);
                    break;
                case IngestStatus.Unchanged:
                    Interlocked.Increment(ref unchanged);
                    break;
                default:
                    var message = value.Status == IngestStatus.Duplicate ? $"same record as document {value.DocumentId}" : value.Message ?? value.Code ?? "failed";
                    errors.Enqueue(new ImportError(path, origin.Line, value.Code ?? ExtractionErrorCodes.Duplicate, $"{Path.GetFileName(path)}:{origin.Line}: {message}"));
                    break;
            }

            var count = Interlocked.Increment(ref done);
            if (count % 500 == 0)
            {
                progress?.Report(count);
            }
        }

        public IndexSummary Summary(TimeSpan elapsed)
        {
            progress?.Report(done);
            return new IndexSummary(added, updated, unchanged, errors.OrderBy(e => e.Line).ToList(), bytes, elapsed);
        }
    }
}
