using LawMonitor.Indexer.Search.Query;

namespace LawMonitor.Indexer.Search;

/// <summary>A search: the query as typed, filters given apart from it, and the page wanted.</summary>
public sealed record SearchRequest
{
    /// <summary>Largest page size served.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The query, in LawMonitor's query language.</summary>
    public string Query { get; init; } = string.Empty;

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page, 1–<see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 10;

    /// <summary>Filters given as parameters; the query's own filters take precedence.</summary>
    public QueryFilters Filters { get; init; } = QueryFilters.None;

    /// <summary>Whether to count hits by type, issuer, year and status.</summary>
    public bool IncludeFacets { get; init; } = true;

    /// <summary>
    /// Whether a query matched by fewer than <see cref="SearchEngine.RelaxBelow"/> units may be answered with
    /// units holding only some of its words (default true; saved-search alerts want only full matches).
    /// </summary>
    public bool AllowRelaxing { get; init; } = true;

    /// <summary>Whether snippets are built for the hits.</summary>
    public bool IncludeSnippets { get; init; } = true;
}
