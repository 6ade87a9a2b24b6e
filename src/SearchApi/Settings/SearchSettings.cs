using LawMonitor.Indexer.Storage.Postings;

namespace LawMonitor.SearchApi.Settings;

/// <summary>
/// The configuration section <c>Search</c> (appsettings.json, or environment variables such as
/// <c>Search__PostingsCacheMegabytes=2048</c>).
/// </summary>
public sealed class SearchSettings : IValidatedSettings
{
    /// <summary>
    /// The memory the cached postings of searched words may take (least recently used out first). The
    /// default, 768 MB, holds the lists searches use at 200,000 provisions; docs/benchmarks.md gives the
    /// figures at 1,000,000.
    /// </summary>
    public int PostingsCacheMegabytes { get; set; } = (int)(PostingsCache.DefaultBudgetBytes / (1024 * 1024));

    /// <summary>The budget in bytes (checked first by <see cref="Validate"/>).</summary>
    public long PostingsBudgetBytes() => PostingsCacheMegabytes * 1024L * 1024;

    public string? Validate() =>
        PostingsCacheMegabytes is >= 16 and <= 65536 ? null : $"Search:PostingsCacheMegabytes phải từ 16 đến 65536 (is {PostingsCacheMegabytes})";
}
