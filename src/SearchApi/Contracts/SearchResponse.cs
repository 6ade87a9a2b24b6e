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
    /// <summary>The document numbers the query names, each with what the index holds of it; a number not held is said to be not held.</summary>
    public IReadOnlyList<NumberLookupResponse> Numbers { get; init; } = [];

    /// <summary>The documents and provisions the query names by number, name or abbreviation, as recognised.</summary>
    public IReadOnlyList<QueryReferenceResponse> References { get; init; } = [];

    public static SearchResponse From(SearchResult result) => new(
        result.Query,
        result.Page,
        result.PageSize,
        result.TotalHits,
        result.TotalDocuments,
        result.Relaxed,
        result.Hits.Select(SearchHitResponse.From).ToList(),
        FacetsResponse.From(result.Facets),
        result.Notices)
    {
        References = result.References.Select(QueryReferenceResponse.From).ToList(),
    };
}
