namespace LawMonitor.Indexer.Search.Query;

/// <summary>One required part of a query: any of its alternatives (joined by OR) satisfies it.</summary>
/// <param name="Alternatives">One item, or several joined by OR.</param>
public sealed record QueryClause(IReadOnlyList<QueryItem> Alternatives);
