namespace LawMonitor.Indexer.Search;

/// <summary>One value of a facet and how many matching documents have it.</summary>
/// <param name="Value">The value as used in a filter ("nghi dinh", "2020", "con-hieu-luc").</param>
/// <param name="Label">The value as shown ("Nghị định", "2020", "Còn hiệu lực").</param>
/// <param name="Count">Number of matching documents.</param>
public sealed record FacetValue(string Value, string Label, long Count);
