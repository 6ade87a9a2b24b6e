using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using Microsoft.Extensions.Caching.Memory;

namespace LawMonitor.SearchApi.Searching;

/// <summary>
/// The service's way to the search engine. At most as many searches run at once as the machine has cores
/// (a search is CPU work; more at once only share the cores and thrash their caches), the others wait
/// their turn without holding a thread. Answers are remembered per index generation (the generation is part of
/// the key: any commit starts afresh), so paging back, a facet undone, a refreshed page or a saved search re-run
/// cost nothing; at most 2,000 answers are kept (<see cref="MemoryCache"/> with a size limit, which compacts the
/// least recently used when full).
/// </summary>
public sealed class SearchService(SearchEngine engine, LegalIndex index) : IDisposable
{
    private const int MaxCached = 2000;

    private readonly SemaphoreSlim gate = new(Math.Max(2, Environment.ProcessorCount));
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxCached });

    public async Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var generation = index.Generation;
        var f = request.Filters;
        var key = $"{generation}\u0001{request.Query}\u0001{request.Page}\u0001{request.PageSize}\u0001{request.IncludeFacets}\u0001{request.IncludeSnippets}\u0001{request.AllowRelaxing}\u0001{f.TypeKey}\u0001{f.IssuerKey}\u0001{f.Years}\u0001{f.StatusCode}\u0001{f.Source}\u0001{string.Join(',', f.NumberKeys)}";
        if (cache.TryGetValue(key, out SearchResponse? cached) && cached is not null)
        {
            return cached;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = engine.Search(request, cancellationToken);
            var response = SearchResponse.From(result) with { Numbers = NumberLookupResponse.ForQuery(result, index) };
            cache.Set(key, response, new MemoryCacheEntryOptions { Size = 1 });
            return response;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        gate.Dispose();
        cache.Dispose();
    }
}
