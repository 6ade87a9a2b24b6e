using LawMonitor.Crawler.Frontier;
using LawMonitor.Indexer.Ingestion;

namespace LawMonitor.Crawler.Engine;

/// <summary>Marks a staged URL done (or failed) once ingestion has committed (or rejected) its document, and tells the host.</summary>
internal sealed class IngestRecorder(CrawlStore store, RunState state, TimeProvider clock, Action<IngestResult>? ingested) : IProgress<IngestResult>
{
    public void Report(IngestResult value)
    {
        var url = store.StagedUrl(state.RunId, new Uri(value.SourceKey)) ?? new Uri(value.SourceKey);
        if (value.Ok)
        {
            var outcome = value.Status switch
            {
                IngestStatus.Added => "added",
                IngestStatus.NewVersion => "new-version",
                IngestStatus.Duplicate => "duplicate",
                IngestStatus.Reparsed => "reparsed",
                _ => "unchanged",
            };
            store.MarkIngested(state.RunId, url, outcome, value.DocumentId?.Value, clock.GetUtcNow());
        }
        else
        {
            store.MarkFailed(new FrontierItem(state.RunId, url, PageKind.Attachment, 0, null), FrontierState.Failed, value.Code ?? "ingest-failed", value.Message ?? value.Name, null, 0, "ingest-failed");
        }

        state.Ingested(url, !value.Ok);
        ingested?.Invoke(value);
    }
}
