namespace LawMonitor.Indexer.Evaluation;

/// <summary>Mean nDCG@10 of the queries of one length band ("&lt; 15", "15–39", "≥ 40" words).</summary>
public sealed record LengthBandResult(string Band, int Queries, double NdcgAt10);
