using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// A provision (clause, point, plan item, article without clauses) prepared for comparison: where it is, its text, its shingle hashes (sorted, distinct) and its
/// MinHash signature. Its words are not kept (they are recomputed for the few pairs reported), so memory
/// stays at the text and two small arrays per article.
/// </summary>
internal sealed record ComparedArticle(DocumentId Document, string Path, int Start, string Text, ulong[] Shingles, uint[] Signature)
{
    /// <summary>The whole provision in its document's text, label and heading included.</summary>
    public (int Start, int End) Span { get; init; } = (Start, Start + Text.Length);
}
