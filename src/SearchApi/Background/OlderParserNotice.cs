using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Background;

/// <summary>
/// At start, says in the log when documents of the data folder were read by an earlier parser than this build's
/// (<see cref="DocumentAssembler.ParserVersion"/>): they keep that reading, a provision tree or citations this build
/// would read otherwise, until <c>./lawmonitor reparse</c> reads their kept originals again.
/// </summary>
internal sealed partial class OlderParserNotice(LegalIndex index, ILogger<OlderParserNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var older = index.Documents.ParsedBefore(DocumentAssembler.ParserVersion);
        if (older.Count > 0)
        {
            LogOlder(logger, older.Count, older.Min(v => v.ParserVersion), DocumentAssembler.ParserVersion);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} documents were read by an earlier parser (from parser {Oldest}); run ./lawmonitor reparse to read their originals again with parser {Current}")]
    private static partial void LogOlder(ILogger logger, int count, int oldest, int current);
}
