using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;
using Microsoft.Extensions.Logging;
using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Indexer.Ingestion;

/// <summary>
/// Writes parsed files into one transaction at a time. When writing one file fails, the transaction is
/// rolled back and the batch's other files are written again without it, so a bad file never takes good
/// ones down with it and never leaves half of itself behind.
/// </summary>
internal sealed partial class IngestBatch(LegalIndex index, RawFileStore store, TimeProvider clock, ILogger logger) : IDisposable
{
    private readonly List<(IngestWork Work, IngestResult Result)> pending = [];
    private readonly List<string> written = [];
    private IndexWriter writer = index.CreateWriter(clock);

    /// <summary>Files written but not committed.</summary>
    public int Pending => pending.Count;

    /// <summary>Writes <paramref name="work"/>; returns its result when it is final at once (unchanged, duplicate, failed).</summary>
    public IngestResult? Apply(IngestWork work)
    {
        try
        {
            var result = Write(work);
            if (result.Status is IngestStatus.Added or IngestStatus.NewVersion or IngestStatus.Reparsed)
            {
                pending.Add((work, result));
                return null;
            }

            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWriteFailed(logger, e, work.Input.Name);
            Replay();
            return IngestResult.Failure(work.Input, ExtractionErrorCodes.InternalError, $"{work.Input.Name}: không ghi được vào cơ sở dữ liệu ({e.GetType().Name}: {e.Message}); các tệp khác không bị ảnh hưởng", work.Elapsed);
        }
    }

    /// <summary>Commits the files written so far and returns their results.</summary>
    public IReadOnlyList<(int Ordinal, IngestResult Result)> Commit()
    {
        if (pending.Count == 0)
        {
            return [];
        }

        var done = pending.Select(p => (p.Work.Ordinal, p.Result)).ToList();
        try
        {
            // The originals reach the disk before the rows that refer to them are committed: once per batch.
            RawFileStore.Flush(written);
            writer.Commit();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWriteFailed(logger, e, "commit");
            done = pending.Select(p => (p.Work.Ordinal, IngestResult.Failure(p.Work.Input, ExtractionErrorCodes.InternalError, $"{p.Work.Input.Name}: không lưu được lô ghi ({e.Message})", p.Work.Elapsed))).ToList();
            writer.Dispose();
            writer = index.CreateWriter(clock);
        }

        pending.Clear();
        written.Clear();
        return done;
    }

    public void Dispose() => writer.Dispose();

    private IngestResult Write(IngestWork work)
    {
        var id = work.Parsed.Document.Id;
        var now = clock.GetUtcNow();
        var latest = writer.LatestVersion(id);
        var counts = (Provisions: work.Parsed.Structure.AllNodes.Count(), Citations: work.Parsed.Document.Citations.Count);
        IngestResult Result(IngestStatus status, int version) => new(work.Input.Name, work.Input.SourceKey, status)
        {
            DocumentId = id,
            Version = version,
            Warnings = work.Facts.Warnings,
            Facts = work.Facts,
            Number = work.Parsed.Document.Number?.Display,
            Type = work.Parsed.Document.Type,
            Title = work.Parsed.Document.Title,
            Provisions = counts.Provisions,
            Citations = counts.Citations,
            Elapsed = work.Elapsed,
        };

        // Read before the new parse replaces them: the provisions whose path the newer parser changed.
        ProvisionPathChanges? Moves() =>
            writer.Stored(id) is { } before && ProvisionPathChanges.Between(id, before.Text, before.Structure, work.Parsed.Document.Text, work.Parsed.Structure) is { IsEmpty: false } moves
                ? moves
                : null;

        if (work.Reparsing is { } old)
        {
            var moves = Moves();
            writer.ReplaceParse(Version(work, old.Version, old.IngestedAt, now));
            writer.Upsert(work.Parsed.Document, work.Parsed.Structure);
            return Result(IngestStatus.Reparsed, old.Version) with { Moves = moves };
        }

        // Checked again inside the transaction: another file of this batch may have been these bytes.
        if (latest is not null && latest.FileSha256 == work.Sha256)
        {
            if (latest.ParserVersion == DocumentAssembler.ParserVersion && writer.Contains(id))
            {
                return Result(IngestStatus.Unchanged, latest.Version);
            }

            var moves = Moves();
            writer.ReplaceParse(Version(work, latest.Version, latest.IngestedAt, now));
            writer.Upsert(work.Parsed.Document, work.Parsed.Structure);
            return Result(IngestStatus.Reparsed, latest.Version) with { Moves = moves };
        }

        if (writer.DocumentWithFile(work.Sha256, id) is { } other)
        {
            return new IngestResult(work.Input.Name, work.Input.SourceKey, IngestStatus.Duplicate)
            {
                DocumentId = other,
                Message = $"trùng nội dung với văn bản {other} (same bytes as document {other})",
                Elapsed = work.Elapsed,
            };
        }

        if (store.Write(work.Content, work.Sha256) is { } path)
        {
            written.Add(path);
        }

        var number = (latest?.Version ?? 0) + 1;
        writer.AddVersion(Version(work, number, now, now));
        writer.Upsert(work.Parsed.Document, work.Parsed.Structure);
        return Result(latest is null ? IngestStatus.Added : IngestStatus.NewVersion, number);
    }

    private static DocumentVersion Version(IngestWork work, int number, DateTimeOffset ingestedAt, DateTimeOffset parsedAt) =>
        new(work.Parsed.Document.Id, number, work.Sha256, work.Input.Name, work.Input.SourceKey)
        {
            ParserVersion = DocumentAssembler.ParserVersion,
            IngestedAt = ingestedAt,
            ParsedAt = parsedAt,
            Facts = work.Facts,
            Metadata = work.Parsed.Metadata,
            Text = work.Parsed.Document.Text,
        };

    /// <summary>Rolls back and writes the batch's good files again.</summary>
    private void Replay()
    {
        writer.Dispose();
        writer = index.CreateWriter(clock);
        var good = pending.ToList();
        pending.Clear();
        foreach (var (work, _) in good)
        {
            pending.Add((work, Write(work)));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {File} failed; the batch was rolled back and written again without it")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string file);
}
