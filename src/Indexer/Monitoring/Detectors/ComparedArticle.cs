using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>An article prepared for comparison: its words, their shingle hashes (sorted, distinct) and its MinHash signature.</summary>
internal sealed record ComparedArticle(DocumentId Document, string Path, int Start, string Text, IReadOnlyList<Token> Words, ulong[] ShingleAt, ulong[] Shingles, uint[] Signature);
