namespace LawMonitor.Indexer.Storage;

/// <summary>
/// The analysed form of one index unit, ready for the FTS5 table: each column UTF-8 text of folded tokens
/// separated by spaces, the unit's length in words, and the terms it contributes to the statistics (a term
/// may be listed more than once; it counts once).
/// </summary>
internal sealed record UnitColumns(byte[] Number, byte[] Title, byte[] Heading, byte[] Body, byte[] Refs, int Length, ulong[] Terms);
