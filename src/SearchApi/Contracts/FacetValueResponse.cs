namespace LawMonitor.SearchApi.Contracts;

/// <summary>A facet value: the filter value, its label and the number of matching documents.</summary>
public sealed record FacetValueResponse(string Value, string Label, long Count);
