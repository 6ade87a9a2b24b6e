using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Import;

/// <summary>One line of a JSONL corpus: a document, or the error that kept it out.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Document">The document, when the line was valid.</param>
/// <param name="Error">The error, when it was not.</param>
public sealed record JsonlRecord(int Line, LegalDocument? Document, ImportError? Error)
{
    /// <summary>The provision tree the line gives (its <c>article</c>, <c>clause</c>, <c>point</c>), or null to parse the text.</summary>
    public DocumentStructure? Structure { get; init; }
}
