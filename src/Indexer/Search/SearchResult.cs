using LawMonitor.Indexer.Search.Query;

namespace LawMonitor.Indexer.Search;

/// <summary>The answer to a search.</summary>
/// <param name="Query">The query as typed.</param>
/// <param name="Parsed">How it was understood.</param>
/// <param name="Page">The page returned.</param>
/// <param name="PageSize">Hits per page.</param>
/// <param name="TotalHits">Matching units (provisions), up to the result limit's precision.</param>
/// <param name="TotalDocuments">Documents they belong to (known when facets are computed).</param>
/// <param name="Relaxed">True when not every word could be matched and hits match some of them.</param>
/// <param name="Hits">This page's hits, best first.</param>
/// <param name="Facets">Counts by type, issuer, year and status (empty when not asked for).</param>
/// <param name="Notices">What the user should know about the query, in Vietnamese.</param>
public sealed record SearchResult(
    string Query,
    ParsedQuery Parsed,
    int Page,
    int PageSize,
    long TotalHits,
    long? TotalDocuments,
    bool Relaxed,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    IReadOnlyList<string> Notices)
{
    /// <summary>Milliseconds spent per stage ("rank", "relax", "rerank", "facets", "hits"), for diagnosis.</summary>
    public IReadOnlyDictionary<string, double> Timings { get; init; } = new Dictionary<string, double>();

    /// <summary>Matching units the ranking pass scored (the others were counted only, their block's bound below the best), for diagnosis; -1 when not known.</summary>
    internal long UnitsScored { get; init; } = -1;

    /// <summary>The documents and provisions the query named, as recognised ("Điều 143 Luật Tố tụng hành chính").</summary>
    public IReadOnlyList<References.QueryReference> References { get; init; } = [];
}
