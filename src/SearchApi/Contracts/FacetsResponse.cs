using LawMonitor.Indexer.Search;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>Counts of matching documents by type, issuer, year and status.</summary>
public sealed record FacetsResponse(
    IReadOnlyList<FacetValueResponse> Types,
    IReadOnlyList<FacetValueResponse> Issuers,
    IReadOnlyList<FacetValueResponse> Years,
    IReadOnlyList<FacetValueResponse> Statuses)
{
    public static FacetsResponse From(SearchFacets facets) => new(Map(facets.Types), Map(facets.Issuers), Map(facets.Years), Map(facets.Statuses));

    private static List<FacetValueResponse> Map(IReadOnlyList<FacetValue> values) => values.Select(v => new FacetValueResponse(v.Value, v.Label, v.Count)).ToList();
}
