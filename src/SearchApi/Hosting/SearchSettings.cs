using LawMonitor.Indexer.Storage.Postings;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>
/// The configuration section <c>Search</c> (appsettings.json, or environment variables such as
/// <c>Search__PostingsCacheMegabytes=2048</c>).
/// </summary>
public sealed class SearchSettings
{
    /// <summary>
    /// The memory the cached postings of searched words may take (least recently used out first). The
    /// default, 768 MB, holds the lists searches use at 200,000 provisions; docs/benchmarks.md gives the
    /// figures at 1,000,000.
    /// </summary>
    public int PostingsCacheMegabytes { get; set; } = (int)(PostingsCache.DefaultBudgetBytes / (1024 * 1024));

    /// <summary>The budget in bytes, or an exception naming the setting when it is out of range.</summary>
    public long PostingsBudgetBytes() =>
        PostingsCacheMegabytes is >= 16 and <= 65536
            ? PostingsCacheMegabytes * 1024L * 1024
            : throw new InvalidOperationException("setting Search:PostingsCacheMegabytes is out of range (16–65536)");
}
