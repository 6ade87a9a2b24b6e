using LawMonitor.Indexer.Import;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>On first start (an empty index), indexes the bundled corpus so the service has something to show.</summary>
internal static partial class CorpusBootstrap
{
    public static void Run(LegalIndex index, string? corpusDirectory, ILogger logger)
    {
        if (index.Generation != 0 || corpusDirectory is null || !Directory.Exists(corpusDirectory))
        {
            return;
        }

        var files = Directory.EnumerateFiles(corpusDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var records = files.Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Select(f => TextDocumentReader.Read(f, corpusDirectory, "corpus"))
            .Concat(files.Where(f => f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)).SelectMany(f => JsonlCorpusReader.Read(f, "corpus")));
        var summary = new BatchIndexer(index).Index(records);
        LogIndexed(logger, corpusDirectory, summary.Added, summary.Failed);
        foreach (var error in summary.Errors)
        {
            LogError(logger, error.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed the bundled corpus {Directory}: {Added} documents, {Failed} failed")]
    private static partial void LogIndexed(ILogger logger, string directory, int added, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bundled corpus: {Message}")]
    private static partial void LogError(ILogger logger, string message);
}
