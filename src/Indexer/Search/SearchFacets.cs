namespace LawMonitor.Indexer.Search;

/// <summary>Counts of matching documents by type, issuer, year and effect status.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Types,
    IReadOnlyList<FacetValue> Issuers,
    IReadOnlyList<FacetValue> Years,
    IReadOnlyList<FacetValue> Statuses)
{
    /// <summary>No counts.</summary>
    public static SearchFacets Empty { get; } = new([], [], [], []);
}
