namespace LawMonitor.Indexer.Storage;

/// <summary>
/// The analysed form of one index unit, ready for the FTS5 table: each column a string of folded tokens
/// separated by spaces, the unit's length in words, and the distinct terms it contributes to the statistics.
/// </summary>
internal sealed record UnitColumns(string Number, string Title, string Heading, string Body, string Refs, int Length, ulong[] Terms);
