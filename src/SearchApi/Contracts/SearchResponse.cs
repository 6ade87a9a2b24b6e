using LawMonitor.Indexer.Search;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>The search answer as the API and the CLI publish it.</summary>
public sealed record SearchResponse(
    string Query,
    int Page,
    int PageSize,
    long TotalHits,
    long? TotalDocuments,
    bool Relaxed,
    IReadOnlyList<SearchHitResponse> Hits,
    FacetsResponse Facets,
    IReadOnlyList<string> Notices)
{
    public static SearchResponse From(SearchResult result) => new(
        result.Query,
        result.Page,
        result.PageSize,
        result.TotalHits,
        result.TotalDocuments,
        result.Relaxed,
        result.Hits.Select(SearchHitResponse.From).ToList(),
        FacetsResponse.From(result.Facets),
        result.Notices);
}
