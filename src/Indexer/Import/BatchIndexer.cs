using System.Diagnostics;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Import;

/// <summary>
/// Writes a stream of records to an index in batches, committing every <see cref="BatchDocuments"/> documents
/// or <see cref="BatchCharacters"/> characters: a crash loses at most the batch in progress, and a rerun
/// skips everything already committed unchanged.
/// </summary>
public sealed class BatchIndexer(LegalIndex index)
{
    /// <summary>Documents per transaction.</summary>
    public int BatchDocuments { get; init; } = 5000;

    /// <summary>Characters of text per transaction.</summary>
    public long BatchCharacters { get; init; } = 32_000_000;

    /// <summary>Indexes <paramref name="records"/>; a bad record is reported and skipped.</summary>
    public IndexSummary Index(IEnumerable<JsonlRecord> records, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        int added = 0, updated = 0, unchanged = 0, seen = 0;
        long characters = 0, batchCharacters = 0;
        var errors = new List<ImportError>();
        using var writer = index.CreateWriter();
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            seen++;
            if (record.Error is { } error)
            {
                errors.Add(error);
                continue;
            }

            var document = record.Document!;
            switch (writer.Upsert(document, record.Structure))
            {
                case WriteOutcome.Added:
                    added++;
                    break;
                case WriteOutcome.Updated:
                    updated++;
                    break;
                default:
                    unchanged++;
                    continue;
            }

            characters += document.Text.Length;
            batchCharacters += document.Text.Length;
            if (writer.Pending >= BatchDocuments || batchCharacters >= BatchCharacters)
            {
                writer.Commit();
                batchCharacters = 0;
            }

            if (seen % 500 == 0)
            {
                progress?.Report(seen);
            }
        }

        writer.Commit();
        progress?.Report(seen);
        return new IndexSummary(added, updated, unchanged, errors, characters, stopwatch.Elapsed);
    }
}
